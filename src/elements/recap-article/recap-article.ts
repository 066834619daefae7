import { css, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html } from 'lit/static-html.js';
import { RecapElement, useTakeOver } from '../../shared/recap-element.js';
import { takeOver } from '../../shared/hydrate.js';
import { loadBoth } from '../../shared/load-both.js';
import { baseStyles } from '../../shared/base.styles.js';
import type { Article } from '../../data/types.js';
import type { XapiAgent } from '../../data/xapi.js';
import { definedTag } from '../../render/element-tag.js';
import { RecapSummary } from '../recap-summary/recap-summary.js';
import { RecapFigures } from '../recap-figures/recap-figures.js';
import { RecapQuiz } from '../recap-quiz/recap-quiz.js';
import { kindsToLoad } from '../recap-quiz/questions/index.js';
import { markdownToLoad } from '../../render/lex.js';

/** The details of the events the element fires (`@fires` below), beside it for code generated from the manifest. */
export type { RecapLoadDetail, RecapErrorDetail, RecapAnswerDetail, RecapCompleteDetail } from '../../shared/events.js';

/**
 * The summary, the key figures and the quiz of one article, from one data
 * source. Each appears only when the data has it (a quiz-only record shows
 * the quiz). Wider than 56rem, summary and figures sit side by side.
 *
 * Every option of `<recap-quiz>` (`mode`, `persist`, `print-answer-key`, `xapiActor`)
 * can be set here too and is passed on to the quiz.
 *
 * @summary Summary, figures and quiz together.
 * @tag recap-article
 *
 * @fires {RecapLoadDetail} recap-load - The data from `src` or inline JSON is valid and shown. Detail: `{ article, source }`.
 * @fires {RecapErrorDetail} recap-error - The data from `src` or inline JSON could not be loaded or is invalid. Detail: `{ problems, source, leftOut? }` (leftOut: what was left out when the rest is still shown).
 * @fires {RecapAnswerDetail} recap-answer - Bubbles up from the quiz.
 * @fires {RecapCompleteDetail} recap-complete - Bubbles up from the quiz.
 *
 * @slot - An optional `<script type="application/json">` holding the article data.
 *
 * @csspart base - The wrapper (also `error` or `placeholder` in those states).
 * @csspart summary - The `<recap-summary>` inside.
 * @csspart figures - The `<recap-figures>` inside.
 * @csspart quiz - The `<recap-quiz>` inside.
 *
 * @cssprop [--recap-gap=1.5rem] - Space between the three widgets.
 * @cssprop [--recap-reserved-block-size=60rem] - Height kept free while data loads from `src`.
 * @cssprop [--recap-link] - Link colour (defaults to the accent).
 * @cssprop [--recap-focus] - Focus outline colour (defaults to the accent).
 * @cssprop [--recap-accent=#1d4ed8] - Accent colour, passed to all three widgets.
 * @cssprop [--recap-surface=transparent] - Card background of all three widgets.
 * @cssprop [--recap-font-family=inherit] - Font family of all three widgets.
 */
export class RecapArticle extends RecapElement {
  // Pre-rendered, it is taken over when the reader nears or touches it (and its children with it).
  static {
    useTakeOver(takeOver);
  }
  /** Reactive properties and their attributes (declared here rather than by decorators: no decorator code in the bundles). */
  static override properties: PropertyDeclarations = {
    noQuiz: { attribute: 'no-quiz', type: Boolean },
    pointsOnly: { attribute: 'points-only', type: Boolean, reflect: true },
    mode: {},
    persist: {},
    printAnswerKey: { attribute: 'print-answer-key', type: Boolean },
    xapiActor: { attribute: false },
  };

  static override readonly defaultTag = 'recap-article';
  static override styles = [
    baseStyles,
    css`
      :host {
        --_default-reserve: 60rem;
      }
      .base.layout {
        border: 0;
        padding: 0;
        background: none;
        display: grid;
        gap: var(--recap-gap, 1.5rem);
      }
      @container (min-width: 56rem) {
        .base.layout.has-figures {
          grid-template-columns: 3fr 2fr;
        }
        [part='quiz'] {
          grid-column: 1 / -1;
        }
      }
    `,
  ];
  protected readonly errorKey = 'errorArticle' as const;

  /** Show the quiz (when the data has one). Set `no-quiz` to leave it out. */
  noQuiz = false;

  /** Show only the summary's points, bottom line and disclosure (see `<recap-summary points-only>`). */
  pointsOnly = false;

  /** Passed on to the quiz: `one-at-a-time` (default), one question per step; `all`, every question on one page. */
  mode: 'one-at-a-time' | 'all' = 'one-at-a-time';

  /** Passed on to the quiz: `local` (default) saves progress in this browser; `none` keeps nothing after the page closes. */
  persist: 'local' | 'none' = 'local';

  /** Passed on to the quiz: a printed quiz includes the answer key. */
  printAnswerKey = false;

  /** Passed on to the quiz: who answers (`actor` in its events, for xAPI statements). */
  xapiActor?: XapiAgent;

  protected override readyClass(article: Article): string {
    return article.figures?.length ? 'layout has-figures' : 'layout';
  }

  /** It shows no text of its own: each widget inside waits for what its own text needs (marked), not all three for one. */
  protected override shownText(): object {
    return [];
  }

  /**
   * Pre-rendered, its widgets take over with it: what their text and question types need is
   * loaded first, and when it cannot be, the whole recap renders anew (each widget then shows
   * what it can, or its error line) rather than fail to take the server's HTML over.
   */
  protected override codeToTakeOver(article: Article): (() => Promise<unknown>) | undefined {
    return loadBoth(markdownToLoad(article), article.quiz && kindsToLoad(article.quiz));
  }

  protected renderReady(article: Article): TemplateResult {
    const level = this.level;
    // The children render at once, since this element already decided when to render;
    // each under the tag it was defined with (see RecapElement.define).
    const [summary, figures, quiz] = [RecapSummary, RecapFigures, RecapQuiz].map((child) => definedTag(child, child.defaultTag));
    return html`
      ${article.summary
        ? html`<${summary} loading="eager" theme=${this.theme ?? nothing} part="summary" .article=${article} .messages=${this.messages} heading-level=${level} ?points-only=${this.pointsOnly}></${summary}>`
        : nothing}
      ${article.figures?.length
        ? html`<${figures} loading="eager" theme=${this.theme ?? nothing} part="figures" .article=${article} .messages=${this.messages} heading-level=${level}></${figures}>`
        : nothing}
      ${article.quiz && !this.noQuiz
        ? html`<${quiz} mode=${this.mode} persist=${this.persist} ?print-answer-key=${this.printAnswerKey} .xapiActor=${this.xapiActor}
            loading="eager" theme=${this.theme ?? nothing} part="quiz" .article=${article} .messages=${this.messages} heading-level=${level}></${quiz}>`
        : nothing}
    `;
  }
}
