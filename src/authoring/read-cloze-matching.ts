/**
 * Recap Markdown for cloze and matching questions (docs/recap-markdown.md), both directions:
 *
 *     The proposal calls for an immediate [[30]]-day ceasefire and an exchange of [[prisoners | ~territory]].
 *
 * is a cloze text: each `[[…]]` is a blank, its accepted answers separated by `|`; an entry with
 * `~` is a wrong choice, and makes the blank a list to pick from. `{#id}` right after `]]` names
 * the blank (default b1, b2, …); `\[[` is text.
 *
 *     - 41 Russian warplanes were hit. -> Ukrainian sources
 *     - -> The Turkish foreign ministry
 *
 * is a matching question: each item, `->`, its target; a line with no item is a target no item
 * matches. The same target text twice is one target (with `reuseTargets: true`). Anything the
 * natural form cannot hold (other ids, `[[` in the text) is written as heading options:
 * `{cloze, text: "…", blanks: […]}`, `{matching, items: […], targets: […]}`.
 */
import type { Tokens } from 'marked';
import { scanCloze } from '../data/cloze-text.js';

type Rec = Record<string, unknown>;
type Path = (string | number)[];

/** What the question reader gives: where to report a problem and where a field was written. */
export interface Place {
  problem(offset: number, message: string): void;
  place(path: Path, offset: number): void;
}

/** Whether a paragraph holds blanks: a `[[` not escaped. */
export const hasBlanks = (text: string) => /(^|[^\\])\[\[/.test(text);

/** Whether a list is a matching question's: plain items, each with " -> " (or starting with "-> "). */
export const isMatchList = (list: Tokens.List) =>
  !list.ordered && list.items.every((item) => !item.task && /(^|\s)->(\s|$)/.test(item.text.split('\n')[0] ?? ''));

const blankId = (i: number) => `b${i + 1}`;

/** Reads a cloze text paragraph (`raw` starts at `offset`) into q.text and q.blanks. */
export function readClozeText(r: Place, raw: string, offset: number, q: Rec, path: Path): void {
  let text = '';
  const blanks: Rec[] = [];
  let at = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\') {
      i++;
      continue;
    }
    if (!raw.startsWith('[[', i)) continue;
    const close = raw.indexOf(']]', i + 2);
    // A blank is on one line, and another "[[" before its "]]" means this one was never closed.
    if (close < 0 || /\[\[|\n/.test(raw.slice(i + 2, close))) {
      r.problem(offset + i, 'this blank "[[" is never closed: write a blank as [[answer]], or \\[[ for the brackets themselves');
      break;
    }
    const idMatch = /^\{#([^\s,{}]*)\}/.exec(raw.slice(close + 2));
    const id = idMatch ? idMatch[1]! : blankId(blanks.length);
    const entries = raw
      .slice(i + 2, close)
      .split('|')
      .map((e) => e.trim());
    const blank: Rec = { id };
    r.place([...path, 'blanks', blanks.length], offset + i);
    if (entries.some((e) => e.startsWith('~'))) {
      blank.choices = entries.map((e) => e.replace(/^~\s*/, ''));
      blank.answers = entries.filter((e) => !e.startsWith('~'));
    } else blank.answers = entries.filter((e) => e !== '');
    blanks.push(blank);
    text += raw.slice(at, i) + `{{${id}}}`;
    at = close + 2 + (idMatch ? idMatch[0].length : 0);
    i = at - 1;
  }
  q.text = text + raw.slice(at);
  q.blanks = blanks;
  r.place([...path, 'text'], offset);
  r.place([...path, 'blanks'], offset);
}

/** `text {#id}`: the text and the id written after it, if any. */
function withId(part: string): { text: string; id?: string } {
  const m = /^(.*?)\s*\{#([^\s,{}]*)\}$/s.exec(part);
  return m ? { text: m[1]!, id: m[2]! } : { text: part };
}

/** Reads a matching list into q.items and q.targets, from each list item's line and its offset. */
export function readMatchList(r: Place, lines: { text: string; offset: number }[], q: Rec, path: Path): void {
  const items: Rec[] = [];
  const targets: Rec[] = [];
  const targetId = ({ text, id }: { text: string; id?: string }) => {
    let t = targets.find((x) => (id ? x.id === id : x.text === text));
    if (!t) targets.push((t = { id: id ?? `t${targets.length + 1}`, text }));
    return t.id as string;
  };
  const distractors: { text: string; id?: string }[] = [];
  for (const line of lines) {
    const arrow = /(?:^|\s)->(?:\s|$)/.exec(line.text);
    const item = arrow ? withId(line.text.slice(0, arrow.index).trim()) : { text: '' };
    const target = arrow ? withId(line.text.slice(arrow.index + arrow[0].length).trim()) : { text: '' };
    if (!target.text) {
      r.problem(line.offset, 'a matching line is "- item -> its target" (or "- -> target" for a target no item matches); the target is missing');
      continue;
    }
    if (!item.text) distractors.push(target);
    else {
      r.place([...path, 'items', items.length], line.offset);
      items.push({ id: item.id ?? String.fromCharCode(97 + items.length), text: item.text, match: targetId(target) });
    }
  }
  for (const d of distractors) targetId(d);
  q.items = items;
  q.targets = targets;
  r.place([...path, 'targets'], lines[0]?.offset ?? 0);
}

// ---- Writing ----

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isRec) : []);

/** A cloze text as its paragraph, blanks inside; undefined when it has a part the paragraph cannot hold. */
export function writeClozeText(q: Rec): string | undefined {
  if (typeof q.text !== 'string') return undefined;
  const blanks = list(q.blanks);
  const { marks } = scanCloze(q.text);
  let out = '';
  let at = 0;
  for (const [k, m] of marks.entries()) {
    const b = blanks.find((x) => x.id === m.id);
    if (!b || !Array.isArray(b.answers)) return undefined;
    const answers = b.answers as string[];
    const entries = Array.isArray(b.choices) ? (b.choices as string[]).map((c) => (answers.includes(c) ? c : `~${c}`)) : answers;
    out += q.text.slice(at, m.start) + `[[${entries.join(' | ')}]]` + (b.id === blankId(k) ? '' : `{#${String(b.id)}}`);
    at = m.end;
  }
  return out + q.text.slice(at);
}

/** A matching question's list, with ids written where they are not the ones reading would give. */
export function writeMatchList(q: Rec): string {
  const items = list(q.items);
  const targets = list(q.targets);
  const seen: unknown[] = [];
  const target = (t: Rec | undefined) => {
    if (!t) return '';
    const first = !seen.includes(t.id);
    if (first) seen.push(t.id);
    return `${String(t.text)}${first && t.id !== `t${seen.length}` ? ` {#${String(t.id)}}` : ''}`;
  };
  const lines = items.map((it, j) => `- ${String(it.text)}${it.id === String.fromCharCode(97 + j) ? '' : ` {#${String(it.id)}}`} -> ${target(targets.find((t) => t.id === it.match))}`);
  for (const t of targets) if (!items.some((it) => it.match === t.id)) lines.push(`- -> ${target(t)}`);
  return lines.join('\n');
}
