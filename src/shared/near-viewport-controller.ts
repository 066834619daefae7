import type { ReactiveController, ReactiveElement } from 'lit';
import { IntersectionController } from '@lit-labs/observers/intersection-controller.js';

/** Widgets on the page that may wait (loading is not "eager"); from the ninth on, `auto` waits too. */
const waiting = new Set<ReactiveElement>();
const EAGER_WIDGETS = 8;

/**
 * Lazy rendering: on pages with many widgets, those far below the viewport render only when
 * the reader scrolls near them (placeholders keep their reserved height meanwhile).
 * `eager` renders at once; `lazy` always waits; `auto` waits from the ninth widget on.
 * The observer is connected only while the host waits, and only in the host's connect hook.
 */
export class NearViewportController implements ReactiveController {
  /** False while the host is still far from the viewport. */
  near = true;
  readonly #host: ReactiveElement & { loading: 'auto' | 'eager' | 'lazy' };
  #observer?: IntersectionController<boolean>;

  constructor(host: ReactiveElement & { loading: 'auto' | 'eager' | 'lazy' }) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    if (host.loading === 'eager') return;
    waiting.add(host);
    if (!this.near || typeof IntersectionObserver === 'undefined' || (host.loading === 'auto' && waiting.size <= EAGER_WIDGETS)) return;
    this.near = false;
    this.#observer ??= new IntersectionController(host, {
      target: null,
      config: { rootMargin: '100% 0px' },
      callback: (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return false;
        this.near = true;
        this.#observer!.unobserve(host);
        return true;
      },
    });
    this.#observer.observe(host);
  }

  hostDisconnected(): void {
    waiting.delete(this.#host);
  }
}
