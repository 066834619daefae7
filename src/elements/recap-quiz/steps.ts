/** The two ways through the questions: one at a time with a check after each, or all on one page with one submit. */
import { html, nothing, type TemplateResult } from 'lit';
import { pointsOf, scoreQuiz, type Response } from '../../data/quiz.js';
import { shownPoints } from '../../data/format.js';
import type { Article, Question } from '../../data/types.js';
import type { QuizContext } from './questions/index.js';
import { renderFeedback } from './feedback.js';
import type { Keep } from './focus-controller.js';

/** The focus key of a question's number line, where focus lands on a new step. */
export const numberKey = (q: Question) => `question ${q.id}`;

export interface StepView extends QuizContext {
  readonly article: Article;
  readonly questions: readonly Question[];
  readonly answers: ReadonlyMap<string, Response>;
  /** The current question's position (one at a time). */
  readonly index: number;
  /** How many questions the last submit found unanswered (all at once). */
  readonly missing: number;
  /** A question with its controls; `response` once it is checked. */
  question(q: Question, response: Response | undefined): TemplateResult;
  readonly keep: Keep;
  onSubmit(e: Event): void;
}

/** "Question 3 of 8", with the points when a question is worth other than one. */
function renderNumber(view: StepView, q: Question, n: number, part?: string): TemplateResult {
  const { t } = view;
  return html`<p class="muted" part=${part ?? nothing} id=${`q-${q.id}`} tabindex="-1" ${view.keep(numberKey(q))}>
    ${t('questionOf', { n, total: view.questions.length })}${pointsOf(q) !== 1 ? html` · ${t('points', { count: pointsOf(q) })}` : nothing}
  </p>`;
}

export function renderOneAtATime(view: StepView): TemplateResult {
  const { t, questions } = view;
  const index = Math.min(view.index, questions.length - 1);
  const q = questions[index]!;
  const response = view.answers.get(q.id);
  const score = scoreQuiz(view.quiz, view.answers);
  const last = index === questions.length - 1;
  return html`
    <form class="question-form" method="dialog" @submit=${view.onSubmit} novalidate>
      <div class="progress" part="progress">
        ${renderNumber(view, q, index + 1)}
        <progress class="bar" aria-hidden="true" max=${questions.length} .value=${index + (response ? 1 : 0)}></progress>
      </div>
      ${view.question(q, response)}
      <div class="feedback" part="feedback" role="status">${response ? renderFeedback(q, response, view.article, view) : nothing}</div>
      <div class="actions">
        <button part="button" class="primary" type="submit" id="action" ${view.keep('action')}>${response ? (last ? t('seeResults') : t('next')) : t('check')}</button>
        <p class="score" part="score">${t('runningScore', { points: shownPoints(score.points, view.locale), max: score.maxPoints })}</p>
      </div>
    </form>
  `;
}

export function renderAllAtOnce(view: StepView): TemplateResult {
  const { t } = view;
  return html`
    <form class="question-form all" method="dialog" @submit=${view.onSubmit} novalidate>
      <ol class="all-questions">
        ${view.questions.map((q, i) => html`<li class="all-question">${renderNumber(view, q, i + 1, 'progress')} ${view.question(q, undefined)}</li>`)}
      </ol>
      <div class="actions">
        <button part="button" class="primary" type="submit" id="action">${t('checkAll')}</button>
        <p class="input-error" role="status">${view.missing ? t('stillToAnswer', { count: view.missing }) : nothing}</p>
      </div>
    </form>
  `;
}
