/**
 * Ordering: put the items in the right order, by buttons, keyboard grab or pointer drag (see
 * OrderingController). Loaded with its controller the first time a quiz has an ordering question.
 */
import { html, nothing } from 'lit';
import { classNames } from '../../../shared/class-names.js';
import { startingOrder } from '../../../data/quiz.js';
import { plainInline, renderInline } from '../../../render/markdown.js';
import { handleKey, moveKey, OrderingController } from '../ordering-controller.js';
import { markOf, markWords } from './choices.js';
import type { Kind } from './kind.js';
import { orderOf } from './order-of.js';

export const kind: Kind<'order'> = {
  render: (q, ctx) => {
    const { t, response } = ctx;
    const ordering = ctx.ordering((host, quiz) => new OrderingController(host, quiz));
    const current = orderOf(q, ctx.draft, ctx);
    const items = new Map(q.items.map((i) => [i.id, i]));
    return html`<p class="hint muted">${t('orderHint')}</p>
      <ol class="order">
        ${current.map((id, i) => {
          const item = items.get(id)!;
          const name = plainInline(item.text);
          // An item is right where it stands in the question's own order.
          const mark = markOf(!!response, q.items[i]?.id === id, true);
          const grabbed = ordering.isGrabbed(q, id);
          return html`<li part="order-item" class="order-item ${classNames({ correct: mark === 'correct', incorrect: mark === 'incorrect', grabbed: ordering.isLifted(q, id) })}">
            ${response
              ? nothing
              : html`<button type="button" part="drag-handle" class="handle secondary" id=${`grab-${q.id}-${i}`} ${ctx.keep(handleKey(q, i))}
                  aria-pressed=${grabbed ? 'true' : 'false'}
                  aria-label=${t('grab', { item: name, position: i + 1, total: current.length })}
                  @click=${() => ordering.toggleGrab(q, id)}
                  @keydown=${(e: KeyboardEvent) => ordering.onKey(e, q, id)}
                  @pointerdown=${(e: PointerEvent) => ordering.onPointerDown(e, q, id)}
                  @pointermove=${ordering.onPointerMove}
                  @pointerup=${ordering.onPointerEnd}
                  @pointercancel=${ordering.onPointerEnd}
                  @blur=${() => ordering.release(id)}>⠿</button>`}
            <span class="order-text">${renderInline(item.text)}</span>
            ${mark ? html`<span class="mark">${markWords(mark, t)}</span>` : nothing}
            ${response
              ? nothing
              : html`<span class="move">
                  <button type="button" part="move-button" class="secondary" id=${`up-${q.id}-${i}`} ${ctx.keep(moveKey('up', q, i))} aria-label=${t('moveUp', { item: name })}
                    aria-disabled=${i === 0 ? 'true' : 'false'} @click=${() => ordering.move(q, i, -1, 'button')}>↑</button>
                  <button type="button" part="move-button" class="secondary" id=${`down-${q.id}-${i}`} ${ctx.keep(moveKey('down', q, i))} aria-label=${t('moveDown', { item: name })}
                    aria-disabled=${i === current.length - 1 ? 'true' : 'false'} @click=${() => ordering.move(q, i, 1, 'button')}>↓</button>
                </span>`}
          </li>`;
        })}
      </ol>`;
  },
  read: (q, draft, ctx) => ({ type: 'order', order: orderOf(q, draft, ctx) }),
  words: (q, r) => r.order.map((id, n) => `${n + 1}. ${plainInline(q.items.find((i) => i.id === id)?.text)}`).join('; '),
  print: (q, ctx) => html`<ul>${startingOrder(q, ctx.seed).map((id) => html`<li>${renderInline(q.items.find((i) => i.id === id)!.text)}</li>`)}</ul>`,
};
