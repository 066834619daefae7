/**
 * The embed snippet a publisher pastes into a page: the script tag, the element, and the
 * article as inline JSON, written by src/render/json-script.ts so no data can end the script.
 */
import type { Article } from '../data/types.js';
import { attributeValue as attr, scriptSafeJson } from '../render/json-script.js';

export { scriptSafeJson };

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
