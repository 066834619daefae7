/**
 * checkArticle: checks any value against the article contract and reports every problem at
 * once as { path, message }. It never throws. The checks find problems; putting them in
 * words for an author ("must be an ISO 8601 date such as ...", "did you mean", the closest
 * passage to a missing quote) is an Explainer's job (./explain.js), so that readers' bundles
 * load the words only when data is wrong. Without one, the verdict and every path are the
 * same and each message is the field and what is wrong in one word ("lang: format").
 * validateArticle (./validate.js) is this with the explainer.
 */
import { recordSchema } from './article-schema.js';
import { VISIBLE_CHARACTER, object, type Node, type ObjectNode, type StringFormat } from './schema-kit.js';
import type { Article, Kept, Problem, ValidationResult } from './types.js';
import type { JsonSyntaxError } from './json-error.js';
import { knownValid } from './known-valid.js';

/** What a field's value had to be, for a finding of the wrong kind. */
export type Expected = Pick<Node, 'kind'> & { integer?: boolean; values?: readonly unknown[] };

/** A problem the checks found, before it is put in words: its kind, then its details. */
export type Finding =
  | ['deep']
  | ['type', Expected, unknown]
  | ['min-length' | 'max-length' | 'min' | 'max' | 'min-items' | 'max-items', number, number]
  | ['format', StringFormat, string]
  | ['finite' | 'whole' | 'not-object', unknown]
  | ['type-missing', string[]]
  | ['type-unknown', string[], unknown]
  | ['required' | 'answer-twice', string]
  | ['required-with', 'unit' | 'currency']
  | ['unknown-key', string, string[]]
  | ['id-taken', string, string, string]
  | ['quote', string, string]
  | ['no-summary' | 'no-zero-band']
  | ['updated-before', string, string]
  | ['band-taken', number, string]
  | ['figure-unknown' | 'answer-unknown', string, string[]]
  | ['figure-mismatch', number, string, number, number]
  | ['too-big', number]
  | ['blank', boolean]
  | ['fraction-digits', number, number]
  | ['percent-v1', number, number]
  | ['percent-fraction', number, number]
  | ['blank-open', number]
  | ['blank-twice' | 'blank-unused', string]
  | ['blank-unknown' | 'not-a-choice' | 'match-unknown', string, string[]]
  | ['match-taken', string, string];

/** The author-facing words, given to the checks by those who load them. */
export interface Explainer {
  /** A finding in words; `name` is how the field is called ("lang", "choices[2]"). */
  word(name: string, finding: Finding): string;
  /** Where text that JSON.parse refused stops being JSON, with a hint (for parsing; checks do not use it). */
  findJsonError?(text: string): JsonSyntaxError | undefined;
  /** What of data with problems can still be shown (./keep-trustworthy.js): loaded with the words, as only wrong data needs it. */
  keep?(input: unknown, problems: readonly Problem[]): Kept | undefined;
}

/** A whole document is at most 1 MB of JSON (the contract). */
export const MAX_DOCUMENT_BYTES = 1_000_000;
/** Deeper than this cannot be an article; stop walking rather than recurse forever. */
const MAX_DEPTH = 32;
/** Stop collecting after this many; an editor fixes the first ones first. */
const MAX_PROBLEMS = 200;

/** RFC 6901: `~` becomes `~0`, `/` becomes `~1`. */
export function pointer(parts: readonly (string | number)[]): string {
  return parts.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const VISIBLE = new RegExp(VISIBLE_CHARACTER);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Returns a parsed time (ms) for an ISO 8601 date or date-time, or undefined if it is not one. */
export function parseIsoDate(s: string): number | undefined {
  const m = ISO_DATE.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 59)) return undefined;
  const t = Date.parse(h === undefined ? `${s}T00:00:00Z` : s);
  return Number.isFinite(t) ? t : undefined;
}

function isSupportedUnit(unit: string): boolean {
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(unit)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'unit', unit });
    return true;
  } catch {
    return false;
  }
}

function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

let languageNames: Intl.DisplayNames | undefined;
/** The English name of the tag's language, or undefined when Intl.DisplayNames knows no such language. */
export function languageName(tag: string): string | undefined {
  try {
    if (Intl.getCanonicalLocales(tag).length !== 1) return undefined;
    const language = new Intl.Locale(tag).language;
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const name = languageNames.of(language);
    // Without data for a code, some engines echo the code back instead of answering undefined.
    return name && name.toLowerCase() !== language.toLowerCase() ? name : undefined;
  } catch {
    return undefined;
  }
}

function isHttpsUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.hostname !== '';
  } catch {
    return false;
  }
}

/** An https URL, or a path relative to the page (no scheme, no protocol-relative //host). */
function isImageSrc(s: string): boolean {
  if (isHttpsUrl(s)) return true;
  if (/^[a-z][a-z0-9+.-]*:/i.test(s) || s.startsWith('//') || /[\s\\]/.test(s)) return false;
  return s.length > 0;
}

const FORMAT_TESTS: Record<StringFormat, (s: string) => boolean> = {
  id: (s) => ID.test(s),
  'https-url': isHttpsUrl,
  'image-src': isImageSrc,
  'iso-date': (s) => parseIsoDate(s) !== undefined,
  language: (s) => languageName(s) !== undefined,
  currency: isCurrency,
  unit: isSupportedUnit,
};

export type Path = (string | number)[];

const OBJECT: Expected = { kind: 'object' };

export class Collector {
  readonly problems: Problem[] = [];
  constructor(readonly explain?: Explainer) {}
  add(path: Path, ...finding: Finding): void {
    if (this.problems.length >= MAX_PROBLEMS) return;
    const name = fieldName(path);
    const message = this.explain ? this.explain.word(name, finding) : `${name}: ${finding[0]}`;
    // A repeat names where the value was first used, so an editor can show both places.
    const related = finding[0] === 'id-taken' || finding[0] === 'band-taken' ? finding[finding.length - 1] as string : undefined;
    this.problems.push({ path: pointer(path), message, ...(related ? { related } : {}) });
  }
  get full(): boolean {
    return this.problems.length >= MAX_PROBLEMS;
  }
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** How a message names the field: its key, or for a list entry the list and index ("choices[0]"). */
function fieldName(path: Path): string {
  if (!path.length) return 'the article';
  const last = path[path.length - 1]!;
  return typeof last === 'number' ? `${path.length > 1 ? String(path[path.length - 2]) : 'entry'}[${last}]` : last;
}

function walk(node: Node, value: unknown, path: Path, out: Collector, depth: number): void {
  if (out.full) return;
  if (depth > MAX_DEPTH) {
    out.add(path, 'deep');
    return;
  }
  switch (node.kind) {
    case 'string': {
      if (typeof value !== 'string') return out.add(path, 'type', node, value);
      // Text must show something: white space, zero-width and direction marks alone render as nothing.
      if (!node.format && !VISIBLE.test(value)) return out.add(path, 'blank', !!node.optional);
      if (node.min !== undefined && value.length < node.min) return out.add(path, 'min-length', node.min, value.length);
      if (value.length > node.max) return out.add(path, 'max-length', node.max, value.length);
      if (node.format && !FORMAT_TESTS[node.format](value)) out.add(path, 'format', node.format, value);
      return;
    }
    case 'number': {
      if (typeof value !== 'number') return out.add(path, 'type', node, value);
      if (!Number.isFinite(value)) return out.add(path, 'finite', value);
      if (node.integer && !Number.isInteger(value)) return out.add(path, 'whole', value);
      if (node.min !== undefined && value < node.min) return out.add(path, 'min', node.min, value);
      if (node.max !== undefined && value > node.max) out.add(path, 'max', node.max, value);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') out.add(path, 'type', node, value);
      return;
    case 'enum':
      if (!(node.values as readonly unknown[]).includes(value)) out.add(path, 'type', node, value);
      return;
    case 'array': {
      if (!Array.isArray(value)) return out.add(path, 'type', node, value);
      if (node.min !== undefined && value.length < node.min) out.add(path, 'min-items', node.min, value.length);
      if (node.max !== undefined && value.length > node.max) return out.add(path, 'max-items', node.max, value.length);
      for (let i = 0; i < value.length && !out.full; i++) walk(node.items, value[i], [...path, i], out, depth + 1);
      return;
    }
    case 'object':
      return walkObject(node, value, path, out, depth);
    case 'variant': {
      if (!isPlainObject(value)) return out.add(path, 'type', OBJECT, value);
      const types = Object.keys(node.variants);
      if (!hasOwn(value, node.key)) return out.add([...path, node.key], 'type-missing', types);
      const type = value[node.key];
      if (typeof type !== 'string' || !hasOwn(node.variants, type)) return out.add([...path, node.key], 'type-unknown', types, type);
      return walkObject(node.variants[type]!, value, path, out, depth, node.key);
    }
  }
}

function walkObject(node: ObjectNode, value: unknown, path: Path, out: Collector, depth: number, discriminator?: string): void {
  if (!isPlainObject(value)) return out.add(path, 'type', OBJECT, value);
  for (const key of Object.keys(node.props)) {
    const child = node.props[key]!;
    if (hasOwn(value, key)) {
      if (value[key] === undefined && child.optional) continue;
      walk(child, value[key], [...path, key], out, depth + 1);
    } else if (!child.optional) {
      out.add([...path, key], 'required', key);
    }
  }
  for (const key of Object.keys(value)) {
    if (hasOwn(node.props, key) || key === discriminator || key.startsWith('x-')) continue;
    if (key === '$schema' && node.allowSchemaKey) {
      if (typeof value[key] !== 'string') out.add([...path, key], 'type', { kind: 'string' }, value[key]);
      continue;
    }
    out.add([...path, key], 'unknown-key', key, Object.keys(node.props).concat(discriminator ? [discriminator] : []));
  }
}

// ---- Rules that span fields. They run only over parts whose shape already checked out. ----

/** Runs of white space as one space: quotes are found in the body however either is wrapped. */
export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export interface Rec {
  [k: string]: unknown;
}
export const asList = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isPlainObject) : []);
export const idsOf = (items: unknown): string[] => (Array.isArray(items) ? items.map((i) => (isPlainObject(i) && typeof i.id === 'string' ? i.id : '')) : []);

export function checkUniqueIds(items: unknown, path: Path, what: string, out: Collector): void {
  const seen = new Map<string, number>();
  idsOf(items).forEach((id, i) => {
    if (!id) return;
    const first = seen.get(id);
    if (first !== undefined) out.add([...path, i, 'id'], 'id-taken', what, id, pointer([...path, first, 'id']));
    else seen.set(id, i);
  });
}

/** `body` is the article's body, collapsed once for every quote. */
export function checkEvidence(owner: Rec, path: Path, body: string | undefined, out: Collector): void {
  if (body === undefined || !isPlainObject(owner.evidence)) return;
  const quote = owner.evidence.quote;
  if (typeof quote !== 'string' || quote.length < 8) return;
  if (!body.includes(collapse(quote))) out.add([...path, 'evidence', 'quote'], 'quote', quote, body);
}

export function checkNumberFormat(format: unknown, path: Path, out: Collector): void {
  if (!isPlainObject(format)) return;
  for (const style of ['unit', 'currency'] as const) if (format.style === style && !hasOwn(format, style)) out.add([...path, style], 'required-with', style);
  const { minimumFractionDigits: min, maximumFractionDigits: max } = format;
  if (typeof min === 'number' && typeof max === 'number' && min > max) out.add([...path, 'minimumFractionDigits'], 'fraction-digits', min, max);
}

/** A number without binary noise: 0.07 * 100 is 7, not 7.000000000000001. */
const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

/** Every number a quote writes (Arabic-Indic digits too), read with either mark as the decimal one: "94,5" and "94.5" give 94.5. */
const numbersIn = (quote: string): number[] =>
  (quote.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 15)).replace(/\u066b/g, '.').match(/\d+(?:[.,]\d+)*/g) ?? []).flatMap((w) => [
    Number(w.replace(/,/g, '')),
    Number(w.replace(/\./g, '').replace(',', '.')),
  ]);

/**
 * A percent is written as the article writes it (94 for "94 percent"). schemaVersion 1 wrote a
 * fraction (0.94): such a record is refused with the number to write, never shown 100 times off.
 * In schemaVersion 2 a fraction whose own quote says a hundred times it ("0.94" beside "94 percent")
 * is the same mistake.
 */
export function checkPercent(format: unknown, value: unknown, evidence: unknown, path: Path, v1: boolean, out: Collector): void {
  if (!isPlainObject(format) || format.style !== 'percent' || typeof value !== 'number') return;
  const hundred = tidy(value * 100);
  if (v1) return out.add(path, 'percent-v1', value, hundred);
  const numbers = numbersIn(isPlainObject(evidence) ? String(evidence.quote) : '');
  if (hundred && Math.abs(value) < 1 && numbers.includes(Math.abs(hundred)) && !numbers.includes(Math.abs(value))) out.add(path, 'percent-fraction', value, hundred);
}

/** What the record-level rules found that a part's rules use: the body (collapsed), the version, the figures by id. */
export interface RuleContext {
  body: string | undefined;
  v1: boolean;
  figureById: ReadonlyMap<string, Rec>;
}

/**
 * A part of the record checked only where it can be shown (the quiz: check-quiz.ts): its
 * schema and its rules. Each widget's module says which parts it shows (usePart); a part no
 * module on the page uses is not checked (nothing shows it), everything else is.
 */
export interface PartCheck {
  key: string;
  schema: Node;
  rules?(a: Rec, ctx: RuleContext, out: Collector): void;
}

/** The parts of the record that may be left to the modules that show them. */
const PART_KEYS = ['quiz'];
const parts: PartCheck[] = [];
let schema: ObjectNode = recordSchema;

/** Checks `part` wherever articles are checked from now on (called by the modules that show it). */
export function usePart(part: PartCheck): void {
  if (parts.includes(part)) return;
  parts.push(part);
  schema = object({ ...schema.props, [part.key]: part.schema }, { allowSchemaKey: true });
}

function checkRules(a: Rec, out: Collector): void {
  const body = typeof a.body === 'string' ? collapse(a.body) : undefined;
  const v1 = a.schemaVersion === 1;

  if (a.summary === undefined && a.quiz === undefined) out.add(['summary'], 'no-summary');

  const pub = typeof a.published === 'string' ? parseIsoDate(a.published) : undefined;
  const upd = typeof a.updated === 'string' ? parseIsoDate(a.updated) : undefined;
  if (pub !== undefined && upd !== undefined && upd < pub)
    out.add(['updated'], 'updated-before', a.updated as string, a.published as string);

  const figures = asList(a.figures);
  checkUniqueIds(a.figures, ['figures'], 'figure', out);
  const figureById = new Map<string, Rec>();
  figures.forEach((f, i) => {
    if (typeof f.id === 'string' && !figureById.has(f.id)) figureById.set(f.id, f);
    checkNumberFormat(f.format, ['figures', i, 'format'], out);
    checkPercent(f.format, f.value, f.evidence, ['figures', i, 'value'], v1, out);
    checkEvidence(f, ['figures', i], body, out);
  });

  for (const part of parts) if (a[part.key] !== undefined) part.rules?.(a, { body, v1, figureById }, out);
}

/**
 * Checks `value` against the article contract. Never throws. With an explainer, messages
 * also say what the author probably meant.
 */
export function checkArticle(value: unknown, explain?: Explainer): ValidationResult {
  // Records marked as checked and unchangeable (server renders) are not walked again: ./known-valid.js.
  if (knownValid?.has(value as object)) return { ok: true, article: value as Article };
  try {
    const out = new Collector(explain);
    if (!isPlainObject(value)) {
      out.add([], 'not-object', value);
      return { ok: false, problems: out.problems };
    }
    // A part nothing here shows is left alone: its own widget checks it.
    const shown = { ...value };
    for (const key of PART_KEYS) if (!schema.props[key]) delete shown[key];
    walk(schema, shown, [], out, 0);
    if (!out.full) checkRules(value, out);
    if (out.problems.length === 0) {
      const size = jsonSize(value);
      if (size > MAX_DOCUMENT_BYTES) out.add([], 'too-big', size);
    }
    if (out.problems.length) return { ok: false, problems: out.problems, input: value };
    return { ok: true, article: value as unknown as Article };
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `the article could not be checked: ${String(error instanceof Error ? error.message : error)}` }] };
  }
}

function jsonSize(value: unknown): number {
  // UTF-8 byte length, without a TextEncoder-free shortcut that would undercount non-ASCII.
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
