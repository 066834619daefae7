/**
 * How the reader bundles (dist/recap*.min.js) define their elements. On a page whose widgets are
 * all pre-rendered, the page paints without the bundle: nothing in a sleeping summary or figures
 * panel, and nothing in a quiz before the reader nears it, needs the code. There the bundle defines
 * its elements after the first frame, when the page is idle (within a second), so that upgrading
 * every widget does not delay the first paint. A page with any widget to render in the browser
 * gets them at once, as does a page still being parsed (an `async` script: widgets further down
 * are not in it yet) or one not shown (nothing to paint). The npm modules define on import.
 */
const TAGS = 'recap-article, recap-summary, recap-figures, recap-quiz';

function allPrerendered(): boolean {
  if (document.readyState === 'loading' || document.visibilityState === 'hidden') return false;
  const widgets = document.querySelectorAll(TAGS);
  return widgets.length > 0 && [...widgets].every((el) => el.shadowRoot !== null);
}

/** Runs `define` now, or on a page of pre-rendered widgets after its first frame, when idle. */
export function definePaintFirst(define: () => void): void {
  if (!allPrerendered()) return define();
  // WebKit has no idle callbacks: the next task after the frame.
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(define, { timeout: 1000 }) : setTimeout(define));
  requestAnimationFrame(() => setTimeout(idle));
}
