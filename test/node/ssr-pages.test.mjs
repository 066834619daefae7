// The pages pre-rendered at build (demo/ssr.html, demo/csp-ssr.html) in Chromium: they read
// without JavaScript (the quiz as a question sheet), the bundle takes them over without
// rendering them again, the quiz works, and the strict-CSP twin raises no violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser } from './demo-browser.mjs';
import { STRICT_CSP } from '../../web-dev-server.config.mjs';

const demo = useDemoBrowser();

async function open(path, { javaScript = true } = {}) {
  const page = await demo.browser.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e}`));
  await page.setJavaScriptEnabled(javaScript);
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    window.__shift = 0;
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__shift += e.value))).observe({ type: 'layout-shift', buffered: true });
    // Keep the first node of every pre-rendered shadow root, to see that hydration keeps it.
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        window.__firstNodes = [...document.querySelectorAll('body > [lang], body > *')].filter((el) => el.shadowRoot).map((el) => el.shadowRoot.querySelector('[part~="base"]'));
    });
  });
  const response = await page.goto(demo.base + path, { waitUntil: 'networkidle0' });
  return { page, messages, response };
}

test('without JavaScript, the summary and figures read and the quiz is a question sheet that gives no answer away', async () => {
  const { page } = await open('/demo/ssr.html', { javaScript: false });
  const text = (sel) => page.$eval(sel, (el) => el.shadowRoot.querySelector('[part~="base"]').innerText);
  assert.match(await text('recap-summary'), /Key points|Istanbul/i);
  assert.ok((await text('recap-figures')).length > 40);
  const quiz = await text('recap-quiz');
  assert.match(quiz, /Checking answers needs JavaScript\./);
  // Every question is on the sheet; the interactive form is not shown.
  const shown = await page.$eval('recap-quiz', (el) => ({
    items: el.shadowRoot.querySelectorAll('.print-sheet > li').length,
    sheet: getComputedStyle(el.shadowRoot.querySelector('.print-sheet')).display,
    form: getComputedStyle(el.shadowRoot.querySelector('.question-form')).display,
  }));
  assert.deepEqual(shown, { items: 12, sheet: 'block', form: 'none' });
  assert.doesNotMatch(quiz, /Answer key|Correct|Not quite/i);
  await page.close();
});

test('the bundle takes over the pre-rendered page: same nodes, no layout shift, no mismatch, the quiz answers', async () => {
  const { page, messages } = await open('/demo/ssr.html');
  // Summary and figures are never taken over; the quiz when the reader nears it.
  await page.waitForFunction(() => customElements.get('recap-quiz'));
  await page.$eval('recap-quiz', (el) => el.scrollIntoView());
  await page.waitForFunction(() => [...document.querySelectorAll('recap-quiz')].every((el) => el.hasUpdated));
  const kept = await page.evaluate(() =>
    window.__firstNodes.map((node) => node.isConnected && node === node.getRootNode().host.shadowRoot.querySelector('[part~="base"]')),
  );
  assert.deepEqual(kept, [true, true, true]);
  assert.deepEqual(messages.filter((m) => /error|mismatch|warn/i.test(m)), []);
  assert.equal(await page.evaluate(() => window.__shift), 0);
  const quiz = await page.$('recap-quiz');
  await (await quiz.waitForSelector('pierce/input[type="radio"]')).click();
  await (await quiz.$('pierce/#action')).click();
  await quiz.waitForSelector('pierce/.verdict');
  // Saved progress is applied after hydration: reloaded, the quiz shows the checked answer.
  await page.reload({ waitUntil: 'networkidle0' });
  const again = await page.$('recap-quiz');
  await again.evaluate((el) => el.scrollIntoView());
  await again.waitForSelector('pierce/.verdict', { timeout: 5000 });
  // (This re-render does shift the quiz's own content a little: the saved state is taller.)
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('the strict-CSP twin links its styles and raises no violation while the quiz is used', async () => {
  const { page, messages, response } = await open('/demo/csp-ssr.html');
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await page.waitForFunction(() => customElements.get('recap-quiz'));
  await page.$eval('recap-quiz', (el) => el.scrollIntoView());
  await page.waitForFunction(() => [...document.querySelectorAll('recap-quiz')].every((el) => el.hasUpdated));
  const styled = await page.$eval('recap-summary', (el) => getComputedStyle(el).display);
  assert.equal(styled, 'block');
  const quiz = await page.$('recap-quiz');
  await (await quiz.waitForSelector('pierce/input[type="radio"]')).click();
  await (await quiz.$('pierce/#action')).click();
  await quiz.waitForSelector('pierce/.verdict');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(messages.filter((m) => /Content Security Policy|Trusted Type|pageerror/i.test(m)), []);
  await page.close();
});
