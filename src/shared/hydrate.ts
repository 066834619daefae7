/**
 * Lets elements take over HTML pre-rendered by recap-widgets/server (declarative shadow DOM)
 * instead of rendering it again. Lit's hydration support is loaded only when an element
 * arrives with its shadow root already in the HTML, and installed on this Lit before that
 * element connects; pages without pre-rendered widgets never fetch it.
 */
import { LitElement } from 'lit';
import type { RecapElement } from './recap-element.js';

let loading: Promise<void> | undefined;
let unavailable = false;
let support: Promise<typeof import('./hydrate-support.js') | undefined> | undefined;

/**
 * The file of Lit's support, which also holds what waits for the reader before a pre-rendered
 * element takes over (./take-over.js): loaded once; undefined when it could not be.
 */
export function loadSupport(): Promise<typeof import('./hydrate-support.js') | undefined> {
  return (support ??= import('./hydrate-support.js').catch((error: unknown) => {
    unavailable = true;
    console.warn(`Recap: pre-rendered widgets render again: hydration support could not load (${String(error)})`);
    return undefined;
  }));
}

/** An empty element class: what Lit's support adds to every class's observed attributes shows on it. */
class Probe extends LitElement {}

/** Whether this Lit already takes over pre-rendered HTML (also when a page installed Lit's support itself, before Lit). */
const installed = (): boolean => Probe.observedAttributes.includes('defer-hydration');

/**
 * A promise to wait for before a pre-rendered element connects, or undefined when it can
 * connect now: the support is installed, or could not be loaded (the element then renders
 * again over its pre-rendered HTML, which is still correct, only slower).
 */
export function whenHydrationReady(): Promise<void> | undefined {
  if (unavailable || installed()) return undefined;
  return (loading ??= loadSupport().then((loaded) => {
    if (loaded && !installed()) loaded.install({ LitElement });
  }));
}

/**
 * Takes a pre-rendered element over (RecapElement's `useTakeOver`): a child of a pre-rendered
 * `<recap-article>` (or `loading="eager"`) at once, else when the reader nears or touches it,
 * holding what they do meanwhile (./take-over.js); `connect` once Lit's support is installed,
 * and what was held is done once the element and those inside it have taken over.
 */
export function takeOver(host: RecapElement, child: boolean, connect: () => void): Promise<void> {
  const reader = child || host.loading === 'eager' ? Promise.resolve(undefined) : loadSupport().then((support) => support?.waitForReader(host));
  return reader.then(async (wait) => {
    await wait?.ready;
    await whenHydrationReady();
    // Without Lit's support the element renders anew: in place of the server's HTML, not above it.
    if (unavailable) host.shadowRoot?.replaceChildren();
    connect();
    const inside = () => Promise.all([...host.renderRoot.querySelectorAll('*')].map((el) => (el as RecapElement).updateComplete));
    if (wait)
      void host.updateComplete.then(inside).then(
        () => wait.release(),
        (error: unknown) => {
          // A take-over that failed (HTML from another version of the library, say) must not keep holding the reader's clicks.
          wait.release(false);
          console.error(`Recap: <${host.localName}> could not take over its pre-rendered HTML; what the reader did meanwhile was dropped`, error);
        },
      );
  });
}
