/**
 * The embed snippet a publisher pastes into a page: the script tag, the element, and the
 * article as inline JSON. Inside <script> the HTML parser ends the element at "</script"
 * and treats "<!--" specially, whatever JSON thinks; every "<" (and ">", "&", and the line
 * separators JavaScript once rejected) is written as a \u escape, which JSON reads back as
 * the same character, so no data can end or change the script.
 */
import type { Article } from '../data/types.js';

/** JSON that is safe inside an HTML <script> element. */
export function scriptSafeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export type EmbedElement = 'recap-article' | 'recap-summary' | 'recap-figures' | 'recap-quiz';

/** The snippet: `<script type="module" src=…>`, the element, and the data inside it. */
export function embedSnippet(article: Article, scriptUrl: string, element: EmbedElement = 'recap-article'): string {
  return [
    `<script type="module" src="${attr(scriptUrl)}"></script>`,
    `<${element}>`,
    `  <script type="application/json">${scriptSafeJson(article)}</script>`,
    `</${element}>`,
  ].join('\n');
}
