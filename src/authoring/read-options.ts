/**
 * How Recap Markdown writes fields: `{ options }` after a heading, `Keyword: value` lines,
 * `x-…` extension keys, evidence quotes, and the words for a block that stands where it should not.
 */
import type { Token, Tokens } from 'marked';
import {
  BOOLEAN_OPTIONS,
  FORMAT_KEYS,
  NUMBER_OPTIONS,
  QUESTION_TYPES,
  didYouMean,
  readNumber,
  readText,
  splitOptions,
  type OptionEntry,
} from './syntax.js';
import { ESCAPED_OR_TEXT, put, type Block, type Path, type Reader, type Rec } from './markdown-reader.js';

const FIELD_LINE = /^([A-Za-z][A-Za-z ]{0,30}?):(?:[ \t]+(.*?))?[ \t]*$/s;

/** Reads the options of a heading; returns them with their positions. */
export function headingOptions(r: Reader, heading: Block, path: Path): (OptionEntry & { at: number })[] {
  const raw = (heading.token as Tokens.Heading).text;
  const split = splitOptions(raw);
  const lineStart = heading.start + Math.max(0, r.src.slice(heading.start, heading.end).indexOf(raw));
  if (split.error) r.problem(lineStart + (split.offset ?? 0), `the options in braces cannot be read: ${split.error}`, path);
  return split.entries.map((e) => ({ ...e, at: lineStart + e.offset }));
}

export function headingText(heading: Block): string {
  return splitOptions((heading.token as Tokens.Heading).text).text;
}

/** An extension value: JSON when it reads as JSON (`x-n: 2` is the number 2), else the text. */
function extensionValue(e: OptionEntry): unknown {
  if (!e.bare) return e.value;
  try {
    return JSON.parse(String(e.value));
  } catch {
    return e.value;
  }
}

/** Puts `x-…` keys (and `claim.x-…` style keys) of an options block on `target`; returns the rest. */
export function takeExtensions(entries: (OptionEntry & { at: number })[], target: Rec, nested: readonly string[] = []): (OptionEntry & { at: number })[] {
  const rest: (OptionEntry & { at: number })[] = [];
  for (const e of entries) {
    if (e.key.startsWith('x-')) {
      put(target, e.key, extensionValue(e));
      continue;
    }
    const dot = e.key.indexOf('.x-');
    if (dot > 0 && nested.includes(e.key.slice(0, dot))) {
      const owner = e.key.slice(0, dot);
      const sub = (target[owner] ??= {}) as Rec;
      put(sub, e.key.slice(dot + 1), extensionValue(e));
      continue;
    }
    rest.push(e);
  }
  return rest;
}

export function describeToken(t: Token): string {
  switch (t.type) {
    case 'heading':
      return `heading "${'#'.repeat((t as Tokens.Heading).depth)} ${(t as Tokens.Heading).text}"`;
    case 'blockquote':
      return 'quote (">")';
    case 'code':
      return 'code block';
    case 'list':
      return (t as Tokens.List).ordered ? 'numbered list' : 'list';
    case 'table':
      return 'table';
    case 'hr':
      return 'horizontal rule';
    case 'html':
      return 'HTML';
    default:
      return 'text';
  }
}

/** A list item's lines (after the marker and checkbox), with offsets in the source. */
export function itemLines(r: Reader, item: Tokens.ListItem, itemStart: number): { text: string; offset: number }[] {
  const texts = item.text.split('\n');
  const out: { text: string; offset: number }[] = [];
  let at = itemStart;
  for (const text of texts) {
    const trimmed = text.trim();
    let found = trimmed ? r.src.indexOf(trimmed, at) : at;
    if (found < 0 || found > itemStart + item.raw.length) found = at;
    out.push({ text: trimmed, offset: found });
    at = found + trimmed.length;
  }
  // The first line may carry the checkbox in raw but not in text; its offset is still on the item's line.
  return out.filter((l, i) => i === 0 || l.text !== '');
}

/** Reads a `Keyword: value` line into target; false if the line is not a field line. */
export function readFieldLine(r: Reader, line: { text: string; offset: number }, keys: readonly string[], target: Rec, path: Path, where: string): boolean {
  const m = FIELD_LINE.exec(line.text.trim());
  if (!m) return false;
  const word = m[1]!.trim();
  const key = keys.find((k) => k.toLowerCase() === word.toLowerCase());
  if (!key) {
    const hint = didYouMean(word, keys);
    if (!hint) return false;
    r.problem(line.offset, `unknown field "${word}:" in ${where}${hint}; the fields here are ${keys.map((k) => `"${k}:"`).join(', ')}`, path);
    return true;
  }
  const field = key.toLowerCase().replace(/ (\w)/g, (_, c: string) => c.toUpperCase());
  const name = field === 'claimNote' ? 'note' : field;
  const value = ESCAPED_OR_TEXT(m[2] ?? '');
  if (name === 'note') {
    const claim = (target.claim ??= {}) as Rec;
    r.place([...path, 'claim', 'note'], line.offset);
    put(claim, 'note', value);
    return true;
  }
  if (name === 'claim') {
    const cm = /^(.*?)\s*\(([^()]*)\)$/s.exec((m[2] ?? '').trim());
    r.place([...path, 'claim'], line.offset);
    const claim = (target.claim ??= {}) as Rec;
    if (!cm) {
      r.problem(line.offset, 'write the claim as "Claim: who (status)", where status is reported, claimed, disputed or confirmed', [...path, 'claim']);
      return true;
    }
    put(claim, 'by', readText(cm[1]!.trim()));
    put(claim, 'status', cm[2]!.trim());
    return true;
  }
  if (name in target) r.problem(line.offset, `"${key}:" is written twice in ${where}`, path);
  r.place([...path, name], line.offset);
  put(target, name, value);
  return true;
}

/** Yes and no as authors write them (in the widgets' languages): read as a true-false answer written another way. */
export const BOOLEAN_LIKE = /^(?:true|false|yes|no|y|n|t|f|ja|nein|wahr|falsch|oui|non|vrai|faux|s[ií]|verdadero|falso|verdadeiro|sim|n[ãa]o|tak|nie|prawda|fałsz|так|ні|да|нет|правда|неправда|хибно|نعم|لا|صح|خطأ|כן|לא|נכון|לא נכון)$/iu;
const TRUE_LIKE = /^(?:true|yes|y|t|ja|wahr|oui|vrai|s[ií]|verdadero|verdadeiro|sim|tak|prawda|так|да|правда|نعم|صح|כן|נכון)$/iu;
export const booleanHint = (raw: string) =>
  BOOLEAN_LIKE.test(raw) ? ` (write "= ${TRUE_LIKE.test(raw) ? 'true' : 'false'}", in English and lower case, whatever the article's language)` : '';

export const numberHint = (raw: string) =>
  /^[-\d.,\s]+$/.test(raw) ? ` (write it plainly, without separators: ${raw.replace(/[,\s]/g, '')})` : /\d/.test(raw) ? ' (write only the number; put a unit in the options, e.g. {style: unit, unit: kilometer})' : '';

export function applyOptions(r: Reader, entries: (OptionEntry & { at: number })[], known: readonly string[], target: Rec, path: Path, what: string): void {
  for (const e of entries) {
    if (e.key === '#') {
      put(target, 'id', String(e.value));
      r.place([...path, 'id'], e.at);
      continue;
    }
    if (e.key === 'word') {
      r.problem(e.at, `unknown option "${String(e.value)}" for ${what}${didYouMean(String(e.value), [...known, ...QUESTION_TYPES])}`, path);
      continue;
    }
    if (!known.includes(e.key)) {
      r.problem(e.at, `unknown option "${e.key}" for ${what}${didYouMean(e.key, known)}; the options are ${known.join(', ')}`, path);
      continue;
    }
    let value = e.value;
    if (NUMBER_OPTIONS.has(e.key) && e.bare) {
      const n = readNumber(String(value));
      if (n === undefined) {
        r.problem(e.at, `${e.key} must be a number, found "${String(value)}"${numberHint(String(value))}`, path);
        continue;
      }
      value = n;
    }
    if (BOOLEAN_OPTIONS.has(e.key) && e.bare) value = value === 'true' ? true : value === 'false' ? false : value;
    if ((FORMAT_KEYS as readonly string[]).includes(e.key)) {
      const format = (target.format ??= {}) as Rec;
      put(format, e.key, value);
      r.place([...path, 'format', e.key], e.at);
      r.place([...path, 'format'], e.at);
    } else if (e.key === 'format') {
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        r.problem(e.at, 'format is written as its parts ({style: unit, unit: kilometer}); "format: {}" is an empty format', path);
        continue;
      }
      const format = (target.format ??= {}) as Rec;
      for (const [k, v] of Object.entries(value)) put(format, k, v);
      r.place([...path, 'format'], e.at);
    } else {
      put(target, e.key, value);
      r.place([...path, e.key], e.at);
    }
  }
}

export function readEvidence(r: Reader, b: Block, owner: Rec, path: Path, what: string): void {
  if (owner.evidence && typeof owner.evidence === 'object' && 'quote' in owner.evidence) {
    r.problem(b.start, `${what} has one evidence quote; this is a second ">" quote. A ">" quote is always the verbatim passage of the article`, path);
    return;
  }
  const lines = r.src.slice(b.start, b.end).replace(/\n+$/, '').split('\n');
  const texts: string[] = [];
  let at = b.start;
  for (const line of lines) {
    const m = /^ {0,3}> ?/.exec(line);
    if (!m) {
      if (line.trim() !== '')
        r.problem(at, `this line continues the ">" quote above without its own ">"; leave a blank line after a quote, or start the line with ">"`, path);
      else texts.push('');
    } else texts.push(line.slice(m[0].length));
    at += line.length + 1;
  }
  while (texts.length && texts[texts.length - 1]!.trim() === '') texts.pop();
  const quote = readText(texts.map((t) => t.replace(/[ \t]+$/, '')).join('\n').trim());
  const evidence = (owner.evidence ??= {}) as Rec;
  put(evidence, 'quote', quote);
  r.place([...path, 'evidence'], b.start);
  r.place([...path, 'evidence', 'quote'], b.start);
}
