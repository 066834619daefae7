/** A plain sheet of every question for printing (hidden on screen); the answer key prints only with print-answer-key. */
import { html, type TemplateResult } from 'lit';
import type { Question } from '../../data/types.js';
import { renderInline } from '../../render/markdown.js';
import { kindOf, rightAnswerWords, type QuizContext } from './questions/index.js';

export function renderPrintSheet(questions: readonly Question[], ctx: QuizContext): TemplateResult {
  return html`<ol class="print-sheet" part="print-sheet" aria-hidden="true">
    ${questions.map(
      (q) => html`<li>
        <p>${renderInline(q.prompt)}</p>
        ${kindOf(q).print(q, ctx)}
        <p class="answer">${ctx.t('answerKey')}: ${rightAnswerWords(q, ctx)}</p>
      </li>`,
    )}
  </ol>`;
}
