/**
 * Lit's support for taking over pre-rendered HTML, as a module of its own so that pages
 * without pre-rendered widgets to take over never load it (see ./hydrate.js); with it, what
 * waits for the reader before a pre-rendered quiz takes over (./take-over.js). Lit's module only sets a
 * global installer; it is captured here at once, so that two bundles on one page, each with
 * its own Lit, each install their own.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { LitElement } from 'lit';

export const install = (globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }).litElementHydrateSupport!;

export { waitForReader } from './take-over.js';
