/** The review under the results: every question with the reader's answer, the right one and why. */
import { html, nothing, type TemplateResult } from 'lit';
import { classNames } from '../../shared/class-names.js';
import { isCorrect, type Response } from '../../data/quiz.js';
import type { Article, Question } from '../../data/types.js';
import { renderInline } from '../../render/markdown.js';
import { answerWords, rightAnswerWords, type QuizContext } from './questions/index.js';
import { renderExplanation, renderVerdict } from './feedback.js';

export function renderReview(questions: readonly Question[], answers: ReadonlyMap<string, Response>, article: Article, ctx: QuizContext): TemplateResult {
  const { t } = ctx;
  return html`<ol part="review" class="review">
    ${questions.map((q) => {
      const r = answers.get(q.id);
      const correct = r ? isCorrect(q, r) : false;
      return html`<li class="review-item ${classNames({ correct, incorrect: !correct })}">
        <p class="prompt">${renderInline(q.prompt)}</p>
        ${renderVerdict(correct, ctx, r ? html`<span>${t('yourAnswerIs', { answer: answerWords(q, r, ctx) })}</span>` : nothing, q, r)}
        ${correct ? nothing : html`<p>${t('rightAnswer', { answer: rightAnswerWords(q, ctx) })}</p>`}
        ${renderExplanation(q, article, ctx)}
      </li>`;
    })}
  </ol>`;
}
