/**
 * The editor's pure side: immutable updates at a path, new records and questions, an
 * article started from pasted text, and which form control a problem's JSON Pointer
 * belongs to. No DOM.
 */
import type { Figure, Question, QuestionType } from '../data/types.js';
import { SCHEMA_VERSION } from '../data/article-schema.js';
import { slugId } from '../data/slug.js';
import type { DraftFigure } from '../authoring/draft-figures.js';

/** An article as the author has it: possibly incomplete, possibly invalid. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Draft = Record<string, any>;
export type Path = readonly (string | number)[];

/** A copy of `obj` with `value` at `path`; copies only the objects along the path. `undefined` deletes the key. */
export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const isArray = Array.isArray(obj);
  const base: Draft = (isArray ? [...(obj as unknown[])] : { ...(obj as Draft | undefined) }) as Draft;
  const next = setIn(base[head as string], rest, value);
  if (next === undefined && !isArray) delete base[head as string];
  else base[head as string] = next;
  return base as T;
}

/** The value at `path`, or undefined. */
export function getIn(obj: unknown, path: Path): unknown {
  let cur = obj as Draft | undefined;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = cur[key as string];
  }
  return cur;
}

/** A copy of the array at `path` with item `from` moved to `to`. */
export function moveIn<T>(obj: T, path: Path, from: number, to: number): T {
  const list = [...((getIn(obj, path) as unknown[]) ?? [])];
  if (to < 0 || to >= list.length) return obj;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return setIn(obj, path, list);
}

/** A copy of the array at `path` without item `index`. */
export function removeIn<T>(obj: T, path: Path, index: number): T {
  const list = [...((getIn(obj, path) as unknown[]) ?? [])];
  list.splice(index, 1);
  return setIn(obj, path, list);
}

/** A copy of the array at `path` with `item` at the end (or at `index`). */
export function insertIn<T>(obj: T, path: Path, item: unknown, index?: number): T {
  const list = [...((getIn(obj, path) as unknown[]) ?? [])];
  list.splice(index ?? list.length, 0, item);
  return setIn(obj, path, list);
}

/** An id (contract: 1-64 of a-z, 0-9, "-") from any text, short enough to take a "-2" suffix, cut where a word ends. */
export const slug = (text: string, fallback = 'item'): string => slugId(text, 48) || fallback;

/** `base`, or `base-2`, `base-3`... whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

const idsOf = (list: unknown): string[] => (Array.isArray(list) ? list.map((x: Draft) => String(x?.id ?? '')) : []);

/** A new question of a type, with empty text for the author to fill and ids that are free. */
export function newQuestion(type: QuestionType, taken: Iterable<string>): Question {
  const id = uniqueId(`q${[...taken].length + 1}`, taken);
  const two = [
    { id: 'a', text: '' },
    { id: 'b', text: '' },
  ];
  switch (type) {
    case 'single':
      return { id, type, prompt: '', choices: two, answer: 'a' };
    case 'multiple':
      return { id, type, prompt: '', choices: two, answers: ['a'] };
    case 'true-false':
      return { id, type, prompt: '', answer: true };
    case 'numeric':
      return { id, type, prompt: '', answer: 0 };
    case 'order':
      return { id, type, prompt: '', items: two };
  }
}

/** A free id for a new choice or order item: the next letter, then c9, c10... */
export function nextChoiceId(list: unknown): string {
  const taken = idsOf(list);
  for (const letter of 'abcdefgh') if (!taken.includes(letter)) return letter;
  return uniqueId(`c${taken.length + 1}`, taken);
}

/** A figure from a drafted one, with an id from its label that is not taken. */
export function figureFromDraft(d: DraftFigure, taken: Iterable<string>): Figure {
  return { id: uniqueId(slug(d.label, 'figure'), taken), ...d };
}

/** A numeric question about a figure: its answer is the figure's value, so they cannot drift. */
export function questionFromFigure(figure: Figure, taken: Iterable<string>, prompt: string): Question {
  return {
    id: uniqueId(`q-${figure.id}`, taken),
    type: 'numeric',
    prompt,
    answer: figure.value,
    figure: figure.id,
    ...(figure.format ? { format: figure.format } : {}),
    ...(figure.evidence ? { evidence: { ...figure.evidence } } : {}),
  } as Question;
}

/** An empty article: what "New draft" starts from. */
export function emptyArticle(lang = 'en'): Draft {
  return { schemaVersion: SCHEMA_VERSION, id: '', title: '', lang, body: '', summary: { points: [''] } };
}

/**
 * Starts an article from pasted text (plain or Markdown): the first line is the title
 * (a Markdown "# " heading or a short line), a short second paragraph the dek, the rest the
 * body. A repeat of the title at the top of the body (as copied pages often have) is dropped.
 */
export function articleFromText(text: string, base: Draft = emptyArticle()): Draft {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n|\n(?=#)/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: Draft = { ...base };
  const first = paragraphs[0]?.replace(/^#+\s*/, '') ?? '';
  if (first && first.length <= 300 && !first.includes('\n') && !base.title) {
    out.title = first;
    paragraphs.shift();
    const second = paragraphs[0];
    // A short second paragraph is the standfirst, unless it is all the body there is.
    if (second && paragraphs.length > 1 && second.length <= 300 && !second.includes('\n') && !second.startsWith('#') && !base.dek) {
      out.dek = second;
      paragraphs.shift();
    }
    while (paragraphs.length && paragraphs[0]!.replace(/^#+\s*/, '') === first) paragraphs.shift();
  }
  out.body = paragraphs.join('\n\n');
  if (!out.id && out.title) out.id = slug(out.title, 'article');
  return out;
}

/** Pointers of the controls the editor shows (others walk up to the nearest of these). */
const CONTROLS = [
  /^\/(title|id|lang|url|dek|byline|published|updated|body)$/,
  /^\/source\/(name|url)$/,
  /^\/summary(\/points(\/\d+)?|\/takeaway|\/disclosure)?$/,
  /^\/figures(\/\d+(\/(id|value|label|qualifier|asOf|claim\/(by|status)|evidence\/quote|format(\/(unit|currency))?)?)?)?$/,
  /^\/quiz(\/(title|intro|passPercent))?$/,
  /^\/quiz\/questions(\/\d+(\/(id|prompt|answer|answers|tolerance|explanation|evidence\/quote|figure|choices|items))?)?$/,
  /^\/quiz\/questions\/\d+\/(choices|items)\/\d+(\/text)?$/,
];

/** The pointer of the form control where a problem at `path` is shown and fixed. */
export function controlFor(path: string): string {
  let p = path;
  while (p && !CONTROLS.some((re) => re.test(p))) p = p.slice(0, p.lastIndexOf('/'));
  // A choice or item's own pointer shows at its text box; evidence at its quote box.
  if (/\/(choices|items)\/\d+$/.test(p)) return `${p}/text`;
  if (/^\/quiz\/questions\/\d+\/answers$/.test(p)) return p.replace(/answers$/, 'choices');
  return p;
}

/** An element id for a pointer (ids cannot hold "/"). */
export function controlId(pointer: string): string {
  return 'f' + pointer.replace(/\//g, '--').replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0)}_`);
}

/** Drops the parts of a draft that do not validate, so the preview shows what it can. */
export function previewable(article: Draft, problems: readonly { path: string }[]): Draft {
  const bad = (prefix: string) => problems.some((p) => p.path === prefix || p.path.startsWith(prefix + '/'));
  const out = { ...article };
  if (bad('/quiz')) delete out.quiz;
  if (bad('/figures')) delete out.figures;
  if (bad('/summary')) delete out.summary;
  // Quotes are checked against the body: without figures or quiz those problems are gone too.
  return out;
}
