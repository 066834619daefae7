// The script-tag bundle on a page whose widgets are all pre-rendered: the page paints without it,
// so it defines its elements after the first frame instead of upgrading every widget before it.
// A page with a widget to render in the browser gets its elements as the bundle runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser } from './demo-browser.mjs';

const demo = useDemoBrowser();

/** Opens `path`, noting the frames drawn when the bundle had run and when each tag was defined. */
async function open(path) {
  const page = await demo.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.evaluateOnNewDocument(() => {
    window.__frames = 0;
    const tick = () => (window.__frames++, requestAnimationFrame(tick));
    requestAnimationFrame(tick);
    window.__defined = [];
    const define = CustomElementRegistry.prototype.define;
    CustomElementRegistry.prototype.define = function (tag, ...rest) {
      if (tag.startsWith('recap-')) window.__defined.push({ tag, frames: window.__frames });
      return define.call(this, tag, ...rest);
    };
    // A module script's load event fires once it has run.
    document.addEventListener('load', (e) => {
      if (/\/recap\.min\.js$/.test(e.target.src ?? '')) window.__bundleRan = { frames: window.__frames, defined: window.__defined.length };
    }, true);
  });
  await page.goto(demo.base + path, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bundleRan && customElements.get('recap-quiz'));
  const seen = await page.evaluate(() => ({ ran: window.__bundleRan, defined: window.__defined }));
  return { page, errors, ...seen };
}

test('on a pre-rendered page, the bundle defines its elements after a frame, and they still take over', async () => {
  const { page, errors, ran, defined } = await open('/demo/ssr.html');
  assert.equal(ran.defined, 0, 'nothing is defined as the bundle runs');
  assert.deepEqual(defined.map((d) => d.tag), ['recap-summary', 'recap-figures', 'recap-quiz', 'recap-article']);
  for (const d of defined) assert.ok(d.frames > ran.frames, `<${d.tag}> defined after a frame (${d.frames} > ${ran.frames})`);
  // Defined later, the quiz is still taken over when the reader nears it, and answers.
  await page.evaluate(() => document.querySelector('recap-quiz').scrollIntoView());
  await page.waitForFunction(() => document.querySelector('recap-quiz').hasUpdated);
  const radio = await page.waitForSelector('recap-quiz >>> input[type="radio"]');
  await radio.click();
  await page.waitForFunction(() => document.querySelector('recap-quiz').shadowRoot.querySelector('input[type="radio"]:checked'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a page that renders its widgets in the browser, the bundle defines them as it runs', async () => {
  const { page, errors, ran, defined } = await open('/demo/csp.html');
  assert.equal(ran.defined, 4, 'every element is defined as the bundle runs');
  assert.deepEqual(defined.map((d) => d.tag).sort(), ['recap-article', 'recap-figures', 'recap-quiz', 'recap-summary']);
  assert.deepEqual(errors, []);
  await page.close();
});
