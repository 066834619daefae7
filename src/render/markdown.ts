/**
 * The only place where text from data becomes markup. Markdown is lexed by
 * marked (never parsed to HTML; loaded when data has Markdown in it, see lex.ts), each token is checked against a small
 * allowlist, and allowed tokens become Lit templates; Lit sets all text as
 * text nodes and all attribute values as values, so nothing in the data can
 * become an element, an attribute name or a script. Anything outside the
 * allowlist (raw HTML, images, headings, code blocks...) is shown as its
 * source text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Token, Tokens } from 'marked';
import { lexBlockTokens, lexInlineTokens, markedReady } from './lex.js';

/** What renderers return: Lit templates, text, or lists of them. */
export type Part = TemplateResult | string | typeof nothing | readonly Part[];

/** URL schemes a link may use; everything else renders as plain text. */
export const ALLOWED_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

/** Returns a safe absolute href, or undefined when the link must not be a link. */
export function safeHref(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return ALLOWED_SCHEMES.includes(url.protocol) ? url.href : undefined;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references marked leaves in text tokens. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

// Lexing is the costly step; the same strings render again on every update.
const CACHE_LIMIT = 500;
const inlineCache = new Map<string, Token[]>();
const blockCache = new Map<string, Token[]>();

function cached(cache: Map<string, Token[]>, source: string, lex: (s: string) => Token[]): Token[] {
  // Before marked is here, text is text (no lexing to save), and nothing is kept for later.
  if (!markedReady()) return lex(source);
  let tokens = cache.get(source);
  if (!tokens) {
    tokens = lex(source);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(source, tokens);
  }
  return tokens;
}

const lexInline = (s: string) => cached(inlineCache, s, lexInlineTokens);
const lexBlock = (s: string) => cached(blockCache, s, lexBlockTokens);

/** How text becomes a part: as it is, or with its holes filled (renderWithHoles). */
let textPart: (text: string) => Part = (text) => text;

function inlineToken(token: Token): Part {
  switch (token.type) {
    case 'text': {
      const t = token as Tokens.Text;
      return t.tokens ? t.tokens.map(inlineToken) : textPart(decodeEntities(t.text));
    }
    case 'escape':
      return (token as Tokens.Escape).text;
    case 'strong':
      return html`<strong>${inlineTokens((token as Tokens.Strong).tokens)}</strong>`;
    case 'em':
      return html`<em>${inlineTokens((token as Tokens.Em).tokens)}</em>`;
    case 'codespan':
      return html`<code>${(token as Tokens.Codespan).text}</code>`;
    case 'br':
      return html`<br />`;
    case 'link': {
      const link = token as Tokens.Link;
      const href = safeHref(link.href);
      if (!href) return link.raw;
      return html`<a href=${href} rel="noopener noreferrer">${inlineTokens(link.tokens)}</a>`;
    }
    default:
      // html, image, del and anything marked adds later: the source, as text.
      return token.raw;
  }
}

const inlineTokens = (tokens: readonly Token[] | undefined): Part[] => (tokens ?? []).map(inlineToken);

/** Renders inline markdown: emphasis, strong, code spans and http/https/mailto links. */
export function renderInline(source: string | undefined): Part[] | typeof nothing {
  if (!source) return nothing;
  return inlineTokens(lexInline(source));
}

/**
 * Renders inline markdown with `text` deciding how each run of plain text becomes parts (a cloze
 * question puts its blanks in where the text holds a placeholder character).
 */
export function renderInlineWith(source: string, text: (plain: string) => Part): Part[] {
  const outer = textPart;
  textPart = text;
  try {
    return inlineTokens(lexInline(source));
  } finally {
    textPart = outer;
  }
}

function blockToken(token: Token): Part {
  switch (token.type) {
    case 'paragraph':
      return html`<p>${inlineTokens((token as Tokens.Paragraph).tokens)}</p>`;
    case 'text': {
      const t = token as Tokens.Text;
      return html`<p>${t.tokens ? inlineTokens(t.tokens) : decodeEntities(t.text)}</p>`;
    }
    case 'list': {
      const list = token as Tokens.List;
      const items = list.items.map((item) => html`<li>${item.tokens.map(listItemToken)}</li>`);
      return list.ordered
        ? html`<ol start=${typeof list.start === 'number' ? list.start : 1}>${items}</ol>`
        : html`<ul>${items}</ul>`;
    }
    case 'space':
      return nothing;
    default:
      // headings, quotes, code blocks, tables, html: the source, as a plain paragraph.
      return html`<p>${token.raw.trim()}</p>`;
  }
}

/** Inside a list item, text is not wrapped in a paragraph (tight lists). */
function listItemToken(token: Token): Part {
  if (token.type === 'text') {
    const t = token as Tokens.Text;
    return t.tokens ? inlineTokens(t.tokens) : decodeEntities(t.text);
  }
  return blockToken(token);
}

/** Renders block markdown: inline markdown plus paragraphs and bullet/numbered lists. */
export function renderBlock(source: string | undefined): Part[] | typeof nothing {
  if (!source) return nothing;
  return lexBlock(source).map(blockToken);
}

/** Plain text of inline markdown, for aria-labels and titles. */
export function plainInline(source: string | undefined): string {
  if (!source) return '';
  const text = (tokens: readonly Token[] | undefined): string =>
    (tokens ?? [])
      .map((t) => {
        if (t.type === 'text') return (t as Tokens.Text).tokens ? text((t as Tokens.Text).tokens) : decodeEntities((t as Tokens.Text).text);
        if (t.type === 'escape' || t.type === 'codespan') return (t as Tokens.Escape).text;
        if (t.type === 'strong' || t.type === 'em' || (t.type === 'link' && safeHref((t as Tokens.Link).href)))
          return text((t as Tokens.Strong).tokens);
        return t.raw;
      })
      .join('');
  return text(lexInline(source));
}
