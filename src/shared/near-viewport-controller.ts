import type { ReactiveController, ReactiveElement } from 'lit';

type Host = ReactiveElement & { loading: 'auto' | 'eager' | 'lazy' };

/** Widgets on the page that may wait (loading is not "eager"); from the ninth on, `auto` waits too. */
const waiting = new Set<Host>();
const EAGER_WIDGETS = 8;
/** What to do when each element still far from the viewport comes near; one observer watches them all, and stops when none is left. */
const far = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function watch(host: Element, arrive: () => void): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) far.get(entry.target)?.();
    },
    { rootMargin: '100% 0px' },
  );
  far.set(host, arrive);
  observer.observe(host);
}

function unwatch(host: Element): void {
  if (far.delete(host) && !far.size) {
    observer!.disconnect();
    observer = undefined;
  } else observer?.unobserve(host);
}

/**
 * Lazy rendering: on pages with many widgets, those far below the viewport render only when
 * the reader scrolls near them (placeholders keep their reserved height meanwhile).
 * `eager` renders at once; `lazy` always waits; `auto` waits from the ninth widget on.
 * A host is observed only while it waits and is connected, from its connect hook.
 * (Measured against IntersectionController from @lit-labs/observers, which keeps one observer
 * per host: this shares one, for less memory per widget and a smaller bundle.)
 */
export class NearViewportController implements ReactiveController {
  /** False while the host is still far from the viewport. */
  near = true;
  readonly #host: Host;
  readonly #prerendered: boolean;

  /** A pre-rendered host (its content is already in the HTML) never waits. */
  constructor(host: Host, prerendered = false) {
    this.#host = host;
    this.#prerendered = prerendered;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    if (host.loading === 'eager' || this.#prerendered) return;
    waiting.add(host);
    if (typeof IntersectionObserver === 'undefined') return;
    if (this.near && (host.loading === 'lazy' || waiting.size > EAGER_WIDGETS)) this.near = false;
    if (!this.near) watch(host, () => this.arrive());
  }

  hostDisconnected(): void {
    waiting.delete(this.#host);
    unwatch(this.#host);
  }

  /** The host came near the viewport: render it, and stop watching. */
  arrive(): void {
    this.near = true;
    unwatch(this.#host);
    this.#host.requestUpdate();
  }
}

/**
 * Resolves when `el` first comes within a viewport's height of the viewport (at once where
 * there is no IntersectionObserver); `stop` ends the watch without resolving.
 */
export function whenNear(el: Element): { near: Promise<void>; stop: () => void } {
  if (typeof IntersectionObserver === 'undefined') return { near: Promise.resolve(), stop: () => {} };
  let arrive!: () => void;
  const near = new Promise<void>((resolve) => (arrive = resolve));
  watch(el, () => {
    unwatch(el);
    arrive();
  });
  return { near, stop: () => unwatch(el) };
}
