// Runs the browser tests of the pure modules (src/data, src/render) under Node, for mutation
// testing: TypeScript through tsx, a DOM from happy-dom for Lit's render(), '@open-wc/testing'
// mapped to plain chai, and the loading tests' server routes on a local port.
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';
import { Window } from 'happy-dom';
import { startServer } from './server.mjs';

registerTsx();
register('./alias-hooks.mjs', import.meta.url);

const base = await startServer();
const nodeFetch = globalThis.fetch;
// The tests fetch root-relative addresses, as a page on the test server would.
globalThis.fetch = (input, init) => nodeFetch(typeof input === 'string' && input.startsWith('/') ? base + input : input, init);

const window = new Window({ url: base });
for (const name of ['window', 'document', 'Node', 'Element', 'HTMLElement', 'DocumentFragment', 'Text', 'Comment', 'NodeFilter', 'customElements']) {
  globalThis[name] = name === 'window' ? window : window[name];
}
