/**
 * The machinery every part of the Recap Markdown reader shares: the Reader (problems with their
 * line and column, where each field was written), a document's top-level blocks with their
 * offsets, a block's lines, and how a multi-line field's text is kept.
 */
import { Lexer, type Token } from 'marked';
import { pointer } from '../data/validate.js';
import { readText } from './syntax.js';

/** One thing wrong with a Recap Markdown file: where (line, column from 1) and what. */
export interface MarkdownProblem {
  line: number;
  column?: number;
  /** The JSON Pointer of the field, when the problem comes from the contract's validator. */
  path?: string;
  message: string;
}


/** A field's text written on one line: its Markdown as written, or the escaped form. */
export const ESCAPED_OR_TEXT = (raw: string): string => readText(raw.trim());

export type Path = (string | number)[];
export type Rec = Record<string, unknown>;
export interface Block {
  token: Token;
  start: number;
  end: number;
}

/** Own, enumerable, plain property, even for a key such as "__proto__". */
export function put(obj: Rec, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The reading of a document before validation: the record, problems, and where each field was written. */
export interface Reading {
  record: Rec;
  problems: MarkdownProblem[];
  /** JSON Pointer -> 1-based line and column. */
  places: Map<string, { line: number; column: number }>;
  /** Pointers of parts that could not be read; validator problems inside them are noise. */
  broken: string[];
}

export class Reader {
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
export function blocksOf(src: string, base: number): Block[] {
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
export function linesOf(src: string, start: number, end: number): { text: string; offset: number }[] {
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

/** A whole multi-line field: its Markdown as written, or the escaped form. */
export function readBlockText(raw: string): string {
  const text = trimBlock(raw);
  return readText(text);
}
