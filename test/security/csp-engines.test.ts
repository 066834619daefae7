/**
 * The strict-CSP demo pages (demo/csp*.html, served with the policy of web-dev-server.config.mjs) in the engine
 * under test: every element renders and the quiz goes on with Trusted Types enforced, and nothing breaks the
 * policy. test/node/csp.test.mjs does the same in Chromium through puppeteer; this runs in every engine.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { engine, checkedInstead } from '../engine.js';

interface Opened {
  win: Window;
  violations: string[];
  errors: string[];
}

/** Loads a page in an iframe, listening for policy violations and errors on its document before its scripts run. */
async function open(path: string): Promise<Opened> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 700px';
  document.body.append(frame);
  const opened: Opened = { win: frame.contentWindow!, violations: [], errors: [] };
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  await waitUntil(() => {
    const win = frame.contentWindow!;
    if (win.location.pathname !== path) return false;
    win.document.addEventListener('securitypolicyviolation', (e) => opened.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
    win.addEventListener('error', (e) => opened.errors.push(String(e.message)));
    win.addEventListener('unhandledrejection', (e) => opened.errors.push(String(e.reason)));
    opened.win = win;
    return true;
  }, `${path} never started loading`, { interval: 1, timeout: 10_000 });
  await loaded;
  return opened;
}

const rendered = (win: Window) =>
  [...win.document.querySelectorAll('body > *')]
    .filter((el) => el.localName.startsWith('recap-'))
    .every((el) => el.shadowRoot?.querySelector('[part~="base"]:not([part~="placeholder"]):not([part~="error"])'));

for (const [name, path] of [['bundle', '/demo/csp.html'], ['modules', '/demo/csp-modules.html']] as const) {
  describe(`a strict CSP with Trusted Types (${name})`, () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

    it('renders every element and takes a quiz answer without a violation or an error', async function () {
      this.timeout(30_000);
      if (name === 'bundle') expect((await fetch('/dist/recap.min.js')).ok, 'dist/recap.min.js (run `npm run build`)').to.equal(true);
      const { win, violations, errors } = await open(path);
      await waitUntil(() => rendered(win), 'the elements never rendered under the policy', { timeout: 15_000 });
      const quiz = win.document.querySelector('recap-quiz')!;
      const $ = (selector: string) => quiz.shadowRoot!.querySelector<HTMLElement>(selector);
      $('input[type="radio"]')!.click();
      await (quiz as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      $('#action')!.click();
      await waitUntil(() => $('.verdict'), 'no verdict after Check');
      $('#action')!.click();
      await waitUntil(() => $('[part~="progress"]'), 'no next question');
      expect(violations).to.deep.equal([]);
      expect(errors).to.deep.equal([]);

      // The checks can fail: the page enforces the policy in this engine.
      if ('trustedTypes' in win) {
        // The one deliberate sink here: the engine must refuse it on this page.
        // eslint-disable-next-line no-restricted-syntax
        expect(() => (win.document.body.innerHTML = '<b>markup from a string</b>'), 'a string to innerHTML').to.throw();
      } else {
        checkedInstead(this, 'no Trusted Types in this engine; checked: the CSP alone');
      }
      win.document.body.setAttribute('style', 'color: red');
      await waitUntil(() => violations.length > 0, `${engine.name} reported no violation for a style attribute set from script`);
    });
  });
}
