// renderRecapHtml takes any value a caller hands it: a record it cannot copy (a getter that
// throws, a revoked Proxy) is checked as it is, as before the server copied records to check them
// once (src/server/frozen-valid.ts), and gets a result, never a throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { renderRecapHtml } from '../../dist/server/index.js';
import { validateArticle } from '../../dist/data/index.js';

const recap = JSON.parse(await readFile(new URL('fixtures/render-snapshot.recap.json', import.meta.url), 'utf8'));

/** The record, its `title` a getter that throws. */
const throwingTitle = () => {
  const record = structuredClone(recap);
  Object.defineProperty(record, 'title', { enumerable: true, get() { throw new Error('no title today'); } });
  return record;
};
/** A Proxy of the record, revoked before it is rendered. */
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable(structuredClone(recap), {});
  revoke();
  return proxy;
};

for (const [name, make] of [['a record whose title getter throws', throwingTitle], ['a revoked Proxy', revoked]]) {
  for (const element of ['recap-article', 'recap-summary']) {
    test(`${name}, rendered as <${element}>, gets the validator's problems, not a throw`, async () => {
      const checked = validateArticle(make());
      assert.equal(checked.ok, false);
      assert.deepEqual(await renderRecapHtml(make(), { element }), { ok: false, problems: checked.problems });
    });
  }
}
