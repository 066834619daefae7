/**
 * checkArticle: checks any value against the article contract and reports every problem at
 * once as { path, message }. It never throws. What only helps an author fix a problem ("did
 * you mean", the closest passage to a missing quote, where JSON text breaks) comes from an
 * Explainer (./explain.js), so that readers' bundles load it only when data is wrong:
 * without one, the verdict and every path are the same, the messages shorter.
 * validateArticle (./validate.js) is this with the explainer.
 */
import { articleSchema } from './article-schema.js';
import type { Node, ObjectNode, StringFormat } from './schema-kit.js';
import type { Article, Problem, ValidationResult } from './types.js';
import type { JsonSyntaxError } from './json-error.js';

/** The author-facing hints, given to the checks by those who load them. */
export interface Explainer {
  /** A tag for what the author probably meant by a language that is not a tag ("english" -> "en"). */
  suggestLanguage(written: string): string | undefined;
  /** The known key a misspelt one probably meant. */
  closeKey(known: readonly string[], key: string): string | undefined;
  /** For one body (collapsed whitespace): where each missing quote comes closest, as a message tail. */
  passages(body: string): (quote: string) => string;
  /** Where text that JSON.parse refused stops being JSON, with a hint (for parsing; checks do not use it). */
  findJsonError?(text: string): JsonSyntaxError | undefined;
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

/** A short, safe rendering of a found value for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const s = value.length > 40 ? value.slice(0, 40) + '…' : value;
      return JSON.stringify(s);
    }
    case 'number':
      return Number.isNaN(value) ? 'NaN' : String(value);
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

const kindName = (node: Node): string => {
  switch (node.kind) {
    case 'string':
      return 'a string';
    case 'number':
      return node.integer ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return 'one of ' + node.values.map((v) => JSON.stringify(v)).join(', ');
    case 'array':
      return 'a list';
    default:
      return 'an object';
  }
};

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
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

const FORMAT_CHECKS: Record<StringFormat, { test: (s: string) => boolean; expected: string }> = {
  id: { test: (s) => ID.test(s), expected: 'an id (1-64 characters of a-z, 0-9 and -, starting with a letter or digit)' },
  'https-url': { test: isHttpsUrl, expected: 'an https URL' },
  'image-src': { test: isImageSrc, expected: 'an https URL or a path relative to the page' },
  'iso-date': { test: (s) => parseIsoDate(s) !== undefined, expected: 'an ISO 8601 date such as "2025-05-16" or "2025-05-16T09:30Z"' },
  language: { test: (s) => languageName(s) !== undefined, expected: 'a BCP 47 tag naming a language, such as "en" or "uk-UA"' },
  currency: { test: isCurrency, expected: 'an ISO 4217 currency code such as "EUR"' },
  unit: { test: isSupportedUnit, expected: 'a unit Intl.NumberFormat accepts, such as "kilometer" or "kilometer-per-hour"' },
};

type Path = (string | number)[];

class Collector {
  readonly problems: Problem[] = [];
  constructor(readonly explain?: Explainer) {}
  add(path: Path, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ path: pointer(path), message });
  }
  get full(): boolean {
    return this.problems.length >= MAX_PROBLEMS;
  }
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** How a message names the field: its key, or for a list entry the list and index ("choices[0]"). */
function fieldName(path: Path): string {
  if (!path.length) return 'the article';
  const last = path[path.length - 1]!;
  return typeof last === 'number' ? `${path.length > 1 ? String(path[path.length - 2]) : 'entry'}[${last}]` : last;
}

const characters = (n: number) => `${n} character${n === 1 ? '' : 's'}`;

function walk(node: Node, value: unknown, path: Path, out: Collector, depth: number): void {
  if (out.full) return;
  const name = fieldName(path);
  if (depth > MAX_DEPTH) {
    out.add(path, 'is nested too deeply');
    return;
  }
  switch (node.kind) {
    case 'string': {
      if (typeof value !== 'string') return out.add(path, `${name} must be a string, found ${describe(value)}`);
      if (node.min !== undefined && value.length < node.min)
        return out.add(path, `${name} must be at least ${characters(node.min)} long, found ${value.length}`);
      if (value.length > node.max)
        return out.add(path, `${name} must be at most ${characters(node.max)} long, found ${value.length}`);
      if (node.format && !FORMAT_CHECKS[node.format].test(value)) {
        const suggestion = node.format === 'language' ? out.explain?.suggestLanguage(value) : undefined;
        out.add(path, `${name} must be ${FORMAT_CHECKS[node.format].expected}, found ${describe(value)}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
      }
      return;
    }
    case 'number': {
      if (typeof value !== 'number') {
        const hint = typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? ' (write the number without quotes)' : '';
        return out.add(path, `${name} must be ${kindName(node)}, found ${describe(value)}${hint}`);
      }
      if (!Number.isFinite(value)) return out.add(path, `${name} must be a finite number, found ${describe(value)}`);
      if (node.integer && !Number.isInteger(value)) return out.add(path, `${name} must be a whole number, found ${value}`);
      if (node.min !== undefined && value < node.min) return out.add(path, `${name} must be at least ${node.min}, found ${value}`);
      if (node.max !== undefined && value > node.max) out.add(path, `${name} must be at most ${node.max}, found ${value}`);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') out.add(path, `${name} must be true or false, found ${describe(value)}`);
      return;
    case 'enum':
      if (!(node.values as readonly unknown[]).includes(value))
        out.add(path, `${name} must be ${kindName(node)}, found ${describe(value)}`);
      return;
    case 'array': {
      if (!Array.isArray(value)) return out.add(path, `${name} must be a list, found ${describe(value)}`);
      if (node.min !== undefined && value.length < node.min)
        out.add(path, `${name} must have at least ${node.min} ${node.min === 1 ? 'entry' : 'entries'}, found ${value.length}`);
      if (node.max !== undefined && value.length > node.max)
        return out.add(path, `${name} must have at most ${node.max} entries, found ${value.length}`);
      for (let i = 0; i < value.length && !out.full; i++) walk(node.items, value[i], [...path, i], out, depth + 1);
      return;
    }
    case 'object':
      return walkObject(node, value, path, out, depth);
    case 'variant': {
      if (!isPlainObject(value)) return out.add(path, `${name} must be an object, found ${describe(value)}`);
      const types = Object.keys(node.variants);
      if (!hasOwn(value, node.key)) return out.add([...path, node.key], `type is missing; it must be one of ${types.map((t) => JSON.stringify(t)).join(', ')}`);
      const type = value[node.key];
      if (typeof type !== 'string' || !hasOwn(node.variants, type))
        return out.add([...path, node.key], `type must be one of ${types.map((t) => JSON.stringify(t)).join(', ')}, found ${describe(type)}`);
      return walkObject(node.variants[type]!, value, path, out, depth, node.key);
    }
  }
}

function walkObject(node: ObjectNode, value: unknown, path: Path, out: Collector, depth: number, discriminator?: string): void {
  const name = fieldName(path);
  if (!isPlainObject(value)) return out.add(path, `${name} must be an object, found ${describe(value)}`);
  for (const key of Object.keys(node.props)) {
    const child = node.props[key]!;
    if (hasOwn(value, key)) {
      if (value[key] === undefined && child.optional) continue;
      walk(child, value[key], [...path, key], out, depth + 1);
    } else if (!child.optional) {
      out.add([...path, key], `${key} is required but missing`);
    }
  }
  for (const key of Object.keys(value)) {
    if (hasOwn(node.props, key) || key === discriminator || key.startsWith('x-')) continue;
    if (key === '$schema' && node.allowSchemaKey) {
      if (typeof value[key] !== 'string') out.add([...path, key], `$schema must be a string, found ${describe(value[key])}`);
      continue;
    }
    const known = Object.keys(node.props).concat(discriminator ? [discriminator] : []);
    const close = out.explain?.closeKey(known, key);
    out.add([...path, key], `unknown key "${key}"${close ? ` (did you mean "${close}"?)` : ''}; extension keys must start with "x-"`);
  }
}

// ---- Rules that span fields. They run only over parts whose shape already checked out. ----

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const list = (ids: readonly string[]) => `(${ids.join(', ')})`;

interface Rec {
  [k: string]: unknown;
}
const asList = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isPlainObject) : []);
const idsOf = (items: unknown): string[] => (Array.isArray(items) ? items.map((i) => (isPlainObject(i) && typeof i.id === 'string' ? i.id : '')) : []);

function checkUniqueIds(items: unknown, path: Path, what: string, out: Collector): void {
  const seen = new Map<string, number>();
  idsOf(items).forEach((id, i) => {
    if (!id) return;
    const first = seen.get(id);
    if (first !== undefined) out.add([...path, i, 'id'], `${what} id "${id}" is already used by ${what} ${first}`);
    else seen.set(id, i);
  });
}

/** The article's body, collapsed once, with a passage finder made only when a quote is missing. */
class Body {
  readonly text: string;
  private finder?: (quote: string) => string;
  constructor(
    body: string,
    private readonly explain?: Explainer,
  ) {
    this.text = collapse(body);
  }
  /** "; " and where the quote comes closest, when an explainer can say. */
  closest(quote: string): string {
    if (!this.explain) return '';
    this.finder ??= this.explain.passages(this.text);
    return '; ' + this.finder(collapse(quote));
  }
}

function checkEvidence(owner: Rec, path: Path, body: Body | undefined, out: Collector): void {
  if (body === undefined || !isPlainObject(owner.evidence)) return;
  const quote = owner.evidence.quote;
  if (typeof quote !== 'string' || quote.length < 8) return;
  if (!body.text.includes(collapse(quote)))
    out.add([...path, 'evidence', 'quote'], `quote ${describe(quote)} does not occur in body${body.closest(quote)}`);
}

function checkNumberFormat(format: unknown, path: Path, out: Collector): void {
  if (!isPlainObject(format)) return;
  if (format.style === 'unit' && !hasOwn(format, 'unit')) out.add([...path, 'unit'], 'unit is required when style is "unit"');
  if (format.style === 'currency' && !hasOwn(format, 'currency'))
    out.add([...path, 'currency'], 'currency is required when style is "currency"');
}

function checkRules(a: Rec, out: Collector): void {
  const body = typeof a.body === 'string' ? new Body(a.body, out.explain) : undefined;

  if (a.summary === undefined && a.quiz === undefined)
    out.add(['summary'], 'summary is required when there is no quiz; a record needs a summary, a quiz, or both');

  const pub = typeof a.published === 'string' ? parseIsoDate(a.published) : undefined;
  const upd = typeof a.updated === 'string' ? parseIsoDate(a.updated) : undefined;
  if (pub !== undefined && upd !== undefined && upd < pub)
    out.add(['updated'], `updated (${a.updated as string}) is before published (${a.published as string})`);

  const figures = asList(a.figures);
  checkUniqueIds(a.figures, ['figures'], 'figure', out);
  const figureById = new Map<string, Rec>();
  figures.forEach((f, i) => {
    if (typeof f.id === 'string' && !figureById.has(f.id)) figureById.set(f.id, f);
    checkNumberFormat(f.format, ['figures', i, 'format'], out);
    checkEvidence(f, ['figures', i], body, out);
  });

  if (!isPlainObject(a.quiz)) return;
  const quiz = a.quiz;
  if (Array.isArray(quiz.results)) {
    const bands = asList(quiz.results);
    const seen = new Map<number, number>();
    quiz.results.forEach((b, i) => {
      if (!isPlainObject(b) || typeof b.minPercent !== 'number') return;
      const first = seen.get(b.minPercent);
      if (first !== undefined)
        out.add(['quiz', 'results', i, 'minPercent'], `minPercent ${b.minPercent} is already used by band ${first}; bands need distinct minPercent`);
      else seen.set(b.minPercent, i);
    });
    if (bands.length === quiz.results.length && bands.every((b) => typeof b.minPercent === 'number') && !seen.has(0))
      out.add(['quiz', 'results'], 'results must include a band with minPercent 0, so every score has a message');
  }

  checkUniqueIds(quiz.questions, ['quiz', 'questions'], 'question', out);
  const questions = Array.isArray(quiz.questions) ? quiz.questions : [];
  questions.forEach((q, i) => {
    if (!isPlainObject(q)) return;
    const at: Path = ['quiz', 'questions', i];
    checkEvidence(q, at, body, out);
    if (typeof q.figure === 'string') {
      const fig = figureById.get(q.figure);
      if (!fig) out.add([...at, 'figure'], `figure "${q.figure}" is not one of the figure ids ${list([...figureById.keys()])}`);
      else if (q.type === 'numeric' && typeof q.answer === 'number' && typeof fig.value === 'number') {
        const tolerance = typeof q.tolerance === 'number' ? q.tolerance : 0;
        if (Math.abs(q.answer - fig.value) > tolerance)
          out.add([...at, 'figure'], `answer ${q.answer} does not match figure "${q.figure}" (value ${fig.value}, tolerance ${tolerance})`);
      }
    }
    if (q.type === 'numeric') checkNumberFormat(q.format, [...at, 'format'], out);
    if (q.type === 'single' || q.type === 'multiple') {
      checkUniqueIds(q.choices, [...at, 'choices'], 'choice', out);
      const choiceIds = idsOf(q.choices).filter(Boolean);
      if (q.type === 'single' && typeof q.answer === 'string' && choiceIds.length && !choiceIds.includes(q.answer))
        out.add([...at, 'answer'], `answer "${q.answer}" is not one of the choice ids ${list(choiceIds)}`);
      if (q.type === 'multiple' && Array.isArray(q.answers)) {
        const seen = new Set<string>();
        q.answers.forEach((ans, j) => {
          if (typeof ans !== 'string') return;
          if (seen.has(ans)) out.add([...at, 'answers', j], `answer "${ans}" is listed twice`);
          else if (choiceIds.length && !choiceIds.includes(ans))
            out.add([...at, 'answers', j], `answer "${ans}" is not one of the choice ids ${list(choiceIds)}`);
          seen.add(ans);
        });
      }
    }
    if (q.type === 'order') checkUniqueIds(q.items, [...at, 'items'], 'item', out);
  });
}

/**
 * Checks `value` against the article contract. Never throws. With an explainer, messages
 * also say what the author probably meant.
 */
export function checkArticle(value: unknown, explain?: Explainer): ValidationResult {
  try {
    const out = new Collector(explain);
    if (!isPlainObject(value)) {
      out.add([], `the article must be a JSON object, found ${describe(value)}`);
      return { ok: false, problems: out.problems };
    }
    walk(articleSchema, value, [], out, 0);
    if (!out.full) checkRules(value, out);
    if (out.problems.length === 0) {
      const size = jsonSize(value);
      if (size > MAX_DOCUMENT_BYTES)
        out.add([], `the article is ${(size / 1e6).toFixed(1)} MB of JSON; the limit is 1 MB`);
    }
    if (out.problems.length) return { ok: false, problems: out.problems };
    return { ok: true, article: value as unknown as Article };
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `the article could not be checked: ${String(error instanceof Error ? error.message : error)}` }] };
  }
}

function jsonSize(value: unknown): number {
  // UTF-8 byte length, without a TextEncoder-free shortcut that would undercount non-ASCII.
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
