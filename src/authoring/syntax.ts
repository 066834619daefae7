/**
 * The small pieces of Recap Markdown syntax that both directions share: the
 * `{#id, key: value}` options block, the escaped-text form, numbers, and the
 * English keywords. See docs/recap-markdown.md.
 */
import { similar } from '../data/validate.js';

/** Question types, written as a bare word in the heading's braces: `{multiple}`. */
export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'numeric', 'order', 'cloze', 'matching'] as const;

/** Keys of a number format, written flat in the braces: `{style: unit, unit: kilometer}`. */
export const FORMAT_KEYS = ['style', 'unit', 'currency', 'notation', 'minimumFractionDigits', 'maximumFractionDigits'] as const;

/** Options a figure heading's braces accept (besides `#id`, `x-…`, `claim.x-…`, `evidence.x-…`, `format.x-…`). */
export const FIGURE_OPTIONS = ['qualifier', 'asOf', 'format', ...FORMAT_KEYS] as const;
/** Options a question heading's braces accept (besides the type word, `#id` and extensions). */
export const QUESTION_OPTIONS = [
  'points', 'figure', 'tolerance', 'answers', 'format', ...FORMAT_KEYS,
  // cloze and matching; `text`, `blanks`, `items` and `targets` only where the Markdown form cannot hold them.
  'caseSensitive', 'ignoreAccents', 'reuseTargets', 'text', 'blanks', 'items', 'targets',
] as const;

/** Options whose value is true or false. */
export const BOOLEAN_OPTIONS = new Set(['caseSensitive', 'ignoreAccents', 'reuseTargets']);

/** Options whose value is a number. */
export const NUMBER_OPTIONS = new Set(['points', 'tolerance', 'minimumFractionDigits', 'maximumFractionDigits']);

/** A number as written in Recap Markdown: JSON's syntax, plus `-0` kept as negative zero. */
const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function readNumber(text: string): number | undefined {
  return NUMBER.test(text) ? Number(text) : undefined;
}

export function writeNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

/** A JSON string that stays on one Markdown line: marked ends a heading's line at U+2028/U+2029. */
function jsonString(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** JSON text for an extension value, keeping negative zero (JSON.stringify writes it as 0). */
export function writeJson(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? writeNumber(value) : 'null';
  if (Array.isArray(value)) return '[' + value.map(writeJson).join(', ') + ']';
  if (value !== null && typeof value === 'object')
    return '{' + Object.entries(value).map(([k, v]) => `${jsonString(k)}: ${writeJson(v)}`).join(', ') + '}';
  return typeof value === 'string' ? jsonString(value) : (JSON.stringify(value) ?? 'null');
}

// ---- Escaped text: a whole field written as a code span holding a JSON string. ----

const ESCAPED = /^`("(?:[^"\\`\n]|\\.)*")`$/s;

/** The text of a field, decoding the escaped form `` `"…"` `` when the whole field is one. */
export function readText(raw: string): string {
  const m = ESCAPED.exec(raw);
  if (m) {
    try {
      return JSON.parse(m[1]!) as string;
    } catch {
      return raw;
    }
  }
  return raw;
}

/** The escaped form of any string: survives every Markdown context on one line. */
export function escapeText(s: string): string {
  // Backticks would end the code span; the others are line or invisible breaks to some readers.
  return '`' + jsonString(s).replace(/`/g, '\\u0060') + '`';
}

// ---- The options block at the end of a heading or a list item: {#id, multiple, points: 2} ----

export interface OptionEntry {
  /** `#` for an id, `word` for a bare word, otherwise the key. */
  key: string;
  value: unknown;
  /** True when the value was written as text (not JSON). */
  bare: boolean;
  /** Offset of the entry within the line. */
  offset: number;
}

export interface SplitOptions {
  text: string;
  entries: OptionEntry[];
  /** Offset of the `{` within the line, when there is a block. */
  offset?: number;
  /** A block that starts like options but cannot be read. */
  error?: string;
}

/**
 * Splits `text {…}` into the text and its options. The block must end the line. A `{…}` that
 * does not read as options is an error only when it looks like one (starts with `#`, a known
 * word or `key:`); otherwise it stays part of the text.
 */
export function splitOptions(line: string): SplitOptions {
  if (!/\}\s*$/.test(line)) return { text: line, entries: [] };
  let firstError: SplitOptions | undefined;
  // From the right: the block ends the line, and a `{` inside the text (or inside a JSON value) must not start it.
  for (let i = line.lastIndexOf('{'); i !== -1; i = i === 0 ? -1 : line.lastIndexOf('{', i - 1)) {
    if (i > 0 && !/\s/.test(line[i - 1]!)) continue;
    const parsed = parseOptionBlock(line, i);
    if (parsed.ok) return { text: line.slice(0, i).trimEnd(), entries: parsed.entries, offset: i };
    if (!firstError && parsed.looksLikeOptions) firstError = { text: line.slice(0, i).trimEnd(), entries: [], offset: i, error: parsed.error };
  }
  return firstError ?? { text: line, entries: [] };
}

type BlockResult = { ok: true; entries: OptionEntry[] } | { ok: false; error: string; looksLikeOptions: boolean };

function parseOptionBlock(line: string, start: number): BlockResult {
  let i = start + 1;
  const entries: OptionEntry[] = [];
  const ws = () => {
    while (i < line.length && /\s/.test(line[i]!)) i++;
  };
  const looks = /^\{\s*(?:#|[A-Za-z$"][\w$.-]*\s*(?::|,|\}))/.test(line.slice(start));
  const fail = (error: string): BlockResult => ({ ok: false, error, looksLikeOptions: looks });
  ws();
  if (line[i] === '}') return /^\s*$/.test(line.slice(i + 1)) ? { ok: true, entries } : fail('text after the options');
  for (;;) {
    ws();
    const offset = i;
    if (line[i] === '#') {
      const m = /^#([^\s,{}"[\]]*)/.exec(line.slice(i))!;
      entries.push({ key: '#', value: m[1], bare: true, offset });
      i += m[0].length;
    } else {
      let key: string;
      if (line[i] === '"') {
        const str = scanJsonString(line, i);
        if (str === undefined) return fail('an unclosed quoted key');
        key = JSON.parse(line.slice(i, str)) as string;
        i = str;
      } else {
        const m = /^[^\s,:{}"[\]]+/.exec(line.slice(i));
        if (!m) return fail(`unexpected "${line[i] ?? 'end of line'}" in the options`);
        key = m[0];
        i += m[0].length;
      }
      ws();
      if (line[i] === ':') {
        i++;
        ws();
        const valueStart = i;
        const end = scanValue(line, i);
        if (end === undefined) return fail(`the value of "${key}" is not closed`);
        const raw = line.slice(valueStart, end).trim();
        i = end;
        let value: unknown = raw;
        let bare = true;
        if (/^[^"{[]/.test(raw) && /["[\]]/.test(raw)) return fail(`the value of "${key}" has quotes or brackets; write it as a JSON string: "…"`);
        if (/^["{[]/.test(raw)) {
          try {
            value = JSON.parse(raw);
            bare = false;
          } catch {
            return fail(`the value of "${key}" is not valid JSON: ${raw}`);
          }
        }
        entries.push({ key, value, bare, offset });
      } else entries.push({ key: 'word', value: key, bare: true, offset });
    }
    ws();
    if (line[i] === ',') {
      i++;
      continue;
    }
    if (line[i] === '}') return /^\s*$/.test(line.slice(i + 1)) ? { ok: true, entries } : fail('text after the options');
    return fail(i >= line.length ? 'the options are not closed with "}"' : `expected "," or "}" in the options, found "${line[i]}"`);
  }
}

/** End (exclusive) of the JSON string starting at `i`, or undefined. */
function scanJsonString(s: string, i: number): number | undefined {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '"') return j + 1;
  }
  return undefined;
}

/** End of an option value: a JSON string, a balanced JSON object/array, or text up to `,` or `}`. */
function scanValue(s: string, i: number): number | undefined {
  if (s[i] === '"') return scanJsonString(s, i);
  if (s[i] === '{' || s[i] === '[') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const c = s[j];
      if (c === '"') {
        const e = scanJsonString(s, j);
        if (e === undefined) return undefined;
        j = e - 1;
      } else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return undefined;
  }
  let j = i;
  while (j < s.length && s[j] !== ',' && s[j] !== '}') j++;
  return j;
}

/** Writes an options block, or '' when there is nothing to write. */
export function writeOptions(entries: readonly [string, unknown][]): string {
  if (!entries.length) return '';
  const parts = entries.map(([key, value]) => {
    if (key === '#') return `#${String(value)}`;
    if (key === 'word') return String(value);
    const k = /^[A-Za-z$_][\w$.-]*$/.test(key) ? key : jsonString(key);
    if (key.startsWith('x-') || key.includes('.x-') || typeof value === 'object') return `${k}: ${writeJson(value)}`;
    if (typeof value === 'number') return `${k}: ${writeNumber(value)}`;
    const s = String(value);
    return `${k}: ${/^[^\s,{}"[\]][^,{}"[\]\u2028\u2029]*$/.test(s) && s === s.trim() ? s : jsonString(s)}`;
  });
  return ` {${parts.join(', ')}}`;
}

// ---- "Did you mean" ----

/** ` (did you mean "x"?)` for a known word within two edits (case aside), else ''. */
export function didYouMean(word: string, known: readonly string[]): string {
  const close = known.find((k) => similar(k.toLowerCase(), word.toLowerCase()));
  return close === undefined ? '' : ` (did you mean "${close}"?)`;
}
