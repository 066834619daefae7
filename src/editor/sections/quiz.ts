/** Section 4, the quiz: its title, pass mark, shuffling and result bands, and the questions. */
import { html, nothing, type TemplateResult } from 'lit';
import { pointer } from '../../data/check.js';
import type { QuestionType } from '../../data/types.js';
import { listAt, MAX_QUESTIONS, MAX_RESULTS, QUESTION_TYPES, SHUFFLES, type DraftQuestion } from '../draft.js';
import { controlId } from '../edit.js';
import { field, itemButtons, problemNotes, select, type FormContext } from '../form.js';
import { renderQuestion } from './question.js';

export interface QuizHandlers {
  addQuestion(type: QuestionType): void;
  removeQuestion(i: number): void;
}

export function renderQuiz(ctx: FormContext, h: QuizHandlers): TemplateResult {
  const t = ctx.t;
  const questions = listAt<DraftQuestion>(ctx.draft, ['quiz', 'questions']);
  return html`<section aria-labelledby="s-quiz">
    <h2 id="s-quiz">${t('stepQuiz')}</h2>
    ${problemNotes(ctx, '/quiz')} ${problemNotes(ctx, '/quiz/questions')}
    ${ctx.draft.quiz
      ? html`<div class="row">
            ${field(ctx, t('quizTitle'), ['quiz', 'title'])} ${field(ctx, t('passPercent'), ['quiz', 'passPercent'], { kind: 'number' })}
            ${select(ctx, t('shuffle'), ['quiz', 'shuffle'], SHUFFLES, (s) => t(`shuffle.${s}`), { fallback: 'none' })}
          </div>
          ${field(ctx, t('quizIntro'), ['quiz', 'intro'], { kind: 'multiline' })} ${renderResults(ctx)}`
      : nothing}
    ${questions.map((q, i) => renderQuestion(ctx, q, i, questions.length, () => h.removeQuestion(i)))}
    <div class="row" role="group" aria-labelledby="add-question-label">
      <span id="add-question-label">${t('addQuestionOfType')}</span>
      ${QUESTION_TYPES.map(
        (type) => html`<button type="button" id="add-question-${type}" ?disabled=${questions.length >= MAX_QUESTIONS} @click=${() => h.addQuestion(type)}>${t(`type.${type}`)}</button>`,
      )}
    </div>
  </section>`;
}

/** Result bands: from a score (percent) up, the words a reader gets. */
function renderResults(ctx: FormContext): TemplateResult {
  const t = ctx.t;
  const path = ['quiz', 'results'];
  const bands = listAt(ctx.draft, path);
  const base = controlId(pointer(path));
  return html`<fieldset id=${base} tabindex="-1">
    <legend>${t('results')}</legend>
    <p class="hint">${t('resultsHint')}</p>
    ${problemNotes(ctx, pointer(path))}
    ${bands.map((_, j) => {
      const what = t('band', { n: j + 1 });
      return html`<div class="band">
        <div class="row">
          ${field(ctx, t('bandFrom'), [...path, j, 'minPercent'], { kind: 'number', required: true })} ${field(ctx, t('bandText', { n: j + 1 }), [...path, j, 'text'], { required: true })}
        </div>
        ${itemButtons(
          ctx,
          path,
          j,
          bands.length,
          what,
          `${base}-band`,
          () => {
            if (bands.length === 1) ctx.update((d) => ({ ...d, quiz: { ...d.quiz, results: undefined } }), `#${base}-add`);
            else ctx.remove(path, j, what, (k) => pointer([...path, k, 'minPercent']), `#${base}-add`);
          },
          t('removeBand', { n: j + 1 }),
        )}
      </div>`;
    })}
    <button type="button" id="${base}-add" ?disabled=${bands.length >= MAX_RESULTS} @click=${() => ctx.add(path, { minPercent: 0, text: '' }, pointer([...path, bands.length, 'minPercent']))}>
      ${t('addBand')}
    </button>
  </fieldset>`;
}
