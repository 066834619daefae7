/**
 * A cloze (fill in the blanks) question's own fields: the text with a blank's mark `{{id}}`
 * where a reader fills it in (selected words become a blank with one press), each blank's
 * accepted answers, typed or picked from a list, and how typed answers are compared.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pointer } from '../../data/check.js';
import { questionSchema } from '../../data/article-schema.js';
import { getIn, listAt, setIn, type Draft, type DraftQuestion, type Path } from '../draft.js';
import { controlId } from '../edit.js';
import { makeBlank, replaceMarks, type DraftBlank } from '../blanks.js';
import { describedBy, field, problemNotes, type FormContext } from '../form.js';

const blankSchema = questionSchema.variants.cloze.props.blanks;
const MAX_BLANKS = blankSchema.max!;
const MAX_ANSWERS = blankSchema.items.props.answers.max!;
const MAX_LIST = blankSchema.items.props.choices.max!;

type Cloze = Extract<DraftQuestion, { type: 'cloze' }>;

export function renderCloze(ctx: FormContext, q: Cloze, path: Path): TemplateResult {
  const t = ctx.t;
  const textPath = [...path, 'text'];
  const textId = controlId(pointer(textPath));
  const blanksPath = [...path, 'blanks'];
  const blanks = listAt<DraftBlank>(ctx.draft, blanksPath);
  // The words selected in the text (or the cursor) become a blank; focus goes to its answer.
  const makeFromSelection = (e: Event) => {
    const area = ((e.currentTarget as HTMLElement).getRootNode() as ShadowRoot).getElementById(textId) as HTMLTextAreaElement | null;
    const text = String(q.text ?? '');
    const made = makeBlank(text, area?.selectionStart ?? text.length, area?.selectionEnd ?? text.length, blanks);
    if (!made) return ctx.say(t('blankInBlank'));
    const { id, answers } = made.blank;
    ctx.say(answers[0] ? t('blankMade', { id, answer: answers[0] }) : t('blankInserted', { id }));
    ctx.update((d) => setIn(setIn(d, textPath, made.text), [...blanksPath, blanks.length], made.blank), pointer([...blanksPath, blanks.length, 'answers', 0]));
  };
  return html`${field(ctx, t('clozeText'), textPath, {
      kind: 'multiline',
      required: true,
      hint: t('clozeHint', { mark: '{{b1}}' }),
      extra: html`<div><button type="button" id="${textId}-blank" ?disabled=${blanks.length >= MAX_BLANKS} @click=${makeFromSelection}>${t('makeBlank')}</button></div>`,
    })}
    <div id=${controlId(pointer(blanksPath))} tabindex="-1">${problemNotes(ctx, pointer(blanksPath))}</div>
    ${blanks.map((b, j) => renderBlank(ctx, b, [...blanksPath, j], j, textPath))}
    <div class="row">${toggle(ctx, t('caseSensitive'), [...path, 'caseSensitive'])} ${toggle(ctx, t('ignoreAccents'), [...path, 'ignoreAccents'])}</div>`;
}

function renderBlank(ctx: FormContext, b: DraftBlank, path: Path, j: number, textPath: Path): TemplateResult {
  const t = ctx.t;
  const p = pointer(path);
  const base = controlId(p);
  const id = String(b.id ?? '');
  const answers = (b.answers ?? []).map(String);
  const what = t('blank', { n: j + 1 });
  const text = (d: Draft) => String(getIn(d, textPath) ?? '');
  // The blank's id is written in the text: renaming it renames its mark there too.
  const rename = (v: string) => ctx.update((d) => setIn(setIn(d, textPath, replaceMarks(text(d), id, `{{${v}}}`)), [...path, 'id'], v));
  // A removed blank leaves its first answer in the text, as the words it was made from.
  const remove = () => {
    ctx.update((d) => setIn(d, textPath, replaceMarks(text(d), id, answers[0] ?? '')));
    ctx.remove(path.slice(0, -1), j, what, (k) => pointer([...path.slice(0, -1), k, 'id']), `#${controlId(pointer(textPath))}-blank`);
  };
  const listed = Array.isArray(b.choices);
  // A list starts with the accepted answers and room for wrong ones; without one, readers type.
  const setListed = (on: boolean) => {
    const given = answers.filter((a) => a.trim());
    const start = [...new Set(given)];
    while (start.length < 2) start.push('');
    // Empty answers are dropped: with none left, the list says to tick the right entry.
    ctx.update((d) => setIn(setIn(d, [...path, 'answers'], on ? given : answers), [...path, 'choices'], on ? start : undefined));
  };
  return html`<fieldset id=${base} tabindex="-1" class="blank">
    <legend>${what}: {{${id}}}</legend>
    ${problemNotes(ctx, p)} ${field(ctx, t('blankId'), [...path, 'id'], { required: true, onInput: rename })}
    <div class="field check">
      <div>
        <input type="checkbox" id="${base}-listed" .checked=${listed} @change=${(e: Event) => setListed((e.target as HTMLInputElement).checked)} />
        <label for="${base}-listed">${t('blankList')}</label>
      </div>
    </div>
    ${listed ? renderList(ctx, b, path, answers) : renderAnswers(ctx, path, answers)}
    <div class="row"><button type="button" id="${base}-remove" @click=${remove}>${t('removeBlank', { n: j + 1 })}</button></div>
  </fieldset>`;
}

/** Typed blanks: every spelling a reader may type. */
function renderAnswers(ctx: FormContext, path: Path, answers: string[]): TemplateResult {
  const t = ctx.t;
  const listPath = [...path, 'answers'];
  const p = pointer(listPath);
  const base = controlId(p);
  return html`<fieldset id=${base} tabindex="-1">
    <legend>${t('blankAnswers')}</legend>
    ${problemNotes(ctx, p)}
    ${answers.map((_, k) =>
      field(ctx, t('blankAnswer', { n: k + 1 }), [...listPath, k], {
        required: true,
        extra:
          answers.length > 1
            ? html`<div><button type="button" id="${base}-remove-${k}" @click=${() => ctx.remove(listPath, k, t('blankAnswer', { n: k + 1 }), (i) => pointer([...listPath, i]), `#${base}-add`)}>${t('removeAnswer', { n: k + 1 })}</button></div>`
            : undefined,
      }),
    )}
    <button type="button" id="${base}-add" ?disabled=${answers.length >= MAX_ANSWERS} @click=${() => ctx.add(listPath, '', pointer([...listPath, answers.length]))}>${t('addSpelling')}</button>
  </fieldset>`;
}

/** Listed blanks: the list a reader picks from, each entry marked right or not (the accepted answers follow the entries' words). */
function renderList(ctx: FormContext, b: DraftBlank, path: Path, answers: string[]): TemplateResult {
  const t = ctx.t;
  const listPath = [...path, 'choices'];
  const answersPath = [...path, 'answers'];
  const p = pointer(listPath);
  const base = controlId(p);
  const choices = (b.choices ?? []).map(String);
  const setRight = (words: string, on: boolean) => ctx.edit(answersPath, on ? [...answers.filter((a) => a !== words), words] : answers.filter((a) => a !== words));
  // Rewording a right entry rewords the accepted answer with it.
  const reword = (k: number, v: string) =>
    ctx.update((d) => {
      const old = choices[k]!;
      const next = setIn(d, [...listPath, k], v);
      return answers.includes(old) ? setIn(next, answersPath, answers.map((a) => (a === old ? v : a))) : next;
    });
  const removeEntry = (k: number) => {
    const old = choices[k]!;
    if (answers.includes(old)) ctx.update((d) => setIn(d, answersPath, answers.filter((a) => a !== old)));
    ctx.remove(listPath, k, t('choice', { n: k + 1 }), (i) => pointer([...listPath, i]), `#${base}-add`);
  };
  return html`<fieldset id=${base} tabindex="-1">
    <legend>${t('blankChoices')}</legend>
    ${problemNotes(ctx, p)}
    ${[answersPath, ...answers.map((_, k) => [...answersPath, k])].map((at) => {
      // The accepted answers have no box of their own here: their problems (and the list's link to them) stand at the list.
      const ap = pointer(at);
      return ctx.problemsAt(ap).length ? html`<div id=${controlId(ap)} tabindex="-1">${problemNotes(ctx, ap)}</div>` : nothing;
    })}
    ${choices.map((words, k) =>
      field(ctx, t('choice', { n: k + 1 }), [...listPath, k], {
        required: true,
        onInput: (v) => reword(k, v),
        extra: html`<div class="row">
          <input type="checkbox" id="${base}-right-${k}" .checked=${answers.includes(words)} @change=${(e: Event) => setRight(words, (e.target as HTMLInputElement).checked)} />
          <label for="${base}-right-${k}">${t('isAnswer')}</label>
          <button type="button" id="${base}-remove-${k}" @click=${() => removeEntry(k)}>${t('removeChoice', { n: k + 1 })}</button>
        </div>`,
      }),
    )}
    <button type="button" id="${base}-add" ?disabled=${choices.length >= MAX_LIST} @click=${() => ctx.add(listPath, '', pointer([...listPath, choices.length]))}>${t('addChoice')}</button>
  </fieldset>`;
}

/** A checkbox for a true/false option: checked stores `true`, unchecked removes the key (the contract's default). */
export function toggle(ctx: FormContext, label: string, path: Path): TemplateResult {
  const p = pointer(path);
  const id = controlId(p);
  return html`<div class="field check">
    <div>
      <input type="checkbox" id=${id} .checked=${getIn(ctx.draft, path) === true} aria-describedby=${describedBy(ctx, p, false)} @change=${(e: Event) => ctx.edit(path, (e.target as HTMLInputElement).checked || undefined)} />
      <label for=${id}>${label}</label>
    </div>
    ${problemNotes(ctx, p)}
  </div>`;
}
