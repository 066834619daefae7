// The script-tag bundle reads <script type="text/markdown"> by fetching recap-authoring.min.js
// next to itself, and only on pages that have such a script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser } from './demo-browser.mjs';

const demo = useDemoBrowser();

async function visit(path) {
  const page = await demo.browser.newPage();
  const requested = [];
  const errors = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(demo.base + path, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    () => [...document.querySelectorAll('recap-quiz, recap-article')].every((el) => el.shadowRoot?.querySelector('[part~="base"]:not([part~="placeholder"])')),
    { timeout: 10000 },
  );
  return { page, requested, errors };
}

test('a page with inline Markdown fetches the compiler next to the bundle and shows the quiz', async () => {
  const { page, requested, errors } = await visit('/demo/markdown.html');
  assert.deepEqual(errors, []);
  assert.ok(requested.includes('/dist/recap-authoring.min.js'), requested.join('\n'));
  const text = await page.$eval('recap-quiz', (el) => el.shadowRoot.textContent);
  assert.match(text, /Where will the second round of peace talks take place\?/);
  assert.equal(await page.$eval('recap-quiz', (el) => el.shadowRoot.querySelector('[part~="error"]')), null);
  await page.close();
});

test('a page with inline JSON never fetches the compiler', async () => {
  const { requested, errors } = await visit('/demo/csp.html');
  assert.deepEqual(errors, []);
  assert.ok(requested.includes('/dist/recap.min.js'), requested.join('\n'));
  assert.ok(!requested.some((p) => p.includes('authoring')), requested.join('\n'));
});
