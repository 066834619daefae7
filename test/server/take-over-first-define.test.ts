/**
 * A pre-rendered <recap-article> in the page before the npm modules (dist/index.js) defines the elements:
 * its summary and figures hydrate with it (./first-define.ts). No Recap module is imported before the test.
 */
import { expectChildrenHydrateWhenDefinedAfterHtml } from './first-define.js';

describe('a pre-rendered article in the page before the npm modules (dist/index.js) runs', () => {
  it("takes its summary and figures over with the server's nodes, rendering nothing anew", () => expectChildrenHydrateWhenDefinedAfterHtml(() => import('../../dist/index.js')));
});
