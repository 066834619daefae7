/**
 * A pre-rendered <recap-article> in the page before the script-tag bundle (dist/recap.min.js) defines the elements:
 * its summary and figures hydrate with it (./first-define.ts). No Recap module is imported before the test.
 */
import { expectChildrenHydrateWhenDefinedAfterHtml } from './first-define.js';

describe('a pre-rendered article in the page before the script-tag bundle (dist/recap.min.js) runs', () => {
  it("takes its summary and figures over with the server's nodes, rendering nothing anew", () => expectChildrenHydrateWhenDefinedAfterHtml(() => import(new URL('../../dist/recap.min.js', import.meta.url).href)));
});
