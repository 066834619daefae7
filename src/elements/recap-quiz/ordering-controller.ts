import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { move } from '../../data/quiz.js';
import type { QuestionOf } from '../../data/types.js';
import { plainInline } from '../../render/markdown.js';
import type { MessageKey, Vars } from '../../shared/messages.js';

type OrderQuestion = QuestionOf<'order'>;

/** What the ordering controller asks of the quiz: the current order, a way to change it, words and focus. */
export interface OrderingQuiz {
  orderOf(q: OrderQuestion): string[];
  setOrder(q: OrderQuestion, order: string[]): void;
  /** Says something to screen-reader users (a live region). */
  announce(key: MessageKey, vars: Vars): void;
  /** Moves focus, after the next update, to the element kept under `key` (see FocusController). */
  focusLater(key: string): void;
}

/** Focus keys of an ordering question's controls at a position. */
export const handleKey = (q: OrderQuestion, position: number) => `grab ${q.id} ${position}`;
export const moveKey = (dir: 'up' | 'down', q: OrderQuestion, position: number) => `${dir} ${q.id} ${position}`;

/**
 * Moving the items of ordering questions: up/down buttons, a keyboard grab (Space picks up,
 * arrows move, Space, Escape or Tab drops) and a pointer drag, each announced in words.
 */
export class OrderingController implements ReactiveController {
  /** The item picked up by keyboard, as question id + item id. */
  #grabbed?: { question: string; item: string };
  #drag?: { question: OrderQuestion; item: string; moved: boolean; pointerId: number };
  /** A drag ends with a click on the handle; that click must not pick the item up. */
  #suppressClick = false;
  #clickTimer?: ReturnType<typeof setTimeout>;

  readonly #host: ReactiveControllerHost;
  readonly #quiz: OrderingQuiz;

  constructor(host: ReactiveControllerHost, quiz: OrderingQuiz) {
    this.#host = host;
    this.#quiz = quiz;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#clickTimer);
    this.#suppressClick = false;
    this.#drag = undefined;
  }

  /** Whether the item is picked up, by keyboard or pointer (it is then drawn lifted). */
  isLifted(q: OrderQuestion, id: string): boolean {
    return this.isGrabbed(q, id) || (this.#drag?.question.id === q.id && this.#drag.item === id);
  }

  isGrabbed(q: OrderQuestion, id: string): boolean {
    return this.#grabbed?.question === q.id && this.#grabbed.item === id;
  }

  /** Lets go of any keyboard grab, silently (start over, focus leaving the handle). */
  release(id?: string): void {
    if (!this.#grabbed || (id !== undefined && this.#grabbed.item !== id)) return;
    this.#grabbed = undefined;
    this.#host.requestUpdate();
  }

  #name(q: OrderQuestion, id: string): string {
    return plainInline(q.items.find((i) => i.id === id)!.text);
  }

  move(q: OrderQuestion, from: number, delta: number, via: 'button' | 'grab' | 'drag'): void {
    const order = this.#quiz.orderOf(q);
    const to = from + delta;
    if (to < 0 || to >= order.length) return;
    this.#quiz.setOrder(q, move(order, from, delta));
    if (via !== 'drag') this.#quiz.announce('moved', { item: this.#name(q, order[from]!), position: to + 1, total: order.length });
    if (via === 'grab') this.#quiz.focusLater(handleKey(q, to));
    else if (via === 'button') {
      // Keep focus on the moved item's button; at either end, on the one that still works.
      const dir = delta < 0 ? (to === 0 ? 'down' : 'up') : to === order.length - 1 ? 'up' : 'down';
      this.#quiz.focusLater(moveKey(dir, q, to));
    }
  }

  toggleGrab(q: OrderQuestion, id: string): void {
    if (this.#suppressClick) {
      this.#suppressClick = false;
      return;
    }
    const order = this.#quiz.orderOf(q);
    const vars = { item: this.#name(q, id), position: order.indexOf(id) + 1, total: order.length };
    if (this.isGrabbed(q, id)) {
      this.#grabbed = undefined;
      this.#quiz.announce('dropped', vars);
    } else {
      this.#grabbed = { question: q.id, item: id };
      this.#quiz.announce('grabbed', vars);
    }
    this.#host.requestUpdate();
  }

  onKey(e: KeyboardEvent, q: OrderQuestion, id: string): void {
    if (!this.isGrabbed(q, id)) return;
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      this.move(q, this.#quiz.orderOf(q).indexOf(id), e.key === 'ArrowUp' ? -1 : 1, 'grab');
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      this.toggleGrab(q, id);
    }
  }

  onPointerDown(e: PointerEvent, q: OrderQuestion, id: string): void {
    if (e.button !== 0) return;
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.#drag = { question: q, item: id, moved: false, pointerId: e.pointerId };
  }

  /** Pointer move and end handlers, bound: a template passes them as they are. */
  readonly onPointerMove = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    // The rows of this question's list: the handle sits in its row, the row in the list.
    const rows = [...((e.currentTarget as HTMLElement).closest('ol')?.children ?? [])];
    const order = this.#quiz.orderOf(drag.question);
    const from = order.indexOf(drag.item);
    // The target is the row whose vertical middle the pointer has passed.
    let to = 0;
    rows.forEach((row, i) => {
      const r = row.getBoundingClientRect();
      if (e.clientY > r.top + r.height / 2) to = i + (i >= from ? 0 : 1);
    });
    to = Math.max(0, Math.min(order.length - 1, to));
    if (to !== from) {
      drag.moved = true;
      this.move(drag.question, from, to - from, 'drag');
    }
  };

  readonly onPointerEnd = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    this.#drag = undefined;
    if (drag.moved) {
      this.#suppressClick = true;
      this.#clickTimer = setTimeout(() => (this.#suppressClick = false));
      const order = this.#quiz.orderOf(drag.question);
      this.#quiz.announce('dropped', { item: this.#name(drag.question, drag.item), position: order.indexOf(drag.item) + 1, total: order.length });
    }
    this.#host.requestUpdate();
  };
}
