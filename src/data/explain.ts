/**
 * What helps an author fix wrong data, kept apart from the checks themselves (./check.js) so
 * that readers' bundles fetch it only when data is wrong: each finding in plain words, "did
 * you mean" for languages and keys, the closest passage of the body to a quote that is not
 * in it, and where JSON text stops being JSON.
 */
import { collapse, languageName, type Expected, type Explainer, type Finding } from './check.js';
import type { StringFormat } from './schema-kit.js';
import { PassageFinder, describeDifference } from './closest-passage.js';
import { findJsonError } from './json-error.js';
import { keepTrustworthy } from './keep-trustworthy.js';

/** Languages offered as "did you mean" when a tag is a language's name ("english", "Deutsch") or malformed ("en_US"). */
const SUGGESTED_LANGUAGES = 'en de fr es it pt nl pl uk ru cs sk hu ro bg el tr ar he fa ur hi bn zh ja ko vi th id ms sv no da fi et lv lt hr sr sl'.split(' ');

/** A tag for what the author probably meant: "english" -> "en", "Deutsch" -> "de", "en_US" -> "en-US". */
export function suggestLanguage(written: string): string | undefined {
  const dashed = written.trim().replace(/_/g, '-');
  if (dashed !== written && languageName(dashed)) return Intl.getCanonicalLocales(dashed)[0];
  const name = written.trim().toLowerCase();
  if (name.length < 3) return undefined;
  for (const code of SUGGESTED_LANGUAGES) {
    const names = [languageName(code), ownName(code)].map((n) => n?.toLowerCase());
    if (names.some((n) => n && (n === name || n.startsWith(name)))) return code;
  }
  return undefined;
}

/** A language's name in itself ("deutsch", "français"), where the engine has it. */
function ownName(code: string): string | undefined {
  try {
    return new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}

/** Edit distance ≤ 2, for "did you mean" hints on typos (also Recap Markdown's keywords). */
export function similar(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2 || b.length > 64) return false;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]! <= 2;
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

const kindName = (node: Expected): string => {
  switch (node.kind) {
    case 'string':
      return 'a string';
    case 'number':
      return node.integer ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'enum':
      return 'one of ' + (node.values ?? []).map((v) => JSON.stringify(v)).join(', ');
    case 'array':
      return 'a list';
    default:
      return 'an object';
  }
};

const FORMATS: Record<StringFormat, string> = {
  id: 'an id (1-64 characters of a-z, 0-9 and -, starting with a letter or digit)',
  'https-url': 'an https URL',
  'image-src': 'an https URL or a path relative to the page',
  'iso-date': 'an ISO 8601 date such as "2025-05-16" or "2025-05-16T09:30Z"',
  language: 'a BCP 47 tag naming a language, such as "en" or "uk-UA"',
  currency: 'an ISO 4217 currency code such as "EUR"',
  unit: 'a unit Intl.NumberFormat accepts, such as "kilometer" or "kilometer-per-hour"',
};

const characters = (n: number) => `${n} character${n === 1 ? '' : 's'}`;
const list = (ids: readonly string[]) => `(${ids.join(', ')})`;
const oneOf = (types: readonly string[]) => types.map((t) => JSON.stringify(t)).join(', ');
const didYouMean = (s: string | undefined) => (s ? ` (did you mean "${s}"?)` : '');

// A body is searched for every missing quote in it: one finder per body, the last one kept.
let finder: { body: string; find: (quote: string) => string } | undefined;
function closestPassage(body: string, quote: string): string {
  if (finder?.body !== body) {
    const passages = new PassageFinder(body);
    finder = { body, find: (q) => describeDifference(passages.closest(q)) };
  }
  return finder.find(collapse(quote));
}

/** A finding in words, for the field called `name`. */
export function word(name: string, f: Finding): string {
  switch (f[0]) {
    case 'deep':
      return 'is nested too deeply';
    case 'type': {
      const [, expected, value] = f;
      const unquote =
        expected.kind === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? ' (write the number without quotes)' : '';
      return `${name} must be ${kindName(expected)}, found ${describe(value)}${unquote}`;
    }
    case 'min-length':
      return `${name} must be at least ${characters(f[1])} long, found ${f[2]}`;
    case 'max-length':
      return `${name} must be at most ${characters(f[1])} long, found ${f[2]}`;
    case 'format':
      return `${name} must be ${FORMATS[f[1]]}, found ${describe(f[2])}${didYouMean(f[1] === 'language' ? suggestLanguage(f[2]) : undefined)}`;
    case 'finite':
      return `${name} must be a finite number, found ${describe(f[1])}`;
    case 'whole':
      return `${name} must be a whole number, found ${String(f[1])}`;
    case 'min':
      return `${name} must be at least ${f[1]}, found ${f[2]}`;
    case 'max':
      return `${name} must be at most ${f[1]}, found ${f[2]}`;
    case 'min-items':
      return `${name} must have at least ${f[1]} ${f[1] === 1 ? 'entry' : 'entries'}, found ${f[2]}`;
    case 'max-items':
      return `${name} must have at most ${f[1]} entries, found ${f[2]}`;
    case 'type-missing':
      return `${name} is missing; it must be one of ${oneOf(f[1])}`;
    case 'type-unknown':
      return `${name} must be one of ${oneOf(f[1])}, found ${describe(f[2])}`;
    case 'required':
      return `${f[1]} is required but missing`;
    case 'required-with':
      return `${f[1]} is required when style is "${f[1]}"`;
    case 'unknown-key':
      return `unknown key "${f[1]}"${didYouMean(f[2].find((k) => similar(k, f[1])))}; extension keys must start with "x-"`;
    case 'id-taken':
      return `${f[1]} id "${f[2]}" is already used by an earlier ${f[1]} (${f[3]}); each ${f[1]} needs its own id`;
    case 'quote':
      return `quote ${describe(f[1])} does not occur in body; ${closestPassage(f[2], f[1])}`;
    case 'no-summary':
      return 'summary is required when there is no quiz; a record needs a summary, a quiz, or both';
    case 'updated-before':
      return `updated (${f[1]}) is before published (${f[2]})`;
    case 'band-taken':
      return `minPercent ${f[1]} is already used by an earlier band (${f[2]}); bands need distinct minPercent`;
    case 'no-zero-band':
      return 'results must include a band with minPercent 0, so every score has a message';
    case 'figure-unknown':
      return `figure "${f[1]}" is not one of the figure ids ${list(f[2])}`;
    case 'figure-mismatch':
      return `answer ${f[1]} does not match figure "${f[2]}" (value ${f[3]}, tolerance ${f[4]})`;
    case 'answer-unknown':
      return `answer "${f[1]}" is not one of the choice ids ${list(f[2])}`;
    case 'answer-twice':
      return `answer "${f[1]}" is listed twice`;
    case 'not-object':
      return `${name} must be a JSON object, found ${describe(f[1])}`;
    case 'too-big':
      return `${name} is ${(f[1] / 1e6).toFixed(1)} MB of JSON; the limit is 1 MB`;
    case 'blank':
      return `${name} is blank: write text a reader can see${f[1] ? `, or leave ${name} out` : ''}`;
    case 'fraction-digits':
      return `minimumFractionDigits (${f[1]}) is more than maximumFractionDigits (${f[2]})`;
    case 'percent-v1':
      return `${name} ${f[1]} is a percent written as a fraction, as schemaVersion 1 wrote it; write it as the article does, ${f[2]} (a tolerance too, in percentage points), and set schemaVersion to 2`;
    case 'blank-open':
      return `text has "{{" at character ${f[1]} that is never closed with "}}": a blank is written {{blank-id}}; write \\{{ to show the braces as text`;
    case 'blank-twice':
      return `{{${f[1]}}} is written twice in text; each blank is written once`;
    case 'blank-unknown':
      return `{{${f[1]}}} in text is not one of the blank ids ${list(f[2])}`;
    case 'blank-unused':
      return `blank "${f[1]}" is not in the text; write {{${f[1]}}} where the reader fills it in`;
    case 'not-a-choice':
      return `answer "${f[1]}" is not one of this blank's choices ${list(f[2].map((c) => JSON.stringify(c)))}, so a reader could never pick it`;
    case 'match-unknown':
      return `match "${f[1]}" is not one of the target ids ${list(f[2])}`;
    case 'match-taken':
      return `target "${f[1]}" is already the match of item "${f[2]}"; give each item its own target, or set reuseTargets to true to let one target match several items`;
    case 'percent-fraction':
      return `${name} ${f[1]} looks like a fraction, but its quote says ${f[2]}: a percent is written as the article writes it, ${f[2]} for "${f[2]} percent"`;
  }
}

/** The words for checks of parsed data (what the Recap Markdown compiler needs). */
export const checkHints: Explainer = { word };

/** Every hint, JSON text's too, and what of wrong data can still be shown. */
export const explainer: Explainer = { word, findJsonError, keep: keepTrustworthy };
