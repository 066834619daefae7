/**
 * The language of the page around an element: the nearest `lang` attribute,
 * looking across shadow roots (a widget inside <recap-article> sits in its
 * shadow root, where `closest('[lang]')` stops), else the document's. Follows
 * changes of any `lang` attribute in the page, as a language switcher makes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The nearest `lang` above `el`, crossing from a shadow root to its host. */
export function langAbove(el: Element): string | undefined {
  for (let node: Node | null = el; node; ) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

const hosts = new Set<PageLangController>();
let observer: MutationObserver | undefined;

function watch(controller: PageLangController): void {
  hosts.add(controller);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatch(controller: PageLangController): void {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

export class PageLangController implements ReactiveController {
  /** The page's language where the host stands; undefined before it is connected (and on a server). */
  value?: string;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.value = langAbove(this.host);
    watch(this);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Re-reads the language and re-renders the host when it changed. */
  refresh(): void {
    const lang = langAbove(this.host);
    if (lang === this.value) return;
    this.value = lang;
    this.host.requestUpdate();
  }
}
