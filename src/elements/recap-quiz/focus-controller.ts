import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps references to the elements focus may move to (through `ref(focus.keep(key))` in a
 * template) and moves focus after the next update, once the element is rendered. Keys are
 * names in a map, never selectors, so no id from the data is ever parsed as CSS.
 */
export class FocusController implements ReactiveController {
  private readonly elements = new Map<string, Element>();
  private readonly keepers = new Map<string, (el?: Element) => void>();
  private pending?: { key: string; pick?: (el: Element) => Element | null };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A ref callback that keeps the element rendered under `key` (the same callback each time, so Lit does not churn). */
  keep(key: string): (el?: Element) => void {
    let keeper = this.keepers.get(key);
    if (!keeper) {
      // An element leaving is not forgotten here: another element may already hold the key; `get` skips stale ones.
      keeper = (el?: Element) => void (el && this.elements.set(key, el));
      this.keepers.set(key, keeper);
    }
    return keeper;
  }

  /** The element rendered under `key`, if it is still in the document. */
  get(key: string, pick?: (el: Element) => Element | null): HTMLElement | undefined {
    const el = this.elements.get(key);
    const target = el?.isConnected ? (pick ? pick(el) : el) : undefined;
    return (target as HTMLElement | null) ?? undefined;
  }

  /** Moves focus to the element under `key` (or the one `pick` finds inside it) after the next update. */
  later(key: string, pick?: (el: Element) => Element | null): void {
    this.pending = { key, pick };
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.get(pending.key, pending.pick)?.focus();
  }
}
