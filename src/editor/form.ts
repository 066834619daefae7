/**
 * What every form section is made of: the context a section renders from (the draft, its
 * problems, the words, and the edits it may ask for), and the controls they share: a labelled
 * field with its problems, a select, an evidence box, and up/down/remove buttons for list items.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pointer } from '../data/check.js';
import type { Problem } from '../data/types.js';
import { getIn, type Draft, type Path } from './draft.js';
import { controlId } from './edit.js';
import type { EditorTranslate } from './messages.js';

/** What a section needs from the editor. */
export interface FormContext {
  readonly t: EditorTranslate;
  readonly draft: Draft;
  /** The problems shown at the control for this pointer. */
  problemsAt(pointer: string): readonly Problem[];
  /** Sets `value` at `path` (`undefined` removes the key). */
  edit(path: Path, value: unknown): void;
  /** Replaces the whole draft with one made from it (for edits that touch several fields). */
  update(change: (draft: Draft) => Draft, focus?: string): void;
  add(path: Path, item: unknown, focus: string): void;
  /** Removes an item and moves focus to the one that took its place, or to `fallback`. */
  remove(path: Path, index: number, what: string, focusAt: (i: number) => string, fallback: string): void;
  move(path: Path, from: number, to: number, buttonId: string): void;
  /** Says something to the author (shown and announced). */
  say(message: string): void;
  /** Sets the words selected in the body as the evidence quote of the item at `path`. */
  useSelection(path: Path): void;
  /** Renders the form again once `loading` (code a section loads on demand) is done. */
  renderWhen(loading: Promise<unknown>): void;
}

export type FieldKind = 'text' | 'multiline' | 'number' | 'url';

export interface FieldOptions {
  kind?: FieldKind;
  /** Keep an empty string (required fields) instead of removing the key. */
  required?: boolean;
  hint?: string;
  extra?: TemplateResult;
  cls?: string;
  /** What typing does instead of setting the value at the path. */
  onInput?: (value: string) => void;
}

export function problemNotes(ctx: FormContext, p: string): TemplateResult | typeof nothing {
  const list = ctx.problemsAt(p);
  if (!list.length) return nothing;
  const id = controlId(p);
  return html`${list.map((pr, i) => html`<p class="problem" id="${id}-problem-${i}">${pr.message}</p>`)}`;
}

export function describedBy(ctx: FormContext, p: string, hint: boolean): string | typeof nothing {
  const id = controlId(p);
  const ids = ctx.problemsAt(p).map((_, i) => `${id}-problem-${i}`);
  if (hint) ids.unshift(`${id}-hint`);
  return ids.length ? ids.join(' ') : nothing;
}

/** A number as typed: a number when it reads as one ("3,5" too), else the text, so the problem shows. */
export function typedNumber(v: string, required: boolean): number | string | undefined {
  if (v.trim() === '') return required ? v : undefined;
  const n = Number(v.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : v;
}

export function field(ctx: FormContext, label: string, path: Path, options: FieldOptions = {}): TemplateResult {
  const p = pointer(path);
  const id = controlId(p);
  const kind = options.kind ?? 'text';
  const raw = getIn(ctx.draft, path);
  const value = raw === undefined || raw === null ? '' : String(raw);
  const invalid = ctx.problemsAt(p).length ? 'true' : nothing;
  const described = describedBy(ctx, p, !!options.hint);
  const onInput = (e: Event) => {
    const v = (e.target as HTMLInputElement).value;
    if (options.onInput) options.onInput(v);
    else if (kind === 'number') ctx.edit(path, typedNumber(v, !!options.required));
    else ctx.edit(path, v === '' && !options.required ? undefined : v);
  };
  return html`<div class="field ${options.cls ?? ''}">
    <label for=${id}>${label}</label>
    ${kind === 'multiline'
      ? html`<textarea id=${id} class=${options.cls ?? nothing} .value=${value} aria-invalid=${invalid} aria-describedby=${described} @input=${onInput}></textarea>`
      : html`<input
          id=${id}
          type=${kind === 'url' ? 'url' : 'text'}
          inputmode=${kind === 'number' ? 'decimal' : nothing}
          .value=${value}
          aria-invalid=${invalid}
          aria-describedby=${described}
          @input=${onInput}
        />`}
    ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing} ${options.extra ?? nothing} ${problemNotes(ctx, p)}
  </div>`;
}

export interface SelectOptions<T extends string> {
  /** The value shown when the draft has none. */
  fallback: T;
  /** What choosing `v` stores (default: `v`, or nothing for the fallback). */
  keep?: (v: T) => unknown;
  /** The value to show, when it is not the one at the path. */
  shown?: T;
}

export function select<T extends string>(ctx: FormContext, label: string, path: Path, values: readonly T[], text: (v: T) => string, options: SelectOptions<T>): TemplateResult {
  const p = pointer(path);
  const id = controlId(p);
  const current = options.shown ?? String(getIn(ctx.draft, path) ?? options.fallback);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      aria-invalid=${ctx.problemsAt(p).length ? 'true' : nothing}
      aria-describedby=${describedBy(ctx, p, false)}
      @change=${(e: Event) => {
        const v = (e.target as HTMLSelectElement).value as T;
        ctx.edit(path, options.keep ? options.keep(v) : v === options.fallback ? undefined : v);
      }}
    >
      ${values.map((v) => html`<option value=${v} ?selected=${v === current}>${text(v)}</option>`)}
    </select>
    ${problemNotes(ctx, p)}
  </div>`;
}

/** An evidence quote, typed or picked by selecting words in the body. */
export function evidence(ctx: FormContext, path: Path): TemplateResult {
  const quotePath = [...path, 'evidence', 'quote'];
  return field(ctx, ctx.t('evidence'), quotePath, {
    kind: 'multiline',
    extra: html`<div><button type="button" id="${controlId(pointer(quotePath))}-use" @click=${() => ctx.useSelection(path)}>${ctx.t('useSelection')}</button></div>`,
  });
}

/** Up/down/remove buttons for an item of a list. */
export function itemButtons(ctx: FormContext, path: Path, i: number, count: number, what: string, idBase: string, onRemove: () => void, removeLabel: string): TemplateResult {
  return html`<div class="row">
    <button type="button" id="${idBase}-up-${i}" ?disabled=${i === 0} @click=${() => ctx.move(path, i, i - 1, idBase)}>${ctx.t('moveUp', { what })}</button>
    <button type="button" id="${idBase}-down-${i}" ?disabled=${i === count - 1} @click=${() => ctx.move(path, i, i + 1, idBase)}>${ctx.t('moveDown', { what })}</button>
    <button type="button" id="${idBase}-remove-${i}" @click=${onRemove}>${removeLabel}</button>
  </div>`;
}

