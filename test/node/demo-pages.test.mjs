// The demo pages as a visitor sees them, in headless Chromium: every widget reaches its
// ready state, nothing logs an error, and the educator page's tools work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser } from './demo-browser.mjs';

const demo = useDemoBrowser();

async function open(path) {
  const page = await demo.browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(demo.base + path, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    () => {
      const els = [...document.querySelectorAll('recap-summary, recap-figures, recap-quiz, recap-article')];
      return els.length > 0 && els.every((el) => el.shadowRoot?.querySelector('[part~="base"]:not([part~="placeholder"]):not([part~="error"])'));
    },
    { timeout: 10000 },
  );
  return { page, errors: errors.filter((e) => !/404 \(Not Found\)/.test(e)) };
}

test('demo/index.html: the publisher article page shows summary, figures and quiz', async () => {
  const { page, errors } = await open('/demo/index.html');
  const counts = await page.evaluate(() => ({
    points: document.querySelector('recap-summary').shadowRoot.querySelectorAll('[part~="point"]').length,
    // Under the page's own headline the card shows only the points: no second headline.
    headlineRepeated: document.querySelector('recap-summary').shadowRoot.textContent.includes(document.querySelector('h1').textContent),
    figures: document.querySelector('recap-figures').shadowRoot.querySelectorAll('[part~="figure"]').length,
    question: document.querySelector('recap-quiz').shadowRoot.querySelector('legend').textContent.trim(),
  }));
  assert.deepEqual(counts, { points: 6, headlineRepeated: false, figures: 8, question: 'Where will the second round of peace talks take place?' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('demo/publisher.html: the bundle alone renders the inline data', async () => {
  const { page, errors } = await open('/demo/publisher.html');
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
  assert.deepEqual(scripts.map((s) => new URL(s).pathname), ['/dist/recap.min.js']);
  const inner = await page.evaluate(() => document.querySelector('recap-article').shadowRoot.querySelectorAll('recap-summary, recap-figures, recap-quiz').length);
  assert.equal(inner, 3);
  assert.deepEqual(errors, []);
  await page.close();
});

test('demo/quiz.html: answers are logged, the layout switches, and GIFT downloads', async () => {
  const { page, errors } = await open('/demo/quiz.html');
  await page.evaluate(() => localStorage.clear());
  await page.reload({ waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('recap-quiz').shadowRoot.querySelector('legend'));
  const quiz = await page.$('recap-quiz');
  const radio = await quiz.waitForSelector('pierce/input[value="ciragan"]');
  await radio.click();
  await (await quiz.$('pierce/#action')).click();
  await page.waitForFunction(() => document.querySelectorAll('#log li').length === 1);
  assert.match(await page.$eval('#log li', (li) => li.textContent), /^venue: right \(1\/17\) · xAPI answered$/);
  await page.select('#mode', 'all');
  await page.waitForFunction(() => document.querySelector('recap-quiz').shadowRoot.querySelectorAll('fieldset').length === 12);
  await page.click('#gift');
  await page.waitForFunction(() => document.getElementById('export-note').textContent.length > 0);
  assert.match(await page.$eval('#export-note', (p) => p.textContent), /^Exported 12 questions\. Notes: question "proposal-terms": GIFT has one blank per question; its 2 blanks are written as 2 questions/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('demo/theming.html: three publisher looks from custom properties and parts alone', async () => {
  const { page, errors } = await open('/demo/theming.html');
  const looks = await page.evaluate(() =>
    ['.broadsheet', '.tabloid', '.techmag'].map((sel) => {
      const el = document.querySelector(`${sel} recap-quiz, ${sel} recap-figures`);
      const base = el.shadowRoot.querySelector('[part~="base"]');
      const s = getComputedStyle(base);
      return `${s.borderTopLeftRadius} ${s.fontFamily.split(',')[0]}`;
    }),
  );
  assert.equal(new Set(looks).size, 3, looks.join(' | '));
  assert.deepEqual(errors, []);
  await page.close();
});
