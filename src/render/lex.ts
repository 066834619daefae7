/**
 * How text from data becomes Markdown tokens. marked is the Markdown parser; it is loaded the
 * first time a widget's data holds a string with Markdown syntax in it (the script-tag bundles
 * fetch it from next to themselves, a bundler splits it out of the npm modules). Text with
 * none of the characters Markdown gives a meaning to (`plainText`) is one text token: the
 * tokens marked itself returns for it (test/node/plain-text-tokens.test.mjs checks that
 * against marked), so a page whose data is plain text never fetches marked, and a page that
 * renders with marked and one that does not render the same templates.
 */
import type { Lexer as MarkedLexer, Token } from 'marked';

let lexer: typeof MarkedLexer | undefined;
let loading: Promise<void> | undefined;

/**
 * Characters or runs that can make marked's inline lexer return anything but the text itself:
 * escapes, emphasis, code, links and images (`[`), raw HTML and autolinks (`<`), strikethrough, hard breaks, and GFM's
 * bare links (`www.`, `://`), e-mail addresses (`@`), and numeric character references (`&#42;`
 * is an asterisk marked reads as text; named ones such as `&amp;` it leaves as they are).
 */
const INLINE_SYNTAX = /[\\*_`[\]<~@\n\r]|&#|:\/\/|www\./i;
/**
 * What more a block can start with: indented code, quotes, setext underlines, headings and list
 * markers (only with the space marked needs after them: "#1", "-3 %", "2.4 million" are text),
 * rules. (Fences, `*` and `_` rules and lists, and HTML blocks start with inline syntax.)
 */
const BLOCK_START = /^(?:\s|>|=|#{1,6}(?:\s|$)|[+-](?:\s|$)|-\s*-\s*-|\d{1,9}[.)](?:\s|$))/;

/** Whether `text` reads as itself in Markdown: inline, and (`block`) as one paragraph. */
export function plainText(text: string, block = false): boolean {
  return !INLINE_SYNTAX.test(text) && !(block && BLOCK_START.test(text));
}

const textToken = (text: string): Token => ({ type: 'text', raw: text, text, escaped: false });

/** Tokens of inline Markdown (marked's `lexInline`). */
export function lexInlineTokens(source: string): Token[] {
  if (plainText(source) || !lexer) return [textToken(source)];
  return lexer.lexInline(source, { gfm: true });
}

/** Tokens of block Markdown (marked's `lex`). */
export function lexBlockTokens(source: string): Token[] {
  if (plainText(source, true) || !lexer) return [{ type: 'paragraph', raw: source, text: source, tokens: [textToken(source)] }];
  return lexer.lex(source, { gfm: true });
}

/** Whether marked is here (loaded, or given by `useMarked`). */
export const markedReady = (): boolean => lexer !== undefined;

/** Loads marked; a failed load (offline, a CDN without the file) is tried again next time. */
export function loadMarked(): Promise<void> {
  return (loading ??= import('marked').then(
    ({ Lexer }) => useMarked(Lexer),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** Gives the lexer at once, for code that has marked anyway (a server). */
export function useMarked(given: typeof MarkedLexer): void {
  lexer ??= given;
}

/** Keys of the contract whose strings no widget renders as Markdown: the body (read for quotes, never shown), links and images. */
const NOT_SHOWN = new Set(['body', 'url', 'src']);

/**
 * Whether any string in `value` (data, or part of it) has Markdown in it, but for keys no widget
 * shows as Markdown. Walked anew each time (about 0.5 ms for a plain quiz of a hundred questions, and only until marked
 * is here): an answer remembered by object would miss Markdown put into data changed in place.
 */
export function hasMarkdown(value: unknown): boolean {
  if (typeof value === 'string') return !plainText(value, true);
  if (!value || typeof value !== 'object') return false;
  return Array.isArray(value) ? value.some(hasMarkdown) : Object.entries(value).some(([key, v]) => !NOT_SHOWN.has(key) && hasMarkdown(v));
}

/**
 * What loads marked when the strings of `data` (an article, or part of one) hold Markdown
 * syntax and marked is not here yet; undefined when nothing needs loading.
 */
export function markdownToLoad(data: object): (() => Promise<void>) | undefined {
  return lexer || !hasMarkdown(data) ? undefined : loadMarked;
}
