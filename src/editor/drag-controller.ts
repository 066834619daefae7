/**
 * Pointer drag for the items of a list in the form (summary points): press the grip, move,
 * let go; the item moves as the pointer passes the middle of another row, and the move is
 * announced when it is dropped. The keyboard path is the item's up/down buttons.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Path } from './draft.js';

export interface DragTarget {
  /** Moves item `from` of the list at `path` to `to` (focus stays where it is). */
  moveItem(path: Path, from: number, to: number): void;
  /** Says where the item was dropped. */
  dropped(path: Path, at: number, total: number): void;
}

export class DragController implements ReactiveController {
  #drag?: { path: Path; at: number; moved: boolean; pointerId: number; count: number };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: DragTarget,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#drag = undefined;
  }

  /** Whether item `i` of the list at `path` is being dragged (it is then drawn lifted). */
  isDragging(path: Path, i: number): boolean {
    return !!this.#drag && this.#drag.at === i && this.#drag.path.join('/') === path.join('/');
  }

  start(e: PointerEvent, path: Path, i: number, count: number): void {
    if (e.button !== 0) return;
    e.preventDefault();
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.#drag = { path, at: i, moved: false, pointerId: e.pointerId, count };
    this.host.requestUpdate();
  }

  /** Pointer move and end handlers, bound: a template passes them as they are. */
  readonly onMove = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    const rows = [...((e.currentTarget as HTMLElement).closest('ol')?.children ?? [])];
    // The target is the row whose vertical middle the pointer has passed.
    let to = 0;
    rows.forEach((row, i) => {
      const r = row.getBoundingClientRect();
      if (e.clientY > r.top + r.height / 2) to = i + (i >= drag.at ? 0 : 1);
    });
    to = Math.max(0, Math.min(drag.count - 1, to));
    if (to === drag.at) return;
    this.target.moveItem(drag.path, drag.at, to);
    drag.at = to;
    drag.moved = true;
  };

  readonly onEnd = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    this.#drag = undefined;
    if (drag.moved) this.target.dropped(drag.path, drag.at, drag.count);
    this.host.requestUpdate();
  };
}
