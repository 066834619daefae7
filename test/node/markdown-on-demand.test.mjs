// marked on demand (src/render/lex.ts), in a real browser with the script-tag bundle: Markdown put
// into data changed in place still loads marked; a pre-rendered quiz with Markdown takes over with
// it; a sleeping pre-rendered summary fetches nothing, and woken it keeps the server's HTML until
// marked is here (no placeholder, no layout shift). Pages are written to test/node/generated/.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { useDemoBrowser } from './demo-browser.mjs';
import { renderRecapHtml } from '../../dist/server/index.js';

const demo = useDemoBrowser();
const seed = async () => JSON.parse(await readFile(new URL('../../demo/data/istanbul-talks.json', import.meta.url), 'utf8'));

async function open(path, { block } = {}) {
  const page = await demo.browser.newPage();
  const requested = [];
  const errors = [];
  if (block) {
    await page.setRequestInterception(true);
    page.on('request', (r) => (block.test(r.url()) ? r.respond({ status: 404, body: 'gone' }) : r.continue()));
  }
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(demo.base + path, { waitUntil: 'networkidle0' });
  return { page, requested, errors };
}

const PAGE = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/dist/recap.min.js"></script></head><body>${body}</body></html>`;
const generated = new URL('./generated/', import.meta.url);
before(async () => {
  await mkdir(generated, { recursive: true });
  await writeFile(new URL('plain.html', generated), PAGE(''));
});

test('mutating a nested part of the data and giving a new top-level object: the new Markdown shows as Markdown', async () => {
  const { page, errors } = await open('/test/node/generated/plain.html');
  const result = await page.evaluate(async (article) => {
    await customElements.whenDefined('recap-summary');
    // Plain text everywhere the summary looks.
    article.dek = 'A plain dek';
    article.summary.points = ['A plain point', 'Another plain point'];
    const el = document.createElement('recap-summary');
    el.article = article;
    document.body.append(el);
    await el.updateComplete;
    // The publisher's app edits a point in place (a common pattern), and hands a new object so Lit sees a change.
    article.summary.points[0] = 'Now with **bold** text';
    el.article = { ...article };
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 500));
    const point = el.shadowRoot.querySelector('[part~="point"]');
    return { text: point.textContent, strong: point.querySelector('strong')?.textContent ?? null };
  }, await seed());
  assert.deepEqual(errors, []);
  assert.deepEqual(result, { text: 'Now with bold text', strong: 'bold' });
  await page.close();
});

test('the quiz too: a prompt edited in place, then a new top-level object', async () => {
  const { page } = await open('/test/node/generated/plain.html');
  const result = await page.evaluate(async (article) => {
    await customElements.whenDefined('recap-quiz');
    article.quiz.questions = article.quiz.questions.filter((q) => q.type === 'single').map((q) => ({ ...q, explanation: undefined }));
    for (const q of article.quiz.questions) q.prompt = q.prompt.replace(/[*_]/g, '');
    const el = document.createElement('recap-quiz');
    el.article = article;
    document.body.append(el);
    await el.updateComplete;
    article.quiz.questions[0].prompt = 'Which is **right**?';
    el.article = { ...article };
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 500));
    const prompt = el.shadowRoot.querySelector('[part~="prompt"]');
    return { text: prompt?.textContent.trim(), strong: prompt?.querySelector('strong')?.textContent ?? null };
  }, await seed());
  assert.deepEqual(result, { text: 'Which is right?', strong: 'right' });
  await page.close();
});

test("Lit's pattern for mutation: change the data in place, then requestUpdate()", async () => {
  const { page } = await open('/test/node/generated/plain.html');
  const result = await page.evaluate(async (article) => {
    await customElements.whenDefined('recap-figures');
    for (const f of article.figures) f.label = f.label.replace(/[*_]/g, '');
    const el = document.createElement('recap-figures');
    el.article = article;
    document.body.append(el);
    await el.updateComplete;
    article.figures[0].label = 'Warplanes *hit*';
    el.requestUpdate();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 500));
    const label = el.shadowRoot.querySelector('[part~="label"]');
    return { text: label.textContent.trim(), em: label.querySelector('em')?.textContent ?? null };
  }, await seed());
  assert.deepEqual(result, { text: 'Warplanes hit', em: 'hit' });
  await page.close();
});

/** A pre-rendered quiz whose first question's prompt has Markdown in it. */
async function ssrQuizPage(name) {
  const article = await seed();
  article.quiz.questions[0].prompt = 'Where do the **talks** take place?';
  const result = await renderRecapHtml(article, { element: 'recap-quiz' });
  assert.ok(result.ok);
  await writeFile(new URL(name, generated), PAGE(result.html));
}

test('a pre-rendered quiz with Markdown in its first prompt takes over with marked loaded: same DOM, no hydration error', async () => {
  await ssrQuizPage('ssr-md.html');
  const { page, errors, requested } = await open('/test/node/generated/ssr-md.html');
  const before = await page.evaluate(() => document.querySelector('recap-quiz').shadowRoot.querySelector('[part~="prompt"] strong')?.textContent);
  // Touch it: pick the first choice (the take-over replays it).
  await page.evaluate(() => document.querySelector('recap-quiz').shadowRoot.querySelector('input[type="radio"]').click());
  await page.waitForFunction(() => document.querySelector('recap-quiz').hasUpdated);
  await new Promise((r) => setTimeout(r, 500));
  const after = await page.evaluate(() => ({
    strong: document.querySelector('recap-quiz').shadowRoot.querySelector('[part~="prompt"] strong')?.textContent,
    checked: document.querySelector('recap-quiz').shadowRoot.querySelector('input[type="radio"]').checked,
  }));
  assert.equal(before, 'talks');
  assert.deepEqual(errors, []);
  assert.deepEqual(after, { strong: 'talks', checked: true });
  assert.ok(requested.includes('/dist/recap-markdown.min.js'), requested.join('\n'));
  await page.close();
});

test("a pre-rendered quiz whose marked cannot load shows its error line when it takes over, in place of the server's HTML", async () => {
  await ssrQuizPage('ssr-md.html');
  // The quiz is in view: it takes over at once.
  const { page, errors } = await open('/test/node/generated/ssr-md.html', { block: /-markdown\.min\.js$/ });
  await page.waitForFunction(() => document.querySelector('recap-quiz').hasUpdated, { timeout: 10000 });
  const state = await page.evaluate(() => {
    const root = document.querySelector('recap-quiz').shadowRoot;
    return { bases: root.querySelectorAll('[part~="base"]').length, error: root.querySelector('[part~="error"]')?.textContent.trim() ?? null, styled: getComputedStyle(root.querySelector('[part~="base"]')).display !== 'inline' };
  });
  assert.deepEqual(state, { bases: 1, error: 'This quiz cannot be shown right now.', styled: true });
  // What the console says: the file that could not load, not a failed hydration.
  assert.ok(errors.some((e) => /could not be loaded/.test(e)), errors.join('\n'));
  assert.ok(!errors.some((e) => /could not take over|mismatch/i.test(e)), errors.join('\n'));
  await page.close();
});

test('a pre-rendered <recap-article> whose marked cannot load renders anew: each widget shows what it can, or its error line', async () => {
  const result = await renderRecapHtml(await seed(), { element: 'recap-article' });
  await writeFile(new URL('ssr-article.html', generated), PAGE(result.html));
  const { page, errors } = await open('/test/node/generated/ssr-article.html', { block: /-markdown\.min\.js$/ });
  const states = await page
    .waitForFunction(() => {
      const root = document.querySelector('recap-article').shadowRoot;
      const state = (tag) => {
        const el = root.querySelector(tag);
        return el?.shadowRoot?.querySelector('[part~="error"]') ? 'error' : el?.shadowRoot?.querySelector('[part~="base"]:not([part~="placeholder"])') ? 'ready' : undefined;
      };
      const all = ['recap-summary', 'recap-figures', 'recap-quiz'].map((tag) => [tag, state(tag)]);
      return all.every(([, s]) => s) && Object.fromEntries(all);
    }, { timeout: 10000 })
    .then((h) => h.jsonValue());
  // The seed's Markdown is in its key points and the quiz's explanations; its figures are plain text.
  assert.deepEqual(states, { 'recap-summary': 'error', 'recap-figures': 'ready', 'recap-quiz': 'error' });
  assert.ok(!errors.some((e) => /could not take over|mismatch/i.test(e)), errors.join('\n'));
  await page.close();
});

test('a sleeping pre-rendered summary woken by an attribute change keeps the server\'s HTML until marked is here: no placeholder in between', async () => {
  const article = await seed();
  const result = await renderRecapHtml(article, { element: 'recap-summary' });
  await writeFile(new URL('ssr-summary.html', generated), PAGE(result.html));
  const { page, errors } = await open('/test/node/generated/ssr-summary.html');
  const seen = await page.evaluate(async () => {
    const el = document.querySelector('recap-summary');
    const states = [];
    const look = () => states.push([...el.shadowRoot.querySelectorAll('[part~="base"]')].map((b) => b.getAttribute('part')).join('|') + ' ' + Math.round(el.getBoundingClientRect().height) + 'px');
    new MutationObserver(look).observe(el.shadowRoot, { childList: true, subtree: true });
    const height = el.getBoundingClientRect().height;
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    return { states: [...new Set(states)], heightBefore: Math.round(height), heightAfter: Math.round(el.getBoundingClientRect().height), level: el.shadowRoot.querySelector('[part~="heading"]').getAttribute('aria-level') };
  });
  assert.deepEqual(errors, []);
  // updateComplete waited for the woken summary's render: the new heading level is there.
  assert.equal(seen.level, '3');
  assert.ok(!seen.states.some((s) => /placeholder/.test(s)), `the placeholder showed: ${seen.states.join(', ')}`);
  await page.close();
});

test('a sleeping pre-rendered summary with Markdown in it fetches no marked', async () => {
  const result = await renderRecapHtml(await seed(), { element: 'recap-summary' });
  await writeFile(new URL('ssr-summary.html', generated), PAGE(result.html));
  const { page, errors, requested } = await open('/test/node/generated/ssr-summary.html');
  await page.evaluate(() => document.querySelector('recap-summary').updateComplete);
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(errors, []);
  assert.deepEqual(requested.filter((p) => /markdown|hydrate/.test(p)), []);
  await page.close();
});
