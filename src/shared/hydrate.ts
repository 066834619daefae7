/**
 * Lets elements take over HTML pre-rendered by recap-widgets/server (declarative shadow DOM)
 * instead of rendering it again. Lit's hydration support is loaded only when an element
 * arrives with its shadow root already in the HTML, and installed on this Lit before that
 * element connects; pages without pre-rendered widgets never fetch it.
 */
import { LitElement } from 'lit';

let loading: Promise<void> | undefined;
let unavailable = false;

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
  return (loading ??= import('./hydrate-support.js').then(
    ({ install }) => {
      if (!installed()) install({ LitElement });
    },
    (error: unknown) => {
      unavailable = true;
      console.warn(`Recap: pre-rendered widgets render again: hydration support could not load (${String(error)})`);
    },
  ));
}
