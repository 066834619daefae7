/**
 * The draft being edited and everything that changes it: edits at a path, items added, moved
 * and removed (focus kept where the author is), what validateArticle says about it (by form
 * control), the words selected in the body, and what the editor says to the author. It is the
 * FormContext the sections render from. After each change the host saves, previews and tells.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validateArticle } from '../data/validate.js';
import type { Problem } from '../data/types.js';
import { insertIn, listAt, moveIn, removeIn, setIn, type Draft, type Path } from './draft.js';
import { controlFor, controlId, emptyArticle } from './edit.js';
import type { FormContext } from './form.js';
import { editorTranslator, type EditorTranslate } from './messages.js';

export interface EditHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The draft changed; `save` is false when it came from storage or the host's `article`. */
  changed(save: boolean): void;
}

export class EditController implements ReactiveController, FormContext {
  draft: Draft = emptyArticle();
  problems: readonly Problem[] = [];
  /** The latest thing said to the author (shown, and announced politely). */
  status = '';
  t: EditorTranslate = editorTranslator('en');
  #byControl = new Map<string, Problem[]>();
  #focus?: string;
  #selection = { start: 0, end: 0 };

  constructor(private readonly host: EditHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#focus === undefined) return;
    const target = this.#focus;
    this.#focus = undefined;
    this.focus(target);
  }

  problemsAt(p: string): readonly Problem[] {
    return this.#byControl.get(p) ?? [];
  }

  /** Replaces the draft (opened, restored, started anew). */
  replace(draft: Draft, save: boolean, focus?: string): void {
    this.draft = draft;
    if (focus) this.#focus = focus;
    this.#changed(save);
  }

  edit(path: Path, value: unknown): void {
    this.replace(setIn(this.draft, path, value), true);
  }

  update(change: (draft: Draft) => Draft, focus?: string): void {
    this.replace(change(this.draft), true, focus);
  }

  add(path: Path, item: unknown, focus: string): void {
    this.replace(insertIn(this.draft, path, item), true, focus);
  }

  remove(path: Path, index: number, what: string, focusAt: (i: number) => string, fallback: string): void {
    const draft = removeIn(this.draft, path, index);
    const left = listAt(draft, path).length;
    this.say(this.t('removed', { what }));
    this.replace(draft, true, left ? focusAt(Math.min(index, left - 1)) : fallback);
  }

  move(path: Path, from: number, to: number, buttonId: string): void {
    const len = listAt(this.draft, path).length;
    if (to < 0 || to >= len) return;
    // Keep focus on the same button of the moved item, unless it has gone (first/last).
    const dir = to < from ? 'up' : 'down';
    const edge = (dir === 'up' && to === 0) || (dir === 'down' && to === len - 1);
    this.replace(moveIn(this.draft, path, from, to), true, `#${buttonId}-${edge ? (dir === 'up' ? 'down' : 'up') : dir}-${to}`);
  }

  renderWhen(loading: Promise<unknown>): void {
    void loading.then(() => this.host.requestUpdate());
  }

  say(message: string): void {
    this.status = message;
    this.host.requestUpdate();
  }

  /** Moves focus after the next update (`#id`, a pointer, or an element id). */
  focusLater(target: string): void {
    this.#focus = target;
    this.host.requestUpdate();
  }

  /** Moves focus to `#id`, an element id, or the control of a pointer (or the nearest above it). */
  focus(target: string): void {
    const root = this.host.renderRoot as ShadowRoot;
    let el: HTMLElement | null;
    if (target.startsWith('#')) el = root.querySelector(target);
    else if (!target.startsWith('/')) el = root.getElementById(target);
    else {
      let p = target;
      for (;;) {
        el = root.getElementById(controlId(p)) ?? root.getElementById(controlId(p.replace(/\/answer$/, '/choices')));
        if (el || !p) break;
        p = p.slice(0, p.lastIndexOf('/'));
      }
    }
    el?.focus();
  }

  rememberSelection = (e: Event): void => {
    const ta = e.target as HTMLTextAreaElement;
    this.#selection = { start: ta.selectionStart, end: ta.selectionEnd };
  };

  useSelection(path: Path): void {
    const body = this.host.renderRoot.querySelector<HTMLTextAreaElement>(`#${controlId('/body')}`);
    let { start, end } = this.#selection;
    if (body && body.selectionEnd > body.selectionStart) ({ selectionStart: start, selectionEnd: end } = body);
    const quote = String(this.draft.body ?? '').slice(start, end).trim();
    if (!quote) return this.say(this.t('selectFirst'));
    this.say(this.t('evidenceSet', { quote }));
    this.edit([...path, 'evidence'], { quote });
  }

  #changed(save: boolean): void {
    const result = validateArticle(this.draft);
    this.problems = result.ok ? [] : result.problems;
    const map = new Map<string, Problem[]>();
    for (const p of this.problems) {
      const at = controlFor(p.path);
      map.set(at, [...(map.get(at) ?? []), p]);
    }
    this.#byControl = map;
    this.host.changed(save);
    this.host.requestUpdate();
  }
}

