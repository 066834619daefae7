/** One question of the quiz: its prompt, what it asks for by type, points, explanation, id and evidence. */
import { html, nothing, type TemplateResult } from 'lit';
import { pointer } from '../../data/check.js';
import { listAt, MAX_CHOICES, MAX_ITEMS, setIn, type DraftQuestion, type Path } from '../draft.js';
import { controlId, nextChoiceId } from '../edit.js';
import { describedBy, evidence, field, itemButtons, problemNotes, select, type FormContext } from '../form.js';

/** The sections of the rarer question types, loaded the first time a draft has one. */
let kinds: typeof import('./question-kinds.js') | undefined;
let kindsLoading: Promise<unknown> | undefined;
export const loadQuestionKinds = () =>
  (kindsLoading ??= import('./question-kinds.js').then(
    (m) => void (kinds = m),
    // The rest of the form keeps working; these questions' own fields stay out (the JSON keeps them).
    (error: unknown) => console.warn(`recap-widgets: the editor's cloze and matching sections could not be loaded (${error instanceof Error ? error.message : String(error)}).`),
  ));

/** A cloze or matching question's own fields, or nothing until their code is here (the form renders again then). */
function renderKind(ctx: FormContext, q: DraftQuestion, path: Path): TemplateResult | typeof nothing {
  if (q.type !== 'cloze' && q.type !== 'matching') return nothing;
  if (!kinds) {
    ctx.renderWhen(loadQuestionKinds());
    return nothing;
  }
  return q.type === 'cloze' ? kinds.renderCloze(ctx, q, path) : kinds.renderMatching(ctx, path);
}

export function renderQuestion(ctx: FormContext, q: DraftQuestion, i: number, count: number, remove: () => void): TemplateResult {
  const t = ctx.t;
  const path = ['quiz', 'questions', i];
  const what = t('question', { n: i + 1, type: t(`type.${q.type}`) });
  return html`<fieldset id=${controlId(pointer(path))} tabindex="-1">
    <legend>${what}</legend>
    ${problemNotes(ctx, pointer(path))} ${field(ctx, t('prompt'), [...path, 'prompt'], { kind: 'multiline', required: true })}
    ${q.type === 'single' || q.type === 'multiple' ? renderChoices(ctx, q, path) : nothing} ${q.type === 'order' ? renderItems(ctx, path) : nothing}
    ${renderKind(ctx, q, path)}
    ${q.type === 'true-false'
      ? select(ctx, t('answer'), [...path, 'answer'], ['true', 'false'] as const, (v) => t(v), { fallback: String(q.answer) === 'false' ? 'false' : 'true', keep: (v) => v === 'true' })
      : nothing}
    ${q.type === 'numeric'
      ? html`<div class="row">
            ${field(ctx, t('answer'), [...path, 'answer'], { kind: 'number', required: true })} ${field(ctx, t('tolerance'), [...path, 'tolerance'], { kind: 'number' })}
          </div>
          ${q.figure ? html`<p class="hint">${t('linkedFigure', { id: String(q.figure) })}</p>` : nothing}${problemNotes(ctx, pointer([...path, 'figure']))}`
      : nothing}
    <div class="row">${field(ctx, t('points'), [...path, 'points'], { kind: 'number' })} ${field(ctx, t('id'), [...path, 'id'], { required: true })}</div>
    ${field(ctx, t('explanation'), [...path, 'explanation'], { kind: 'multiline' })} ${evidence(ctx, path)}
    ${itemButtons(ctx, ['quiz', 'questions'], i, count, what, 'question', remove, t('removeQuestion', { n: i + 1 }))}
  </fieldset>`;
}

function renderChoices(ctx: FormContext, q: Extract<DraftQuestion, { type: 'single' | 'multiple' }>, path: Path): TemplateResult {
  const t = ctx.t;
  const choicesPath = [...path, 'choices'];
  const choices = listAt<{ id?: string }>(ctx.draft, choicesPath);
  const answers: string[] = q.type === 'single' ? [String(q.answer)] : (q.answers ?? []).map(String);
  const groupPointer = pointer(choicesPath);
  const group = controlId(groupPointer);
  // A single question's answer is chosen here too: its problems show on this group.
  const answerPointer = pointer([...path, 'answer']);
  const described = [describedBy(ctx, groupPointer, false), describedBy(ctx, answerPointer, false)].filter((x) => x !== nothing).join(' ');
  const setRight = (id: string, on: boolean) => {
    if (q.type === 'single') ctx.edit([...path, 'answer'], id);
    else ctx.edit([...path, 'answers'], on ? [...answers.filter((a) => a !== id), id] : answers.filter((a) => a !== id));
  };
  // The answer stops naming a choice that is removed.
  const removeChoice = (j: number, id: string) => {
    if (q.type === 'single' && q.answer === id) ctx.update((d) => setIn(d, [...path, 'answer'], String(choices.find((x) => x.id !== id)?.id ?? '')));
    if (q.type === 'multiple' && answers.includes(id)) ctx.update((d) => setIn(d, [...path, 'answers'], answers.filter((a) => a !== id)));
    ctx.remove(choicesPath, j, t('choice', { n: j + 1 }), (k) => pointer([...choicesPath, k, 'text']), `#${group}-add`);
  };
  return html`<fieldset id=${group} tabindex="-1" aria-describedby=${described || nothing}>
    <legend>${t('choices')}</legend>
    ${problemNotes(ctx, groupPointer)} ${problemNotes(ctx, answerPointer)}
    ${choices.map((c, j) => {
      const id = String(c.id);
      const mark = `${group}-right-${j}`;
      return html`<div class="choice">
        ${field(ctx, t('choice', { n: j + 1 }), [...choicesPath, j, 'text'], {
          required: true,
          extra: html`<div class="row">
            <input type=${q.type === 'single' ? 'radio' : 'checkbox'} id=${mark} name="${group}-right" .checked=${answers.includes(id)} @change=${(e: Event) => setRight(id, (e.target as HTMLInputElement).checked)} />
            <label for=${mark}>${t('isAnswer')}</label>
            <button type="button" id="${group}-remove-${j}" @click=${() => removeChoice(j, id)}>${t('removeChoice', { n: j + 1 })}</button>
          </div>`,
        })}
        ${field(ctx, t('feedback', { n: j + 1 }), [...choicesPath, j, 'feedback'], { cls: 'feedback' })}
      </div>`;
    })}
    <button type="button" id="${group}-add" ?disabled=${choices.length >= MAX_CHOICES} @click=${() => ctx.add(choicesPath, { id: nextChoiceId(choices), text: '' }, pointer([...choicesPath, choices.length, 'text']))}>
      ${t('addChoice')}
    </button>
  </fieldset>`;
}

function renderItems(ctx: FormContext, path: Path): TemplateResult {
  const t = ctx.t;
  const itemsPath = [...path, 'items'];
  const items = listAt(ctx.draft, itemsPath);
  const groupPointer = pointer(itemsPath);
  const base = controlId(groupPointer);
  return html`<div id=${base} tabindex="-1">
    <p class="hint">${t('orderNote')}</p>
    ${problemNotes(ctx, groupPointer)}
    <ol class="items">
      ${items.map((_, j) => {
        const what = t('item', { n: j + 1 });
        return html`<li>
          ${field(ctx, what, [...itemsPath, j, 'text'], { required: true })}
          ${itemButtons(ctx, itemsPath, j, items.length, what, `${base}-item`, () => ctx.remove(itemsPath, j, what, (k) => pointer([...itemsPath, k, 'text']), `#${base}-add`), t('removeItem', { n: j + 1 }))}
        </li>`;
      })}
    </ol>
    <button type="button" id="${base}-add" ?disabled=${items.length >= MAX_ITEMS} @click=${() => ctx.add(itemsPath, { id: nextChoiceId(items), text: '' }, pointer([...itemsPath, items.length, 'text']))}>${t('addItem')}</button>
  </div>`;
}
