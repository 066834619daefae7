/** The end of the quiz: the score, the pass mark, the results band, "try again", and the review. */
import { html, nothing, type TemplateResult } from 'lit';
import { classNames } from '../../shared/class-names.js';
import { formatNumber, shownPoints } from '../../data/format.js';
import { scoreQuiz, type Response } from '../../data/quiz.js';
import type { Article, Question } from '../../data/types.js';
import { renderInline } from '../../render/markdown.js';
import type { QuizContext } from './questions/index.js';
import { renderReview } from './review.js';
import type { Keep } from './focus-controller.js';

export interface ResultsView extends QuizContext {
  readonly article: Article;
  readonly questions: readonly Question[];
  readonly answers: ReadonlyMap<string, Response>;
  /** A heading at the host's level plus `depth`. */
  heading(content: unknown, depth: number, part: string): TemplateResult;
  /** Keeps an element for focus (FocusController); the score line is kept as "results", where focus goes when they appear. */
  readonly keep: Keep;
  onRetry(): void;
}

export function renderResults(view: ResultsView): TemplateResult {
  const { t, locale, quiz } = view;
  const score = scoreQuiz(quiz, view.answers);
  const percent = formatNumber(score.percent, locale, { style: 'percent', maximumFractionDigits: 0 });
  const passed = score.passed;
  return html`<section part="results" class="results">
    ${view.heading(html`<span id="results" tabindex="-1" ${view.keep('results')}>${t('finalScore', { points: shownPoints(score.points, locale), max: score.maxPoints, percent })}</span>`, 1, 'results-heading')}
    ${passed === undefined
      ? nothing
      : html`<p class="pass ${classNames({ correct: passed, incorrect: !passed })}">
          ${passed ? t('passed') : t('failed', { percent: formatNumber(quiz.passPercent ?? 0, locale, { style: 'percent', maximumFractionDigits: 1 }) })}
        </p>`}
    ${score.band ? html`<p class="band">${renderInline(score.band.text)}</p>` : nothing}
    <button part="retry" class="secondary" type="button" @click=${view.onRetry}>${t('startOver')}</button>
    ${view.heading(t('review'), 1, 'review-heading')}
    ${renderReview(view.questions, view.answers, view.article, view)}
  </section>`;
}
