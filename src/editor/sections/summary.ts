/** Section 2, the summary: points (added, reordered by buttons or by dragging, removed), bottom line, disclosure. */
import { html, type TemplateResult } from 'lit';
import { pointer } from '../../data/check.js';
import { listAt, MAX_POINTS } from '../draft.js';
import { field, itemButtons, problemNotes, type FormContext } from '../form.js';
import type { DragController } from '../drag-controller.js';

export function renderSummary(ctx: FormContext, drag: DragController): TemplateResult {
  const t = ctx.t;
  const path = ['summary', 'points'];
  const points = listAt(ctx.draft, path);
  return html`<section aria-labelledby="s-summary">
    <h2 id="s-summary">${t('stepSummary')}</h2>
    ${problemNotes(ctx, '/summary')} ${problemNotes(ctx, '/summary/points')}
    <p class="hint" id="drag-hint">${t('dragHint')}</p>
    <ol class="items">
      ${points.map(
        (_, i) => html`<li class=${drag.isDragging(path, i) ? 'dragging' : ''}>
          <span
            class="grip"
            id="point-grip-${i}"
            aria-hidden="true"
            title=${t('dragPoint')}
            @pointerdown=${(e: PointerEvent) => drag.start(e, path, i, points.length)}
            @pointermove=${drag.onMove}
            @pointerup=${drag.onEnd}
            @pointercancel=${drag.onEnd}
            >⠿</span
          >
          ${field(ctx, t('point', { n: i + 1 }), [...path, i], { kind: 'multiline', required: true })}
          ${itemButtons(ctx, path, i, points.length, t('point', { n: i + 1 }), 'point', () => ctx.remove(path, i, t('point', { n: i + 1 }), (j) => pointer([...path, j]), '#add-point'), t('removePoint', { n: i + 1 }))}
        </li>`,
      )}
    </ol>
    <button type="button" id="add-point" ?disabled=${points.length >= MAX_POINTS} @click=${() => ctx.add(path, '', pointer([...path, points.length]))}>${t('addPoint')}</button>
    ${field(ctx, t('takeaway'), ['summary', 'takeaway'], { kind: 'multiline' })} ${field(ctx, t('disclosure'), ['summary', 'disclosure'])}
  </section>`;
}
