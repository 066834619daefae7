import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { RecapElement } from '../../shared/recap-element.js';
import { baseStyles } from '../../shared/base.styles.js';
import { formatDate } from '../../data/format.js';
import { renderInline } from '../../render/markdown.js';
import type { Article, Problem } from '../../data/types.js';
import { summaryStyles } from './recap-summary.styles.js';

/** The details of the events the element fires (`@fires` below), beside it for code generated from the manifest. */
export type { RecapLoadDetail, RecapErrorDetail } from '../../shared/events.js';

/**
 * A summary card of one article: headline, dek, key points, bottom line,
 * byline, source and date, how the summary was made, and a link to the article.
 *
 * @summary The article's key points as a card.
 * @tag recap-summary
 *
 * @fires {RecapLoadDetail} recap-load - The data from `src` or inline JSON is valid and shown. Detail: `{ article, source }`.
 * @fires {RecapErrorDetail} recap-error - The data from `src` or inline JSON could not be loaded or is invalid. Detail: `{ problems, source, leftOut? }` (leftOut: what was left out when the rest is still shown).
 *
 * @slot - An optional `<script type="application/json">` holding the article data.
 *
 * @csspart base - The card (also `error` or `placeholder` in those states).
 * @csspart image - The lead image.
 * @csspart heading - The headline.
 * @csspart dek - The standfirst under the headline.
 * @csspart points - The list of key points.
 * @csspart point - One key point.
 * @csspart takeaway - The bottom line.
 * @csspart meta - Byline, source and dates.
 * @csspart disclosure - How the summary was made.
 * @csspart read-more - The link to the full article.
 *
 * @cssprop [--recap-accent=#1d4ed8] - Accent colour: links, buttons, markers.
 * @cssprop [--recap-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--recap-text=inherit] - Text colour.
 * @cssprop [--recap-muted] - Secondary text colour.
 * @cssprop [--recap-surface=transparent] - Card background.
 * @cssprop [--recap-border] - Card border colour.
 * @cssprop [--recap-font-family=inherit] - Font family.
 * @cssprop [--recap-font-scale=1] - Multiplies every font size.
 * @cssprop [--recap-radius=0.5rem] - Corner radius.
 * @cssprop [--recap-space=1rem] - Base spacing.
 * @cssprop [--recap-reserved-block-size=22rem] - Height kept free while data loads from `src`.
 * @cssprop [--recap-link] - Link colour (defaults to the accent).
 * @cssprop [--recap-focus] - Focus outline colour (defaults to the accent).
 */
export class RecapSummary extends RecapElement {
  /** Reactive properties and their attributes (declared here rather than by decorators: no decorator code in the bundles). */
  static override properties: PropertyDeclarations = {
    pointsOnly: { attribute: 'points-only', type: Boolean, reflect: true },
  };

  static override readonly defaultTag = 'recap-summary';
  static override styles = [baseStyles, summaryStyles];
  protected readonly errorKey = 'errorSummary' as const;
  static override readonly part = '/summary';
  /** Nothing on it reacts to the reader: pre-rendered, it keeps the server's HTML until something changes it. */
  static override readonly takesOver = false;

  /**
   * Show only the key points, bottom line and disclosure, under a "Summary" heading: for an
   * article page, where the headline, standfirst, byline and image already stand above.
   */
  pointsOnly = false;

  protected override missingPart(article: Article): Problem | undefined {
    return article.summary ? undefined : { path: '/summary', message: 'this article has no summary' };
  }

  protected override shownText(article: Article): object {
    return [article.dek, article.summary];
  }

  protected renderReady(article: Article): TemplateResult {
    const t = this.t;
    const summary = article.summary!;
    const points = html`<ul part="points" class="points" aria-label=${t('keyPoints')}>
        ${summary.points.map((p) => html`<li part="point">${renderInline(p)}</li>`)}
      </ul>
      ${summary.takeaway
        ? html`<p part="takeaway" class="takeaway"><strong>${t('takeaway')}:</strong> ${renderInline(summary.takeaway)}</p>`
        : nothing}`;
    const disclosure = summary.disclosure ? html`<p part="disclosure" class="disclosure">${renderInline(summary.disclosure)}</p>` : nothing;
    if (this.pointsOnly) return html`${this.heading(t('summaryHeading'))}${points}${disclosure}`;
    const date = article.published ? formatDate(article.published, this.locale) : undefined;
    const updated = article.updated ? formatDate(article.updated, this.locale) : undefined;
    const meta = [
      article.byline ? html`<span>${this.withData('byline', { byline: article.byline })}</span>` : undefined,
      article.source
        ? html`<span>${article.source.url ? html`<a href=${article.source.url} rel="noopener noreferrer"><bdi>${article.source.name}</bdi></a>` : html`<bdi>${article.source.name}</bdi>`}</span>`
        : undefined,
      date && article.published ? html`<span><time datetime=${article.published}>${date}</time></span>` : undefined,
      updated && article.updated ? html`<span><time datetime=${article.updated}>${t('updated', { date: updated })}</time></span>` : undefined,
    ].filter((x) => x !== undefined);
    return html`
      ${article.image
        ? html`<figure class="image">
            <img part="image" src=${article.image.src} alt=${article.image.alt} loading="lazy" decoding="async" />
            ${article.image.credit ? html`<figcaption class="muted">${article.image.credit}</figcaption>` : nothing}
          </figure>`
        : nothing}
      <p class="eyebrow">${t('summaryHeading')}</p>
      ${this.heading(article.title)}
      ${article.dek ? html`<p part="dek" class="dek">${renderInline(article.dek)}</p>` : nothing}
      ${points}
      ${meta.length ? html`<p part="meta" class="meta muted">${meta.map((m, i) => html`${i ? html`<span aria-hidden="true"> · </span>` : nothing}${m}`)}</p>` : nothing}
      ${disclosure}
      ${article.url
        ? html`<p class="read-more"><a part="read-more" href=${article.url} rel="noopener noreferrer"
            >${article.source ? this.withData('readArticleAt', { source: article.source.name }) : t('readArticle')}</a
          ></p>`
        : nothing}
    `;
  }
}
