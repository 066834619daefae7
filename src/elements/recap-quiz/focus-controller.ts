import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Directive, directive, type DirectiveResult, type ElementPart } from 'lit/directive.js';

/**
 * An element directive that hands its element to a callback on every render: ref() without
 * the disconnect tracking (AsyncDirective) that focus targets do not need, at a tenth of its size.
 */
class KeepDirective extends Directive {
  render(_keep: (el: Element) => void) {
    return nothing;
  }
  override update(part: ElementPart, [keep]: [(el: Element) => void]) {
    keep(part.element);
    return nothing;
  }
}
const kept = directive(KeepDirective);

/** Keeps the element it is placed on under `key`, for focus to move to later. */
export type Keep = (key: string) => DirectiveResult;

/**
 * Keeps references to the elements focus may move to (`<button ${focus.keep(key)}>` in a
 * template) and moves focus after the next update, once the element is rendered. Keys are
 * names in a map, never selectors, so no id from the data is ever parsed as CSS.
 */
export class FocusController implements ReactiveController {
  // Made on first use: most widgets far down a long page never render, and need none.
  #elements?: Map<string, Element>;
  #pending?: { key: string; pick?: (el: Element) => Element | null };

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** An element directive that keeps its element under `key`. An element that leaves is not forgotten here (another may already hold the key); `get` skips it. */
  keep(key: string): DirectiveResult {
    return kept((el) => (this.#elements ??= new Map()).set(key, el));
  }

  /** The element rendered under `key`, if it is still in the document. */
  get(key: string, pick?: (el: Element) => Element | null): HTMLElement | undefined {
    const el = this.#elements?.get(key);
    const target = el?.isConnected ? (pick ? pick(el) : el) : undefined;
    return (target as HTMLElement | null) ?? undefined;
  }

  /** Moves focus to the element under `key` (or the one `pick` finds inside it) after the next update. */
  later(key: string, pick?: (el: Element) => Element | null): void {
    this.#pending = { key, pick };
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) this.get(pending.key, pending.pick)?.focus();
  }
}
