/** The top of the form: the drafts kept in this browser, what storage says, and the list of problems. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../../data/types.js';
import { controlFor, controlId } from '../edit.js';
import { getIn, type Draft } from '../draft.js';
import { fieldName } from '../field-names.js';
import type { EditorTranslate } from '../messages.js';
import type { DraftInfo } from '../drafts.js';

export interface TopHandlers {
  drafts: readonly DraftInfo[];
  draftKey: string;
  title: string;
  /** The draft the problems are about (to name its fields). */
  draft: Draft;
  /** A note about storage (full, blocked, off), or ''. */
  storageNote: string;
  /** Set when another tab saved this draft after this tab opened it. */
  conflict?: { time: string };
  status: string;
  problems: readonly Problem[];
  time(ms: number): string;
  switchDraft(key: string): void;
  newDraft(): void;
  deleteDraft(): void;
  takeTheirs(): void;
  keepMine(): void;
  goTo(pointer: string): void;
}

export function renderTop(t: EditorTranslate, h: TopHandlers): TemplateResult {
  const count = h.problems.length;
  return html`<section aria-labelledby="drafts-h">
      <h2 id="drafts-h">${t('drafts')}</h2>
      <div class="row">
        <div class="field">
          <label for="drafts">${t('drafts')}</label>
          <select id="drafts" @change=${(e: Event) => h.switchDraft((e.target as HTMLSelectElement).value)}>
            ${h.drafts.some((d) => d.key === h.draftKey) ? nothing : html`<option value=${h.draftKey} selected>${h.title || t('draftUntitled')}</option>`}
            ${h.drafts.map((d) => html`<option value=${d.key} ?selected=${d.key === h.draftKey}>${t('draftSavedAt', { title: d.title || t('draftUntitled'), time: h.time(d.saved) })}</option>`)}
          </select>
        </div>
        <button type="button" id="new-draft" @click=${h.newDraft}>${t('newDraft')}</button>
        <button type="button" id="delete-draft" @click=${h.deleteDraft}>${t('deleteDraft')}</button>
      </div>
      ${h.storageNote ? html`<p class="alert" role="alert" id="storage-note">${h.storageNote}</p>` : nothing}
      ${h.conflict
        ? html`<div class="alert" role="alert" id="conflict">
            <p>${t('otherTab', { time: h.conflict.time })}</p>
            <div class="row">
              <button type="button" id="take-theirs" @click=${h.takeTheirs}>${t('takeTheirs')}</button>
              <button type="button" id="keep-mine" @click=${h.keepMine}>${t('keepMine')}</button>
            </div>
          </div>`
        : nothing}
      <p class="status" aria-hidden="true">${h.status}</p>
    </section>
    <section aria-labelledby="problems">
      ${count
        ? html`<div class="problems">
            <h2 id="problems" tabindex="-1">${t('problemsHeading', { count })}</h2>
            <ul>
              ${h.problems.map((p) => {
                const at = controlFor(p.path) || '/title';
                return html`<li>
                  <button type="button" class="go" data-pointer=${p.path} aria-controls=${controlId(at)} @click=${() => h.goTo(at)}>
                    ${t('goToProblem', { where: fieldName(p.path, t, (at) => getIn(h.draft, [...at, 'type'])), message: p.message })}
                  </button>
                  <code class="pointer">${p.path || '/'}</code>
                </li>`;
              })}
            </ul>
          </div>`
        : html`<h2 id="problems" tabindex="-1" class="ok">${t('noProblems')}</h2>`}
    </section>`;
}
