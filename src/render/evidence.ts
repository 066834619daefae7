/** Renders an evidence quote, linked to the article at that sentence when the article has a url. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Article, Evidence } from '../data/types.js';
import { textFragmentUrl } from '../data/evidence.js';
import { safeHref } from './markdown.js';

export function renderEvidence(
  evidence: Evidence | undefined,
  article: Article,
  labels: { sourceQuote: string; openAtSentence: string },
): TemplateResult | typeof nothing {
  if (!evidence) return nothing;
  const href = article.url ? safeHref(textFragmentUrl(article.url, evidence.quote)) : undefined;
  return html`<figure class="evidence" part="evidence">
    <figcaption class="eyebrow">${labels.sourceQuote}</figcaption>
    <blockquote cite=${article.url ?? nothing}><p>${evidence.quote}</p></blockquote>
    ${href ? html`<a class="evidence-link" href=${href} rel="noopener noreferrer">${labels.openAtSentence}</a>` : nothing}
  </figure>`;
}
