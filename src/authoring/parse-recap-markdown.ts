/**
 * parseRecapMarkdown: Recap Markdown (docs/recap-markdown.md) -> a validated article record.
 * Markdown is read with marked's lexer; fields keep their Markdown source, so emphasis and
 * links arrive in the record as written. Every problem comes back at once with its line,
 * including the contract validator's, mapped from their JSON Pointer to the line that wrote
 * the field. It never throws.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode, type Document } from 'yaml';
import { SCHEMA_VERSION, articleSchema } from '../data/article-schema.js';
import type { Node as SchemaNode } from '../data/schema-kit.js';
import { pointer, validateArticle } from '../data/validate.js';
import type { Article } from '../data/types.js';
import { hasBlanks, isMatchList, readClozeText, readMatchList } from './read-cloze-matching.js';
import {
  BOOLEAN_OPTIONS,
  FIGURE_OPTIONS,
  FORMAT_KEYS,
  NUMBER_OPTIONS,
  QUESTION_OPTIONS,
  QUESTION_TYPES,
  didYouMean,
  readNumber,
  readText,
  splitOptions,
  type OptionEntry,
} from './syntax.js';

/** One thing wrong with a Recap Markdown file: where (line, column from 1) and what. */
export interface MarkdownProblem {
  line: number;
  column?: number;
  /** The JSON Pointer of the field, when the problem comes from the contract's validator. */
  path?: string;
  message: string;
}

/** A failure keeps the record as far as it was read (`input`), so the parts without problems can still be shown. */
export type MarkdownResult = { ok: true; article: Article } | { ok: false; problems: MarkdownProblem[]; input?: unknown };

/** A Recap Markdown file is at most 1 MB, like the JSON it compiles to. */
export const MAX_MARKDOWN_BYTES = 1_000_000;

export const SECTIONS = ['Summary', 'Figures', 'Quiz', 'Article'] as const;
const FRONT_MATTER_ELSEWHERE: Record<string, string> = {
  summary: 'under "# Summary"',
  figures: 'under "# Figures"',
  body: 'under "# Article"',
  schemaVersion: '',
};

type Path = (string | number)[];
type Rec = Record<string, unknown>;
interface Block {
  token: Token;
  start: number;
  end: number;
}

/** Own, enumerable, plain property, even for a key such as "__proto__". */
function put(obj: Rec, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

const FIELD_LINE = /^([A-Za-z][A-Za-z ]{0,30}?):(?:[ \t]+(.*?))?[ \t]*$/s;
const ESCAPED_OR_TEXT = (raw: string) => readText(raw.trim());

/** The reading of a document before validation: the record, problems, and where each field was written. */
export interface Reading {
  record: Rec;
  problems: MarkdownProblem[];
  /** JSON Pointer -> 1-based line and column. */
  places: Map<string, { line: number; column: number }>;
  /** Pointers of parts that could not be read; validator problems inside them are noise. */
  broken: string[];
}

class Reader {
  readonly problems: MarkdownProblem[] = [];
  readonly places = new Map<string, { line: number; column: number }>();
  readonly broken: string[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(readonly src: string) {
    for (let i = 0; i < src.length; i++) if (src[i] === '\n') this.lineStarts.push(i + 1);
  }

  pos(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /** A problem in the text (no path: the page shows none of the recap); `brokenPath` silences the validator's problems there. */
  problem(offset: number, message: string, brokenPath?: Path): void {
    this.problems.push({ ...this.pos(offset), message });
    if (brokenPath) this.broken.push(pointer(brokenPath));
  }

  place(path: Path, offset: number): void {
    const key = pointer(path);
    if (!this.places.has(key)) this.places.set(key, this.pos(offset));
  }
}

/** Lexes `src` from `base` and gives each top-level token its offsets. */
function blocksOf(src: string, base: number): Block[] {
  const tokens = new Lexer({ gfm: true }).lex(src);
  const out: Block[] = [];
  let at = 0;
  for (const token of tokens) {
    let start = src.startsWith(token.raw, at) ? at : src.indexOf(token.raw, at);
    if (start < 0) start = at;
    at = start + token.raw.length;
    out.push({ token, start: base + start, end: base + at });
  }
  return out;
}

/** The raw lines of a block with their offsets. */
function linesOf(src: string, start: number, end: number): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let at = start;
  for (const text of src.slice(start, end).split('\n')) {
    out.push({ text, offset: at });
    at += text.length + 1;
  }
  return out.filter((l) => l.text.trim() !== '');
}

/** A multi-line field's text (body, explanation): without leading blank lines or trailing line breaks. */
export function trimBlock(raw: string): string {
  // Trailing spaces at the very end mean nothing in Markdown (inside, two of them are a line break).
  return raw.replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '').replace(/[ \t]+$/, '');
}

export function readRecapMarkdown(input: string): Reading {
  const r = new Reader(input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const src = r.src;
  const record: Rec = {};
  let from = 0;

  // ---- Front matter ----
  let fmQuiz: Rec | undefined;
  if (/^---[ \t]*\n/.test(src)) {
    const close = /^(?:---|\.\.\.)[ \t]*$/m;
    const rest = src.slice(src.indexOf('\n') + 1);
    const m = close.exec(rest);
    const yamlStart = src.indexOf('\n') + 1;
    if (!m) {
      r.problem(0, 'the front matter that starts on line 1 is never closed; end it with a line "---"');
      return { record, problems: r.problems, places: r.places, broken: r.broken };
    }
    const yamlText = rest.slice(0, m.index);
    from = yamlStart + m.index + m[0].length;
    const fm = readFrontMatter(r, yamlText, yamlStart);
    for (const [key, value] of Object.entries(fm)) {
      if (key === 'quiz' && value && typeof value === 'object' && !Array.isArray(value)) fmQuiz = value as Rec;
      else put(record, key, value);
    }
  } else if (/^\s*\n---[ \t]*\n/.test(src)) {
    r.problem(src.indexOf('---'), 'front matter must start on the first line of the file; remove the blank lines above "---"');
  } else {
    const m = /^\s*(?:[A-Za-z$][\w$-]*):[ \t]/.exec(src);
    if (m && !/^\s*#/.test(src)) r.problem(0, 'this looks like front matter without its opening line; start the file with a line "---"');
  }
  if (!('schemaVersion' in record)) record.schemaVersion = SCHEMA_VERSION;

  // ---- Sections ----
  const blocks = blocksOf(src.slice(from), from);
  const seen = new Map<string, number>();
  let current: { name: string; heading: Block; blocks: Block[] } | undefined;
  const sections: { name: string; heading: Block; blocks: Block[] }[] = [];
  for (const b of blocks) {
    if (b.token.type === 'heading' && (b.token as Tokens.Heading).depth === 1) {
      const { text } = splitOptions((b.token as Tokens.Heading).text);
      let name = SECTIONS.find((s) => s.toLowerCase() === text.trim().toLowerCase());
      if (!name) {
        const hint = didYouMean(text.trim(), SECTIONS);
        // "neither summary nor quiz" would only repeat this problem.
        r.problem(b.start, `unknown section "# ${text.trim()}"${hint}; the sections are ${SECTIONS.map((s) => `# ${s}`).join(', ')}`, ['summary']);
        // Read a near miss as the section it almost names, so its own problems show up now too.
        name = SECTIONS.find((s) => hint.includes(`"${s}"`));
        if (!name || name === 'Article') {
          current = { name: '?', heading: b, blocks: [] };
          continue;
        }
      }
      if (seen.has(name)) r.problem(b.start, `"# ${name}" appears twice (first on line ${r.pos(seen.get(name)!).line}); write each section once`);
      seen.set(name, b.start);
      current = { name, heading: b, blocks: [] };
      sections.push(current);
      if (name === 'Article') break;
      continue;
    }
    if (current) current.blocks.push(b);
    else if (b.token.type !== 'space')
      r.problem(b.start, `text before the first section; start it with a section heading (${SECTIONS.map((s) => `# ${s}`).join(', ')}), and put the title and other metadata in the front matter`);
  }

  for (const section of sections) {
    if (section.name === 'Summary') readSummary(r, section.heading, section.blocks, record);
    else if (section.name === 'Figures') record.figures = readFigures(r, section.heading, section.blocks);
    else if (section.name === 'Quiz') {
      const quiz: Rec = fmQuiz ?? {};
      fmQuiz = quiz;
      quiz.questions = readQuestions(r, section.heading, section.blocks);
    } else if (section.name === 'Article') {
      const lineEnd = src.indexOf('\n', section.heading.start);
      const bodyStart = lineEnd === -1 ? src.length : lineEnd + 1;
      const entries = headingOptions(r, section.heading, []);
      for (const e of entries) r.problem(section.heading.start, `"# Article" takes no options, found "${e.key === 'word' ? String(e.value) : e.key}"`);
      r.place(['body'], section.heading.start);
      record.body = readBlockText(src.slice(bodyStart));
    }
  }
  if (fmQuiz) record.quiz = fmQuiz;
  // The contract's order, so compiled JSON reads like a hand-written record.
  const ordered: Rec = {};
  for (const key of ['$schema', 'schemaVersion', ...Object.keys(articleSchema.props), ...Object.keys(record)]) if (key in record && !(key in ordered)) put(ordered, key, record[key]);
  return { record: ordered, problems: r.problems, places: r.places, broken: r.broken };
}

/** A whole multi-line field: its Markdown as written, or the escaped form. */
function readBlockText(raw: string): string {
  const text = trimBlock(raw);
  return readText(text);
}

// ---- Front matter (YAML) ----

function readFrontMatter(r: Reader, yamlText: string, base: number): Rec {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, strict: true });
  for (const e of [...doc.errors, ...doc.warnings]) {
    const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    r.problem(base + (e.pos?.[0] ?? 0), `front matter: ${message}`);
  }
  if (doc.errors.length) {
    // The fields it holds are unknown now: "title is missing" would only be noise.
    for (const key of Object.keys(articleSchema.props)) if (!['summary', 'figures', 'body', 'quiz'].includes(key)) r.broken.push(pointer([key]));
    for (const key of ['title', 'intro', 'passPercent', 'shuffle', 'results']) r.broken.push(pointer(['quiz', key]));
    return {};
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) {
    r.problem(base, 'the front matter must be a list of "key: value" lines');
    return {};
  }
  const value = yamlToValue(r, doc, yamlText, doc.contents, articleSchema, [], base);
  const out = (value ?? {}) as Rec;
  for (const key of Object.keys(FRONT_MATTER_ELSEWHERE)) {
    if (key === 'schemaVersion' || !(key in out)) continue;
    const at = r.places.get(pointer([key]));
    r.problems.push({ ...(at ?? { line: 1, column: 1 }), message: `"${key}" is written ${FRONT_MATTER_ELSEWHERE[key]}, not in the front matter` });
    delete out[key];
  }
  const quiz = out.quiz;
  if (quiz && typeof quiz === 'object' && 'questions' in quiz) {
    const at = r.places.get(pointer(['quiz', 'questions']));
    r.problems.push({ ...(at ?? { line: 1, column: 1 }), message: 'questions are written under "# Quiz", not in the front matter' });
    delete (quiz as Rec).questions;
  }
  return out;
}

function yamlToValue(r: Reader, doc: Document, yamlText: string, node: unknown, schema: SchemaNode | undefined, path: Path, base: number): unknown {
  if (isMap(node)) {
    const obj: Rec = {};
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String((keyNode as { toJSON?: () => unknown })?.toJSON?.() ?? keyNode);
      const range = (keyNode as { range?: [number, number, number] })?.range;
      if (range) r.place([...path, key], base + range[0]);
      const child = schema && schema.kind === 'object' ? schema.props[key] : undefined;
      put(obj, key, yamlToValue(r, doc, yamlText, pair.value, child, [...path, key], base));
    }
    return obj;
  }
  if (isSeq(node)) {
    const items = schema && schema.kind === 'array' ? schema.items : undefined;
    return node.items.map((item, i) => {
      const range = (item as { range?: [number, number, number] })?.range;
      if (range) r.place([...path, i], base + range[0]);
      return yamlToValue(r, doc, yamlText, item, items, [...path, i], base);
    });
  }
  if (isScalar(node)) {
    const v = node.value;
    const wantsText = schema && (schema.kind === 'string' || (schema.kind === 'enum' && schema.values.every((x) => typeof x === 'string')));
    // `title: 2025` or `lang: no` are text in a text field, whatever YAML makes of them.
    if (wantsText && typeof v !== 'string' && v !== null && node.type === 'PLAIN' && node.range) return yamlText.slice(node.range[0], node.range[1]);
    return v;
  }
  if (node === null || node === undefined) return null;
  return (node as { toJS: (d: Document) => unknown }).toJS(doc);
}

// ---- Sections ----

/** Reads the options of a heading; returns them with their positions. */
function headingOptions(r: Reader, heading: Block, path: Path): (OptionEntry & { at: number })[] {
  const raw = (heading.token as Tokens.Heading).text;
  const split = splitOptions(raw);
  const lineStart = heading.start + Math.max(0, r.src.slice(heading.start, heading.end).indexOf(raw));
  if (split.error) r.problem(lineStart + (split.offset ?? 0), `the options in braces cannot be read: ${split.error}`, path);
  return split.entries.map((e) => ({ ...e, at: lineStart + e.offset }));
}

function headingText(heading: Block): string {
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
function takeExtensions(entries: (OptionEntry & { at: number })[], target: Rec, nested: readonly string[] = []): (OptionEntry & { at: number })[] {
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

function readSummary(r: Reader, heading: Block, blocks: Block[], record: Rec): void {
  const summary: Rec = {};
  record.summary = summary;
  r.place(['summary'], heading.start);
  for (const e of takeExtensions(headingOptions(r, heading, ['summary']), summary))
    r.problem(e.at, `"# Summary" takes only x- extension options, found "${e.key === 'word' ? String(e.value) : e.key}"`);
  const points: string[] = [];
  let listSeen = false;
  const fields = (line: { text: string; offset: number }) => readFieldLine(r, line, ['Takeaway', 'Disclosure'], summary, ['summary'], 'the summary');
  for (const b of blocks) {
    const t = b.token;
    if (t.type === 'space') continue;
    if (t.type === 'list' && !(t as Tokens.List).ordered && !listSeen) {
      listSeen = true;
      r.place(['summary', 'points'], b.start);
      let at = b.start;
      for (const item of (t as Tokens.List).items) {
        const itemStart = r.src.indexOf(item.raw, at);
        at = itemStart + item.raw.length;
        const lines = itemLines(r, item, itemStart);
        if (item.task) r.problem(itemStart, 'a summary point has no checkbox; checkboxes mark the right answers of quiz questions');
        r.place(['summary', 'points', points.length], itemStart);
        points.push(ESCAPED_OR_TEXT(lines[0]?.text ?? ''));
        for (const line of lines.slice(1)) {
          if (!fields(line))
            r.problem(line.offset, `this line continues the point above (line ${r.pos(itemStart).line}); a point is one line: start a new point with "- ", or leave a blank line before other text`);
        }
      }
      continue;
    }
    if (t.type === 'paragraph') {
      for (const line of linesOf(r.src, b.start, b.end)) {
        if (!fields(line))
          r.problem(line.offset, `unexpected text in "# Summary": it holds a list of points ("- …"), "Takeaway: …" and "Disclosure: …"`, ['summary']);
      }
      continue;
    }
    r.problem(b.start, t.type === 'list' ? 'the summary has one list of points; this is a second list' : `unexpected ${describeToken(t)} in "# Summary": it holds a list of points ("- …"), "Takeaway: …" and "Disclosure: …"`, ['summary']);
  }
  summary.points = points;
}

function describeToken(t: Token): string {
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
function itemLines(r: Reader, item: Tokens.ListItem, itemStart: number): { text: string; offset: number }[] {
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
function readFieldLine(r: Reader, line: { text: string; offset: number }, keys: readonly string[], target: Rec, path: Path, where: string): boolean {
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
const BOOLEAN_LIKE = /^(?:true|false|yes|no|y|n|t|f|ja|nein|wahr|falsch|oui|non|vrai|faux|s[ií]|verdadero|falso|verdadeiro|sim|n[ãa]o|tak|nie|prawda|fałsz|так|ні|да|нет|правда|неправда|хибно|نعم|لا|صح|خطأ|כן|לא|נכון|לא נכון)$/iu;
const TRUE_LIKE = /^(?:true|yes|y|t|ja|wahr|oui|vrai|s[ií]|verdadero|verdadeiro|sim|tak|prawda|так|да|правда|نعم|صح|כן|נכון)$/iu;
const booleanHint = (raw: string) =>
  BOOLEAN_LIKE.test(raw) ? ` (write "= ${TRUE_LIKE.test(raw) ? 'true' : 'false'}", in English and lower case, whatever the article's language)` : '';

const numberHint = (raw: string) =>
  /^[-\d.,\s]+$/.test(raw) ? ` (write it plainly, without separators: ${raw.replace(/[,\s]/g, '')})` : /\d/.test(raw) ? ' (write only the number; put a unit in the options, e.g. {style: unit, unit: kilometer})' : '';

function applyOptions(r: Reader, entries: (OptionEntry & { at: number })[], known: readonly string[], target: Rec, path: Path, what: string): void {
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

function readEvidence(r: Reader, b: Block, owner: Rec, path: Path, what: string): void {
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

function groupBySubheading(r: Reader, blocks: Block[], section: string): { heading: Block; blocks: Block[] }[] {
  const groups: { heading: Block; blocks: Block[] }[] = [];
  for (const b of blocks) {
    if (b.token.type === 'heading' && (b.token as Tokens.Heading).depth === 2) groups.push({ heading: b, blocks: [] });
    else if (groups.length) groups[groups.length - 1]!.blocks.push(b);
    else if (b.token.type !== 'space')
      r.problem(
        b.start,
        section === 'Quiz'
          ? 'text before the first question; each question starts with "## " and its prompt, and the quiz title, intro and options go in the front matter under "quiz:"'
          : 'text before the first figure; each figure starts with "## VALUE: label"',
      );
  }
  return groups;
}

function readFigures(r: Reader, heading: Block, blocks: Block[]): Rec[] {
  r.place(['figures'], heading.start);
  for (const e of headingOptions(r, heading, ['figures'])) r.problem(e.at, `"# Figures" takes no options, found "${e.key === 'word' ? String(e.value) : e.key}"`);
  return groupBySubheading(r, blocks, 'Figures').map((g, i) => {
    const path: Path = ['figures', i];
    const figure: Rec = { id: `f${i + 1}` };
    r.place(path, g.heading.start);
    const text = headingText(g.heading).trim();
    const m = /^(\S+?):(?:\s+(.*))?$/s.exec(text) ?? /^(\S+)$/.exec(text);
    r.place([...path, 'value'], g.heading.start);
    r.place([...path, 'label'], g.heading.start);
    if (!m || !text.includes(':')) r.problem(g.heading.start, 'a figure heading is "## VALUE: label", for example "## 41: Russian warplanes hit"', path);
    else {
      const value = readNumber(m[1]!);
      if (value === undefined) r.problem(g.heading.start, `the figure's value must be a number, found "${m[1]}"${numberHint(m[1]!)}`, path);
      else figure.value = value;
      figure.label = ESCAPED_OR_TEXT(m[2] ?? '');
    }
    const entries = takeExtensions(headingOptions(r, g.heading, path), figure, ['claim', 'evidence', 'format']);
    applyOptions(r, entries, FIGURE_OPTIONS, figure, path, 'a figure');
    for (const b of g.blocks) {
      const t = b.token;
      if (t.type === 'space') continue;
      if (t.type === 'blockquote') readEvidence(r, b, figure, path, 'a figure');
      else if (t.type === 'paragraph') {
        for (const line of linesOf(r.src, b.start, b.end))
          if (!readFieldLine(r, line, ['Claim', 'Claim note'], figure, path, 'a figure'))
            r.problem(line.offset, 'unexpected text in a figure: a figure has its heading ("## VALUE: label {options}"), "Claim: who (status)", "Claim note: …" and one ">" quote', path);
      } else r.problem(b.start, `unexpected ${describeToken(t)} in a figure: a figure has its heading, "Claim:", "Claim note:" and one ">" quote`, path);
    }
    return figure;
  });
}

interface ListItemRead {
  text: string;
  checked: boolean;
  task: boolean;
  offset: number;
  rec: Rec;
}

function readItems(r: Reader, b: Block, path: Path, key: 'choices' | 'items', allowFeedback: boolean): ListItemRead[] {
  const list = b.token as Tokens.List;
  const out: ListItemRead[] = [];
  let at = b.start;
  list.items.forEach((item, j) => {
    const itemStart = r.src.indexOf(item.raw, at);
    at = itemStart + item.raw.length;
    const itemPath = [...path, key, j];
    const lines = itemLines(r, item, itemStart);
    const split = splitOptions(lines[0]?.text ?? '');
    const rec: Rec = { id: String.fromCharCode(97 + j) };
    r.place(itemPath, itemStart);
    if (split.error) r.problem(itemStart, `the options in braces cannot be read: ${split.error}`, itemPath);
    const entries = takeExtensions(
      split.entries.map((e) => ({ ...e, at: itemStart })),
      rec,
    );
    for (const e of entries) {
      if (e.key === '#') {
        rec.id = String(e.value);
        r.place([...itemPath, 'id'], itemStart);
      } else r.problem(itemStart, `unknown option "${e.key === 'word' ? String(e.value) : e.key}" for ${key === 'choices' ? 'a choice' : 'an item'}; it takes #id and x- extensions`, itemPath);
    }
    rec.text = ESCAPED_OR_TEXT(split.text);
    r.place([...itemPath, 'text'], itemStart);
    for (const line of lines.slice(1)) {
      if (allowFeedback && readFieldLine(r, line, ['Feedback'], rec, itemPath, 'a choice')) continue;
      r.problem(
        line.offset,
        `this line continues the ${key === 'choices' ? 'choice' : 'item'} on line ${r.pos(itemStart).line}; ${key === 'choices' ? 'a choice is one line (plus "Feedback: …")' : 'an item is one line'}: leave a blank line before the explanation`,
        itemPath,
      );
    }
    out.push({ text: String(rec.text), checked: !!item.checked, task: !!item.task, offset: itemStart, rec });
  });
  return out;
}

function readQuestions(r: Reader, heading: Block, blocks: Block[]): Rec[] {
  r.place(['quiz'], heading.start);
  r.place(['quiz', 'questions'], heading.start);
  for (const e of headingOptions(r, heading, ['quiz'])) r.problem(e.at, `"# Quiz" takes no options (quiz options go in the front matter under "quiz:"), found "${e.key === 'word' ? String(e.value) : e.key}"`);
  return groupBySubheading(r, blocks, 'Quiz').map((g, i) => readQuestion(r, g.heading, g.blocks, i));
}

function readQuestion(r: Reader, heading: Block, blocks: Block[], i: number): Rec {
  const path: Path = ['quiz', 'questions', i];
  const q: Rec = { id: `q${i + 1}` };
  r.place(path, heading.start);
  r.place([...path, 'prompt'], heading.start);
  r.place([...path, 'type'], heading.start);
  const entries = takeExtensions(headingOptions(r, heading, path), q, ['evidence', 'format']);
  let explicit: string | undefined;
  const rest = entries.filter((e) => {
    if (e.key !== 'word') return true;
    const word = String(e.value);
    if ((QUESTION_TYPES as readonly string[]).includes(word)) {
      if (explicit) r.problem(e.at, `the question type is given twice ("${explicit}" and "${word}")`, path);
      explicit = word;
    } else r.problem(e.at, `unknown question type "${word}"${didYouMean(word, QUESTION_TYPES)}; the types are ${QUESTION_TYPES.join(', ')}`, path);
    return false;
  });
  const promptText = headingText(heading).trim();
  applyOptions(r, rest, QUESTION_OPTIONS, q, path, 'a question');
  const prompt = ESCAPED_OR_TEXT(promptText);

  let choices: { block: Block; items: ListItemRead[] } | undefined;
  let order: { block: Block; items: ListItemRead[] } | undefined;
  let answer: { value: string; offset: number } | undefined;
  let plainList: Block | undefined;
  // A cloze's text (a paragraph with [[blanks]]) or a matching question's "item -> target" list, right after the heading.
  let clozeText: Block | undefined;
  let matchList: Block | undefined;
  const explanation: Block[] = [];
  const structural = (b: Block) => {
    if (explanation.length) r.problem(b.start, `write the explanation after the answers and the ">" quote; this ${describeToken(b.token)} comes after explanation text (line ${r.pos(explanation[0]!.start).line})`, path);
  };
  for (const b of blocks) {
    const t = b.token;
    if (t.type === 'space') continue;
    if (t.type === 'list') {
      const list = t as Tokens.List;
      const tasks = list.items.filter((it) => it.task).length;
      if (!choices && !order && !answer && !matchList && !clozeText && !explanation.length && isMatchList(list)) {
        matchList = b;
        continue;
      }
      if (!choices && !order && !answer && tasks > 0) {
        structural(b);
        if (list.ordered) r.problem(b.start, 'choices are a bullet list ("- [ ]" and "- [x]"), not a numbered one; a numbered list is the right order of an {order} question', path);
        const items = readItems(r, b, path, 'choices', true);
        for (const it of items) if (!it.task) r.problem(it.offset, 'this choice has no checkbox; write "- [ ] wrong answer" or "- [x] right answer"', path);
        choices = { block: b, items };
        continue;
      }
      if (!choices && !order && !answer && list.ordered && explicit === 'order') {
        structural(b);
        order = { block: b, items: readItems(r, b, path, 'items', false) };
        continue;
      }
      if (!choices && !order && !answer && !explanation.length && !list.ordered) plainList = b;
      if (!choices && !order && !answer && !explanation.length && list.ordered) {
        structural(b);
        r.problem(b.start, 'a numbered list in a question is the right order of an ordering question: add {order} to the heading (choices are written "- [ ]" and "- [x]")', path);
        order = { block: b, items: readItems(r, b, path, 'items', false) };
        continue;
      }
    }
    if (t.type === 'blockquote') {
      structural(b);
      readEvidence(r, b, q, path, 'a question');
      continue;
    }
    if (t.type === 'paragraph' && !clozeText && !matchList && !choices && !order && !answer && !explanation.length && hasBlanks((t as Tokens.Paragraph).text)) {
      clozeText = b;
      continue;
    }
    if (t.type === 'paragraph' && /^=(?:\s|$)/.test((t as Tokens.Paragraph).text)) {
      structural(b);
      const lines = linesOf(r.src, b.start, b.end);
      if (answer) r.problem(b.start, `a question has one answer line ("= …"); the first is on line ${r.pos(answer.offset).line}`, path);
      else answer = { value: lines[0]!.text.replace(/^=\s*/, '').trim(), offset: b.start };
      for (const extra of lines.slice(1))
        r.problem(extra.offset, 'this line continues the answer line above; leave a blank line before the explanation', path);
      continue;
    }
    explanation.push(b);
  }

  // The type: explicit, or read from the answers when that cannot surprise.
  const checked = choices?.items.filter((it) => it.checked) ?? [];
  let type = explicit;
  if (!type) {
    if (choices) type = checked.length > 1 ? 'multiple' : 'single';
    // "= yes" or "= True" is a true-false answer written another way, not a number.
    else if (answer) type = answer.value === 'true' || answer.value === 'false' || BOOLEAN_LIKE.test(answer.value) ? 'true-false' : 'numeric';
    else if (order) type = 'order';
    else if (clozeText) type = 'cloze';
    else if (matchList) type = 'matching';
  }
  const q2: Rec = { id: q.id, type: type ?? 'single', prompt };
  for (const [k, v] of Object.entries(q)) if (k !== 'id') put(q2, k, v);
  const broken = (message: string, offset = heading.start) => r.problem(offset, message, path);
  if (!type) {
    broken(
      plainList
        ? 'this question has no answers: its list has no checkboxes; write choices as "- [ ] wrong" and "- [x] right"'
        : 'this question has no answers: add choices ("- [ ] …", "- [x] …"), an answer line ("= 42" or "= true"), or a numbered list with {order}',
    );
    return q2;
  }
  const at = (offset: number, ...p: Path) => r.place([...path, ...p], offset);
  if (type === 'single' || type === 'multiple') {
    if (!choices) {
      broken(`a ${type}-choice question needs choices: "- [ ] wrong" and "- [x] right"`);
      return q2;
    }
    q2.choices = choices.items.map((it) => it.rec);
    at(choices.block.start, 'choices');
    if (answer) broken(`a choice question has no "=" answer line (line ${r.pos(answer.offset).line}); mark the right choices with [x]`, answer.offset);
    if (type === 'single') {
      if (checked.length === 0) broken('no right answer: mark the right choice with "- [x]"');
      else if (checked.length > 1)
        broken(`a single-choice question has one right answer, but ${checked.length} are marked [x] (lines ${checked.map((c) => r.pos(c.offset).line).join(', ')}): unmark all but one, or make it {multiple}`, checked[1]!.offset);
      else {
        q2.answer = checked[0]!.rec.id;
        at(checked[0]!.offset, 'answer');
      }
    } else {
      if (checked.length === 0) broken('no right answer: mark the right choices with "- [x]"');
      q2.answers = checked.map((c) => c.rec.id);
      // `answers: [...]` only keeps an order that differs from the choices'; the [x] marks decide.
      if ('answers' in q) {
        const listed = q.answers;
        const marked = q2.answers as unknown[];
        if (!Array.isArray(listed) || listed.length !== marked.length || !listed.every((id) => marked.includes(id)))
          broken(`the answers option must list exactly the choices marked [x] (${marked.map((id) => JSON.stringify(id)).join(', ')}), found ${JSON.stringify(listed)}`);
        else q2.answers = listed;
      }
      at(checked[0]?.offset ?? heading.start, 'answers');
      checked.forEach((c, k) => at(c.offset, 'answers', k));
    }
  } else if (type === 'true-false' || type === 'numeric') {
    if (choices) broken(`a ${type} question has no choices; its answer is one line: ${type === 'numeric' ? '"= 42"' : '"= true" or "= false"'}`, choices.block.start);
    if (order) broken(`a ${type} question has no numbered list`, order.block.start);
    if (!answer) broken(`a ${type} question needs an answer line: ${type === 'numeric' ? '"= 42"' : '"= true" or "= false"'}`);
    else {
      at(answer.offset, 'answer');
      if (type === 'true-false') {
        if (answer.value === 'true' || answer.value === 'false') q2.answer = answer.value === 'true';
        else broken(`the answer of a true-false question is "= true" or "= false", found "= ${answer.value}"${booleanHint(answer.value)}`, answer.offset);
      } else {
        const n = readNumber(answer.value);
        if (n === undefined)
          broken(
            `the answer of a numeric question must be a number, found "= ${answer.value}"${numberHint(answer.value)}${explicit ? '' : '; a true-false answer is "= true" or "= false"'}`,
            answer.offset,
          );
        else q2.answer = n;
      }
    }
  } else if (type === 'order') {
    if (!order) {
      broken(choices ? 'an {order} question lists its items as a numbered list ("1. first", "2. second"), without checkboxes' : 'an {order} question needs its items as a numbered list, in the right order');
      return q2;
    }
    q2.items = order.items.map((it) => it.rec);
    at(order.block.start, 'items');
    if (answer) broken('an {order} question has no "=" answer line; the numbered list is the answer', answer.offset);
  } else if (type === 'cloze' || type === 'matching') {
    const other = choices?.block ?? order?.block ?? (answer && { start: answer.offset });
    if (other) broken(`a ${type} question has no ${choices ? 'choices' : order ? 'numbered list' : '"=" answer line'}: ${type === 'cloze' ? 'its answers are inside the [[blanks]]' : 'its answers are the "item -> target" list'}`, other.start);
    if (type === 'cloze') {
      if (clozeText) readClozeText(r, trimBlock(r.src.slice(clozeText.start, clozeText.end)), clozeText.start, q2, path);
      else if (!('text' in q2)) broken('a cloze question needs its text right after the heading, with the blanks in double brackets: "The talks open in [[Istanbul]]."');
    } else if (matchList) {
      let at = matchList.start;
      const lines = (matchList.token as Tokens.List).items.map((item) => {
        const start = r.src.indexOf(item.raw, at);
        at = start + item.raw.length;
        return itemLines(r, item, start)[0] ?? { text: '', offset: start };
      });
      readMatchList(r, lines, q2, path);
    } else if (!('items' in q2)) broken('a matching question needs its pairs as a list right after the heading: "- item -> its target"');
  }
  if (explanation.length) {
    const first = explanation[0]!;
    const last = explanation[explanation.length - 1]!;
    q2.explanation = readBlockText(r.src.slice(first.start, last.end));
    at(first.start, 'explanation');
  }
  return q2;
}

/** Where a validator problem's pointer was written: the longest known prefix. */
function placeOf(reading: Reading, path: string): { line: number; column: number } {
  let p = path;
  for (;;) {
    const hit = reading.places.get(p);
    if (hit) return hit;
    if (p === '') return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** Reads Recap Markdown into a validated article, or every problem with its line. Never throws. */
export function parseRecapMarkdown(text: string): MarkdownResult {
  try {
    if (typeof text !== 'string') return { ok: false, problems: [{ line: 1, message: `expected Recap Markdown text, found ${text === null ? 'null' : typeof text}` }] };
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_MARKDOWN_BYTES)
      return { ok: false, problems: [{ line: 1, message: `the file is ${(bytes / 1e6).toFixed(1)} MB; the limit is 1 MB` }] };
    if (text.trim() === '') return { ok: false, problems: [{ line: 1, message: 'the file is empty; a recap needs at least front matter (id, title) and a "# Summary" or a "# Quiz"' }] };
    const reading = readRecapMarkdown(text);
    const problems = [...reading.problems];
    const result = validateArticle(reading.record);
    if (!result.ok) {
      for (const p of result.problems) {
        if (reading.broken.some((b) => p.path === b || p.path.startsWith(b + '/'))) continue;
        // A repeat names the line of the first use rather than its JSON Pointer.
        const message = p.related ? p.message.replace(`(${p.related})`, `(line ${placeOf(reading, p.related).line})`) : p.message;
        problems.push({ ...placeOf(reading, p.path), path: p.path, message });
      }
    }
    if (problems.length) {
      problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
      return { ok: false, problems, input: reading.record };
    }
    return { ok: true, article: (result as { ok: true; article: Article }).article };
  } catch (error) {
    return { ok: false, problems: [{ line: 1, message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
