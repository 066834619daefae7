/** The frame every question shares: a fieldset with the prompt as its legend, the kind's controls, and the error line. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from '../../../data/types.js';
import { renderInline } from '../../../render/markdown.js';
import { kindOf } from './index.js';
import type { QuestionContext } from './kind.js';

/** The focus key of a question's fieldset; focus goes to its first control when an answer is missing. */
export const controlsKey = (q: Question) => `controls ${q.id}`;
export const firstControl = (fieldset: Element) => fieldset.querySelector('input, select, button');

export function renderQuestion(q: Question, ctx: QuestionContext): TemplateResult {
  const errorId = `err-${q.id}`;
  return html`
    <fieldset part="question" class="question type-${q.type}" aria-describedby=${ctx.error ? errorId : nothing} ${ctx.keep(controlsKey(q))}>
      <legend part="prompt" class="prompt">${renderInline(q.prompt)}</legend>
      ${kindOf(q).render(q, ctx)}
    </fieldset>
    <p class="input-error" id=${errorId} ?hidden=${!ctx.error}>${ctx.error ?? ''}</p>
  `;
}
