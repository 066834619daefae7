// `npm run bench:editor` (after `npm run build`): how long after the author's last keystroke
// the studio's preview shows what was typed, on the seed recap, in headless Chromium.
// Real key presses (puppeteer, 30 ms apart) into the bottom line; the page records the time of
// the last input event and polls each animation frame until the real <recap-summary> in the
// preview shows the new text. Also: the time to validate the seed recap once (the editor does
// it on every keystroke).
import { readFile } from 'node:fs/promises';
import { startDemoBrowser } from './demo-browser.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 25);
const root = new URL('..', import.meta.url);
const seed = await readFile(new URL('demo/data/istanbul-talks.json', root), 'utf8');
const { base, browser, stop } = await startDemoBrowser();
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`${base}/demo/studio.html`, { waitUntil: 'networkidle0' });
  await page.evaluate(async (text) => {
    await customElements.whenDefined('recap-editor');
    const editor = document.querySelector('recap-editor');
    editor.storage = 'none';
    editor.openText(text, 'istanbul-talks.json');
  }, seed);
  await page.waitForFunction(() => document.querySelector('recap-editor').shadowRoot.querySelector('recap-summary')?.shadowRoot?.textContent.includes('Both sides'));
  // Watch: time of the last input, and the first frame at which the preview shows the marker.
  await page.evaluate(() => {
    const editor = document.querySelector('recap-editor');
    editor.shadowRoot.addEventListener('input', () => (window.__lastInput = performance.now()));
    window.__waitFor = (widget, marker) =>
      new Promise((done) => {
        const check = () => {
          const el = editor.shadowRoot.querySelector(widget);
          if (el?.shadowRoot?.textContent.includes(marker)) done(performance.now() - window.__lastInput);
          else requestAnimationFrame(check);
        };
        check();
      });
  });
  async function measure(field, widget) {
    await (await page.waitForSelector(`recap-editor >>> ${field}`)).click();
    await page.keyboard.press('End');
    const latencies = [];
    for (let i = 0; i < SAMPLES + 3; i++) {
      const marker = ` z${i}q`;
      await page.keyboard.type(marker, { delay: 30 });
      const ms = await page.evaluate((w, m) => window.__waitFor(w, m), widget, marker.trim());
      if (i >= 3) latencies.push(ms); // the first three warm up
    }
    return latencies;
  }
  const results = [
    ['bottom line -> <recap-summary>', await measure('#f--summary--takeaway', 'recap-summary')],
    ['first question -> <recap-quiz>', await measure('#f--quiz--questions--0--prompt', 'recap-quiz')],
  ];
  const validate = await page.evaluate(async () => {
    const { validateArticle } = await import('/dist/data/validate.js');
    const article = document.querySelector('recap-editor').value;
    const runs = 50;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) validateArticle(structuredClone(article));
    return (performance.now() - t0) / runs;
  });
  const f = (n) => n.toFixed(1).padStart(6);
  console.log(`preview latency after the last keystroke, seed recap, ${SAMPLES} samples each (ms; the 40 ms debounce included; target 100 ms):`);
  for (const [what, xs] of results) console.log(`  ${what.padEnd(34)} median ${f(median(xs))}   p90 ${f(quantile(xs, 0.9))}   max ${f(Math.max(...xs))}`);
  console.log(`validateArticle on the seed recap (structuredClone included): ${validate.toFixed(2)} ms per call`);
} finally {
  await stop();
}
