// Takes the README's screenshot of the demo in headless Chromium: `npm run screenshot`.
import { startDemoBrowser } from './demo-browser.mjs';

const page = process.argv[2] ?? '/demo/index.html';
const out = process.argv[3] ?? 'docs/screenshot.png';
const width = Number(process.argv[4] ?? 1280);

const { base, browser, stop } = await startDemoBrowser();
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  tab.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  await tab.goto(`${base}${page}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(() =>
    [...document.querySelectorAll('recap-summary, recap-figures, recap-quiz, recap-article')].every(
      (el) => el.shadowRoot?.querySelector('[part~="base"]:not([part~="placeholder"])'),
    ),
  );
  await tab.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await stop();
}
