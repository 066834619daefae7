/**
 * A plain sheet of every question, hidden on screen: it prints instead of the interactive quiz,
 * and it is what readers without JavaScript see of a pre-rendered quiz, with a line saying why
 * answers cannot be checked. The answer key is in it only with print-answer-key, so the HTML
 * never shows a right answer otherwise.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '../../data/types.js';
import { renderInline } from '../../render/markdown.js';
import { kindOf, rightAnswerWords, type QuizContext } from './questions/index.js';

export function renderPrintSheet(questions: readonly Question[], ctx: QuizContext, answerKey: boolean): TemplateResult {
  return html`<p class="needs-script" part="needs-script">${ctx.t('needsScript')}</p>
    <ol class="print-sheet" part="print-sheet">
      ${questions.map(
        (q) => html`<li>
          <p>${renderInline(q.prompt)}</p>
          ${kindOf(q).print(q, ctx)}
          ${answerKey ? html`<p class="answer">${ctx.t('answerKey')}: ${rightAnswerWords(q, ctx)}</p>` : nothing}
        </li>`,
      )}
    </ol>`;
}
