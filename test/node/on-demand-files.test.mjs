// What the script-tag bundle fetches from next to itself, and when: Lit's hydration support only
// for pre-rendered widgets, the author's hints only for wrong data, a question type's module only
// for a quiz that has one. Pages with good data, no pre-rendered HTML and common question types
// load the bundle alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser } from './demo-browser.mjs';

const demo = useDemoBrowser();
const onDemand = (paths) => paths.filter((p) => /-(explain|hydrate)\.min\.js$/.test(p));
const questionTypes = (paths) => paths.filter((p) => /-(order|cloze|matching)\.min\.js$/.test(p)).sort();

async function open(path, { block, data } = {}) {
  const page = await demo.browser.newPage();
  const requested = [];
  const errors = [];
  const warnings = [];
  if (block || data) {
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      if (block?.test(r.url())) return r.respond({ status: 404, body: 'gone' });
      // The page's article, changed by the test.
      if (data && r.url().endsWith('/data/istanbul-talks.json')) return r.respond({ status: 200, contentType: 'application/json', body: JSON.stringify(data) });
      return r.continue();
    });
  }
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (/favicon/.test(m.location()?.url ?? '')) return;
    (m.type() === 'warn' ? warnings : m.type() === 'error' ? errors : []).push(m.text());
  });
  await page.goto(demo.base + path, { waitUntil: 'networkidle0' });
  return { page, requested, errors, warnings };
}

/** Adds a <recap-summary> with this inline text and returns its problems once it shows its error state. */
async function wrongData(page, text) {
  return page.evaluate(async (text) => {
    const el = document.createElement('recap-summary');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.append(document.createTextNode(text)); // (the page enforces Trusted Types: no textContent on scripts)
    el.append(script);
    const failed = new Promise((resolve) => el.addEventListener('recap-error', (e) => resolve(e.detail.problems), { once: true }));
    document.body.append(el);
    const problems = await failed;
    await el.updateComplete;
    return { problems, error: el.shadowRoot.querySelector('[part~="error"]')?.textContent.trim() };
  }, text);
}

const seed = async () => JSON.parse(await (await fetch(demo.base + '/demo/data/istanbul-talks.json')).text());

test('a page with good data and no pre-rendered HTML fetches neither hints nor hydration support', async () => {
  const { page, requested, errors } = await open('/demo/csp.html');
  await page.waitForFunction(() => document.querySelector('recap-quiz')?.shadowRoot?.querySelector('fieldset'));
  assert.deepEqual(errors, []);
  assert.ok(requested.includes('/dist/recap.min.js'), requested.join('\n'));
  assert.deepEqual(onDemand(requested), []);
  await page.close();
});

test('a pre-rendered page fetches the hydration support next to the bundle, and no hints', async () => {
  const { page, requested, errors } = await open('/demo/ssr.html');
  assert.deepEqual(errors, []);
  assert.deepEqual(onDemand(requested), ['/dist/recap-hydrate.min.js']);
  await page.close();
});

test('wrong data fetches the hints, and its problems say where and what in full', async () => {
  const { page, requested } = await open('/demo/csp.html');
  const article = await seed();
  article.figures[0].evidence.quote = article.figures[0].evidence.quote.replace('warplanes', 'aircraft');
  article.lang = 'english';
  const { problems, error } = await wrongData(page, JSON.stringify(article));
  assert.ok(error, 'the error state shows');
  assert.deepEqual(onDemand(requested), ['/dist/recap-explain.min.js']);
  const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
  assert.match(byPath['/lang'], /did you mean "en"\?/);
  assert.match(byPath['/figures/0/evidence/quote'], /closest passage: ".*warplanes.*" \("aircraft" here, "warplanes" in the body\)/);

  const broken = await wrongData(page, '{\n  "schemaVersion": 1,\n  "id": "x",\n}');
  assert.equal(broken.problems[0].line, 4);
  assert.match(broken.problems[0].message, /line 4, column 1/);
  await page.close();
});

test('when the hints cannot be loaded, wrong data still shows its error state with every path, and one warning', async () => {
  const { page, warnings } = await open('/demo/csp.html', { block: /-explain\.min\.js$/ });
  const article = await seed();
  article.figures[0].evidence.quote = 'not a sentence of this article at all';
  article.lang = 'english';
  const { problems, error } = await wrongData(page, JSON.stringify(article));
  assert.ok(error, 'the error state shows');
  assert.deepEqual(problems.map((p) => p.path).sort(), ['/figures/0/evidence/quote', '/lang']);
  assert.equal(problems.find((p) => p.path === '/lang').message, 'lang: format');
  assert.equal(warnings.filter((w) => /hints for fixing the data could not load/.test(w)).length, 1, warnings.join('\n'));
  await page.close();
});

/** The seed quiz of the four common types only (single and multiple choice, true/false, numeric). */
const commonTypes = async () => {
  const article = await seed();
  article.quiz.questions = article.quiz.questions.filter((q) => !['order', 'cloze', 'matching'].includes(q.type));
  return article;
};

test('a quiz of the common question types never fetches the modules of ordering, cloze or matching', async () => {
  const { page, requested, errors } = await open('/demo/csp.html', { data: await commonTypes() });
  await page.waitForFunction(() => document.querySelector('recap-quiz')?.shadowRoot?.querySelector('fieldset'));
  assert.deepEqual(errors, []);
  assert.deepEqual(questionTypes(requested), []);
  await page.close();
});

test('a quiz with ordering, cloze and matching questions fetches each module once, from next to the bundle, and they work under a strict CSP with Trusted Types', async () => {
  const { page, requested, errors } = await open('/demo/csp.html');
  await page.waitForFunction(() => document.querySelector('recap-quiz')?.shadowRoot?.querySelector('fieldset'));
  assert.deepEqual(questionTypes(requested), ['/dist/recap-cloze.min.js', '/dist/recap-matching.min.js', '/dist/recap-order.min.js']);
  // Mode "all" shows every question: the blanks and the matching buttons are there, and work.
  const shown = await page.evaluate(async () => {
    const quiz = document.querySelector('recap-quiz');
    quiz.mode = 'all';
    await quiz.updateComplete;
    const root = quiz.shadowRoot;
    const blank = root.querySelector('input[part~="blank"]');
    blank.value = '30';
    blank.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    root.querySelector('[part~="match-item"]').click();
    await quiz.updateComplete;
    const down = root.querySelector('[part~="move-button"][id^="down-"]');
    const before = root.querySelector('.order-item .order-text').textContent;
    down.click();
    await quiz.updateComplete;
    const moved = root.querySelectorAll('.order-item .order-text')[1].textContent === before;
    return { blanks: root.querySelectorAll('[part~="blank"]').length, picked: root.querySelector('[part~="match-item"]').getAttribute('aria-pressed'), targets: root.querySelectorAll('[part~="match-target"]').length, moved };
  });
  assert.deepEqual(shown, { blanks: 2, picked: 'true', targets: 4, moved: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("when a question type's module cannot be loaded, the quiz shows its error state, and the rest of the page works", async () => {
  const { page } = await open('/demo/csp.html', { block: /-matching\.min\.js$/ });
  const state = await page.waitForFunction(() => {
    const quiz = document.querySelector('recap-quiz');
    const summary = document.querySelector('recap-summary');
    const error = quiz?.shadowRoot?.querySelector('[part~="error"]');
    return error && summary?.shadowRoot?.querySelector('[part~="base"]:not([part~="placeholder"])') && { error: error.textContent.trim(), problem: quiz.problems[0]?.message };
  }).then((h) => h.jsonValue());
  assert.equal(state.error, 'This quiz cannot be shown right now.');
  assert.match(state.problem, /could not be loaded/);
  await page.close();
});

const markdownFiles = (paths) => paths.filter((p) => /-markdown\.min\.js$/.test(p));

/** The seed with no Markdown in the text the widgets show (the emphasis taken out). */
const plainSeed = async () => {
  const article = await seed();
  const plain = (value) =>
    typeof value === 'string' ? value.replace(/\*/g, '') : Array.isArray(value) ? value.map(plain) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'quote' ? v : plain(v)])) : value;
  return { ...article, dek: plain(article.dek), summary: plain(article.summary), figures: plain(article.figures), quiz: plain(article.quiz) };
};

/** Waits until every widget of the page (not those inside <recap-article>) shows its ready or error state, and says which. */
const states = (page) =>
  page
    .waitForFunction(() => {
      const all = [...document.querySelectorAll('recap-summary, recap-figures, recap-quiz')];
      const state = (el) => (el.shadowRoot?.querySelector('[part~="error"]') ? 'error' : el.shadowRoot?.querySelector('[part~="base"]:not([part~="placeholder"])') ? 'ready' : undefined);
      return all.every(state) && all.map((el) => `${el.localName}: ${state(el)}`);
    })
    .then((h) => h.jsonValue());

test('a page whose text has no Markdown in it never fetches marked', async () => {
  const { page, requested, errors } = await open('/demo/csp.html', { data: await plainSeed() });
  assert.deepEqual(await states(page), ['recap-summary: ready', 'recap-figures: ready', 'recap-quiz: ready']);
  assert.deepEqual(errors, []);
  assert.deepEqual(markdownFiles(requested), []);
  await page.close();
});

test('text with Markdown fetches marked once, from next to the bundle, and shows its emphasis under a strict CSP with Trusted Types', async () => {
  const { page, requested, errors } = await open('/demo/csp.html');
  assert.deepEqual(await states(page), ['recap-summary: ready', 'recap-figures: ready', 'recap-quiz: ready']);
  assert.deepEqual(errors, []);
  assert.deepEqual(markdownFiles(requested), ['/dist/recap-markdown.min.js']);
  const strong = await page.evaluate(() => document.querySelector('recap-summary').shadowRoot.querySelector('[part~="point"] strong')?.textContent);
  assert.ok(strong, 'a key point shows its strong emphasis');
  await page.close();
});

test('when marked cannot be loaded, the widgets whose text has Markdown show their error state, and the rest of the page works', async () => {
  // The seed's Markdown is in the key points and the quiz's explanations; its figures are plain text.
  const { page } = await open('/demo/csp.html', { block: /-markdown\.min\.js$/ });
  assert.deepEqual(await states(page), ['recap-summary: error', 'recap-figures: ready', 'recap-quiz: error']);
  const problem = await page.evaluate(() => document.querySelector('recap-summary').problems[0]?.message);
  assert.match(problem, /could not be loaded/);
  await page.close();
});
