// One script tag from a CDN: the bundle and its language files come from another origin and
// path than the page, and the languages load from next to the bundle when an article needs them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { chromePath, chromeArgs } from '../../scripts/chrome.mjs';

const dist = new URL('../../dist/', import.meta.url);
const seed = JSON.parse(await readFile(new URL('../../demo/data/istanbul-talks.json', import.meta.url), 'utf8'));
const inline = (a) => JSON.stringify(a).replace(/</g, '\\u003c');

const listen = (handler) =>
  new Promise((resolve) => {
    const server = createServer(handler).listen(0, '127.0.0.1', () => resolve(server));
  });

let cdn, site, browser, cdnBase;
const cdnRequests = [];
let languagesMissing = false;

before(async () => {
  cdn = await listen(async (req, res) => {
    cdnRequests.push(req.url);
    const m = /^\/npm\/recap-widgets@0\.1\.0\/dist\/([\w.-]+\.js)$/.exec(req.url);
    // A CDN answers every request with CORS headers, a missing file too.
    if (!m || (languagesMissing && m[1].startsWith('recap-lang-'))) return res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    try {
      const body = await readFile(new URL(m[1], dist));
      res.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  // "localhost" and "127.0.0.1" are different origins.
  cdnBase = `http://localhost:${cdn.address().port}/npm/recap-widgets@0.1.0/dist/`;
  const prerendered = (await readFile(new URL('../../demo/ssr.html', import.meta.url), 'utf8')).replace('../dist/recap.min.js', `${cdnBase}recap.min.js`);
  site = await listen((req, res) => {
    if (req.url === '/news/2025/prerendered.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(prerendered);
    if (req.url === '/news/2025/wrong.html')
      return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><body>
      <script type="module" src="${cdnBase}recap.min.js"></script>
      <recap-summary><script type="application/json">${inline({ ...seed, lang: 'english' })}</script></recap-summary>
    </body></html>`);
    if (req.url !== '/news/2025/story.html') return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><body>
      <script type="module" src="${cdnBase}recap.min.js"></script>
      <recap-quiz persist="none"><script type="application/json">${inline({ ...seed, lang: 'de' })}</script></recap-quiz>
      <recap-figures><script type="application/json">${inline({ ...seed, lang: 'uk' })}</script></recap-figures>
      <recap-summary><script type="application/json">${inline(seed)}</script></recap-summary>
    </body></html>`);
  });
  browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  cdn?.close();
  site?.close();
});

async function open() {
  // A fresh context each time: nothing from the HTTP cache of an earlier visit.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => {
    if (!/favicon/.test(m.location()?.url ?? '')) messages.push([m.type() === 'warn' ? 'warning' : m.type(), m.text()]);
  });
  await page.goto(`http://127.0.0.1:${site.address().port}/news/2025/story.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('recap-quiz, recap-figures, recap-summary')].every((el) => el.shadowRoot?.querySelector('[part~="base"]:not([part~="placeholder"])')),
  );
  const texts = await page.evaluate(() => ({
    check: document.querySelector('recap-quiz').shadowRoot.querySelector('#action').textContent.trim(),
    figures: document.querySelector('recap-figures').shadowRoot.querySelector('[part~="heading"]').textContent.trim(),
    summary: document.querySelector('recap-summary').shadowRoot.querySelector('.eyebrow')?.textContent.trim(),
    errors: document.querySelectorAll('*').length && [...document.querySelectorAll('recap-quiz, recap-figures, recap-summary')].filter((el) => el.shadowRoot.querySelector('[part~="error"]')).length,
  }));
  await context.close();
  return { texts, messages };
}

test('the bundle from another origin loads German and Ukrainian from next to itself, and only those', async () => {
  cdnRequests.length = 0;
  const { texts, messages } = await open();
  assert.deepEqual(texts, { check: 'Antwort prüfen', figures: 'Ключові цифри', summary: 'Summary', errors: 0 });
  assert.deepEqual(cdnRequests.filter((u) => u.includes('recap-lang-')).sort(), [
    '/npm/recap-widgets@0.1.0/dist/recap-lang-de.min.js',
    '/npm/recap-widgets@0.1.0/dist/recap-lang-uk.min.js',
  ]);
  assert.deepEqual(messages.filter(([type]) => type === 'error' || type === 'warning'), []);
});

test('language files missing on the CDN: English, one warning per language, no error state', async () => {
  languagesMissing = true;
  try {
    const { texts, messages } = await open();
    assert.deepEqual(texts, { check: 'Check answer', figures: 'Key figures', summary: 'Summary', errors: 0 });
    const warnings = messages.filter(([type]) => type === 'warning').map(([, text]) => text);
    // The browser reports the two missing files itself; the widgets add one warning each and no error.
    assert.deepEqual(messages.filter(([type, text]) => type === 'error' && !/status of 404/.test(text)), []);
    assert.equal(warnings.length, 2, warnings.join('\n'));
    for (const lang of ['de', 'uk']) assert.ok(warnings.some((w) => w.includes(`the "${lang}" strings could not be loaded`)), lang);
  } finally {
    languagesMissing = false;
  }
});

async function visit(path, ready) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${site.address().port}${path}`, { waitUntil: 'networkidle0' });
  const result = await page.waitForFunction(ready).then((h) => h.jsonValue());
  await context.close();
  return { result, errors };
}

test('the helpers load from next to the bundle on the CDN too: the words for wrong data, and hydration support', async () => {
  cdnRequests.length = 0;
  const wrong = await visit('/news/2025/wrong.html', () => document.querySelector('recap-summary').problems?.[0]?.message);
  assert.match(wrong.result, /did you mean "en"\?/);
  assert.deepEqual(cdnRequests.filter((u) => /-(explain|hydrate)\.min\.js$/.test(u)), ['/npm/recap-widgets@0.1.0/dist/recap-explain.min.js']);

  cdnRequests.length = 0;
  // Summary and figures keep the server's HTML (never taken over); the quiz takes over when the reader nears it.
  const taken = await visit('/news/2025/prerendered.html', () => {
    document.querySelector('recap-quiz')?.scrollIntoView();
    return document.querySelector('recap-quiz')?.hasUpdated && [...document.querySelectorAll('recap-summary, recap-figures')].map((el) => el.hasUpdated).join();
  });
  assert.equal(taken.result, 'false,false');
  assert.deepEqual(taken.errors, []);
  assert.deepEqual(cdnRequests.filter((u) => /-(explain|hydrate)\.min\.js$/.test(u)), ['/npm/recap-widgets@0.1.0/dist/recap-hydrate.min.js']);
});
