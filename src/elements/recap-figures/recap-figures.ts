import { html, nothing, type TemplateResult } from 'lit';
import { RecapElement } from '../../shared/recap-element.js';
import { baseStyles } from '../../shared/base.styles.js';
import { formatDate, formatFigureValue } from '../../data/format.js';
import { renderInline } from '../../render/markdown.js';
import { renderEvidence } from '../../render/evidence.js';
import type { Article, Figure } from '../../data/types.js';
import { figuresStyles } from './recap-figures.styles.js';

/** The details of the events the element fires (`@fires` below), beside it for code generated from the manifest. */
export type { RecapLoadDetail, RecapErrorDetail } from '../../shared/events.js';

/**
 * The article's key figures: each number formatted for the article's language
 * with its qualifier ("at least 12"), what it counts, who says so and how far it
 * is established ("claimed by Ukraine · disputed"), and the sentence it comes from.
 * Claims read "reported by", "claimed by" or "confirmed by"; a disputed claim reads
 * "claimed by … · disputed".
 *
 * @summary Key figures, formatted for the locale, with who claims them.
 * @tag recap-figures
 *
 * @fires {RecapLoadDetail} recap-load - The data from `src` or inline JSON is valid and shown. Detail: `{ article, source }`.
 * @fires {RecapErrorDetail} recap-error - The data from `src` or inline JSON could not be loaded or is invalid. Detail: `{ problems, source, leftOut? }` (leftOut: what was left out when the rest is still shown).
 *
 * @slot - An optional `<script type="application/json">` holding the article data.
 *
 * @csspart base - The panel (also `error` or `placeholder` in those states).
 * @csspart heading - The panel's heading.
 * @csspart list - The list of figures.
 * @csspart figure - One figure.
 * @csspart value - The formatted number with its qualifier.
 * @csspart label - What the number counts.
 * @csspart claim - Who says so and how established it is.
 * @csspart status - The "disputed" badge on a figure whose claim is disputed.
 * @csspart as-of - When the figure was true.
 * @csspart evidence - The sentence of the article the figure comes from.
 *
 * @cssprop [--recap-accent=#1d4ed8] - Accent colour.
 * @cssprop [--recap-text=inherit] - Text colour.
 * @cssprop [--recap-muted] - Secondary text colour.
 * @cssprop [--recap-surface=transparent] - Panel background.
 * @cssprop [--recap-border] - Border colour.
 * @cssprop [--recap-font-family=inherit] - Font family.
 * @cssprop [--recap-font-scale=1] - Multiplies every font size.
 * @cssprop [--recap-radius=0.5rem] - Corner radius.
 * @cssprop [--recap-space=1rem] - Base spacing.
 * @cssprop [--recap-figure-min-width=11rem] - Narrowest a figure tile gets before the grid wraps.
 * @cssprop [--recap-reserved-block-size=18rem] - Height kept free while data loads from `src`.
 * @cssprop [--recap-link] - Link colour (defaults to the accent).
 * @cssprop [--recap-focus] - Focus outline colour (defaults to the accent).
 * @cssprop [--recap-incorrect=#b91c1c] - Colour of the "disputed" badge.
 */
export class RecapFigures extends RecapElement {
  static override readonly defaultTag = 'recap-figures';
  static override styles = [baseStyles, figuresStyles];
  protected readonly errorKey = 'errorFigures' as const;
  static override readonly part = '/figures';
  /** Nothing on it reacts to the reader: pre-rendered, it keeps the server's HTML until something changes it. */
  static override readonly takesOver = false;

  protected override shownText(article: Article): object {
    return article.figures ?? [];
  }

  protected renderReady(article: Article): TemplateResult {
    const figures = article.figures ?? [];
    return html`
      ${this.heading(this.t('figuresHeading'))}
      <ul part="list" class="list" role="list">
        ${figures.map((f) => this.renderFigure(f, article))}
      </ul>
    `;
  }

  private renderFigure(figure: Figure, article: Article): TemplateResult {
    const t = this.t;
    const value = formatFigureValue(figure, this.locale, (q, n) => t(`qualifier.${q}`, { n }));
    return html`<li part="figure" class="figure">
      <p class="value" part="value"><bdi>${value}</bdi></p>
      <p class="label" part="label">${renderInline(figure.label)}</p>
      ${figure.claim
        ? html`<p class="claim" part="claim">
            <span>${this.withData(`claim.${figure.claim.status}`, { by: figure.claim.by })}</span>
            ${figure.claim.status === 'disputed'
              ? html`<span aria-hidden="true"> · </span><span class="status status-disputed" part="status">${t('disputed')}</span>`
              : nothing}
            ${figure.claim.note ? html`<span class="note muted">${renderInline(figure.claim.note)}</span>` : nothing}
          </p>`
        : nothing}
      ${figure.asOf ? html`<p class="as-of muted" part="as-of">${t('asOf', { date: formatDate(figure.asOf, this.locale) })}</p>` : nothing}
      ${figure.evidence
        ? html`<details class="source">
            <summary>${t('sourceQuote')}</summary>
            ${renderEvidence(figure.evidence, article, { sourceQuote: '', openAtSentence: t('openAtSentence') })}
          </details>`
        : nothing}
    </li>`;
  }
}
