// The README's screenshot of the studio (`node scripts/screenshot-studio.mjs`, after `npm run build`):
// the seed article opened, figures drafted, the preview at 320 px beside the form.
import { readFile } from 'node:fs/promises';
import { startDemoBrowser } from './demo-browser.mjs';

const out = process.argv[2] ?? 'docs/studio.png';
const seed = await readFile(new URL('../demo/data/istanbul-talks.json', import.meta.url), 'utf8');
const { base, browser, stop } = await startDemoBrowser();
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1440, height: 1000, deviceScaleFactor: 1 });
  tab.on('console', (m) => m.type() === 'error' && !m.text().includes('404') && console.error('page:', m.text()));
  await tab.goto(`${base}/demo/studio.html`, { waitUntil: 'networkidle0' });
  await tab.evaluate(async (text) => {
    await customElements.whenDefined('recap-editor');
    const editor = document.querySelector('recap-editor');
    editor.storage = 'none';
    const data = JSON.parse(text);
    // Start as an author would: the article without figures, then "Find figures".
    delete data.figures;
    data.quiz.questions = data.quiz.questions.filter((q) => !q.figure).slice(0, 3);
    editor.openText(JSON.stringify(data), 'istanbul-talks.json');
  }, seed);
  const editor = await tab.waitForSelector('recap-editor');
  await (await editor.waitForSelector('pierce/#find-figures')).click();
  await (await editor.waitForSelector('pierce/#proposal-0-accept')).click();
  await (await editor.waitForSelector('pierce/#proposal-0-accept')).click();
  await tab.waitForFunction(() => document.querySelector('recap-editor').shadowRoot.querySelector('recap-figures')?.shadowRoot?.querySelector('[part~="base"]'));
  // Scroll the form to the figures step, so the shot shows drafting next to the preview.
  await tab.evaluate(() => {
    const root = document.querySelector('recap-editor').shadowRoot;
    root.querySelector('recap-figures').scrollIntoView({ block: 'start' });
    root.querySelector('#s-figures').scrollIntoView({ block: 'start' });
  });
  await new Promise((r) => setTimeout(r, 300));
  await tab.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await stop();
}
