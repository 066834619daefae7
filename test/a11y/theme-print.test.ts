/** Light/dark from the page's colour scheme, a forced theme, print output, and which axe rules ran. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import { seed } from '../fixtures.js';
import { $ } from '../elements/helpers.js';
import { engine, checkedInstead } from '../engine.js';

const accentOf = (el: Element) => getComputedStyle($(el, '#action')!).backgroundColor;
const LIGHT_ACCENT = 'rgb(29, 78, 216)';
const DARK_ACCENT = 'rgb(138, 180, 255)';
/** Media rules the engine parsed in an element's shadow styles (what is left to check where print cannot be emulated). */
const mediaRules = (el: Element) =>
  (el.shadowRoot!.adoptedStyleSheets ?? []).flatMap((s) => [...s.cssRules]).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule);

describe('themes', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => engine.emulateMedia && emulateMedia({ colorScheme: 'light', media: 'screen' }));

  it('follows prefers-color-scheme on a page that declares color-scheme: light dark', async function () {
    const page = await fixture(html`<div style="color-scheme: light dark"><recap-quiz .article=${seed()} persist="none"></recap-quiz></div>`);
    const el = page.querySelector('recap-quiz') as RecapQuiz;
    await el.updateComplete;
    if (!engine.emulateMedia) {
      checkedInstead(this, 'its driver cannot switch prefers-color-scheme; checked: the accent follows the preference the engine reports');
      expect(accentOf(el)).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? DARK_ACCENT : LIGHT_ACCENT);
      return;
    }
    await emulateMedia({ colorScheme: 'light' });
    expect(accentOf(el)).to.equal(LIGHT_ACCENT);
    await emulateMedia({ colorScheme: 'dark' });
    expect(accentOf(el)).to.equal(DARK_ACCENT);
  });

  it('stays with a light page whatever the reader prefers, unless a theme is forced', async function () {
    if (engine.emulateMedia) await emulateMedia({ colorScheme: 'dark' });
    else checkedInstead(this, 'its driver cannot switch prefers-color-scheme; checked with the preference the engine reports');
    const page = await fixture(html`<div>
      <recap-quiz .article=${seed()} persist="none"></recap-quiz>
      <recap-quiz .article=${seed()} persist="none" theme="dark"></recap-quiz>
    </div>`);
    const [plain, dark] = [...page.querySelectorAll('recap-quiz')] as RecapQuiz[];
    await plain!.updateComplete;
    await dark!.updateComplete;
    expect(accentOf(plain!)).to.equal(LIGHT_ACCENT);
    expect(accentOf(dark!)).to.equal(DARK_ACCENT);
    // A forced theme brings its own background, so it reads on any page.
    expect(getComputedStyle($(dark!, '[part~="base"]')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    await expect(dark!).to.be.accessible();
  });
});

describe('printing a quiz', () => {
  afterEach(() => engine.emulateMedia && emulateMedia({ media: 'screen' }));

  it('prints a question sheet without controls, and the answer key only when asked', async function () {
    localStorage.clear();
    const page = await fixture(html`<div>
      <recap-quiz .article=${seed()} persist="none"></recap-quiz>
      <recap-quiz .article=${seed()} persist="none" print-answer-key></recap-quiz>
    </div>`);
    const [sheet, key] = [...page.querySelectorAll('recap-quiz')] as RecapQuiz[];
    await sheet!.updateComplete;
    await key!.updateComplete;
    expect(getComputedStyle($(sheet!, '.print-sheet')!).display).to.equal('none');
    expect(sheet!.shadowRoot!.querySelectorAll('.print-sheet > li')).to.have.length(10);
    expect($(key!, '.print-sheet .answer')!.textContent).to.contain('Answer key: At the Ciragan Palace in Istanbul');
    if (!engine.emulateMedia) {
      checkedInstead(this, 'its driver cannot emulate print; checked: the sheet is hidden on screen and the engine keeps the print rules');
      expect(mediaRules(sheet!).some((r) => r.media.mediaText === 'print' && r.cssText.includes('.print-sheet'))).to.equal(true);
      return;
    }
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(sheet!, '.question-form')!).display).to.equal('none');
    expect(getComputedStyle($(sheet!, '.print-sheet')!).display).to.equal('block');
    expect(getComputedStyle($(sheet!, '.print-sheet .answer')!).display).to.equal('none');
    expect(getComputedStyle($(key!, '.print-sheet .answer')!).display).to.equal('block');
  });
});

describe('the accessibility audit', () => {
  // chai-a11y-axe runs axe's default rule set; target-size (off by default in axe) is
  // covered by the measured-targets test in accessibility.test.ts.
  it('runs axe-core with its default rule set', async () => {
    const el = await fixture(html`<recap-quiz .article=${seed()} persist="none"></recap-quiz>`);
    await expect(el).to.be.accessible();
    const axe = (window as unknown as { axe: { _audit: { rules: { id: string; enabled: boolean }[] }; version: string } }).axe;
    const enabled = axe._audit.rules.filter((r) => r.enabled !== false).length;
    console.log(`axe-core ${axe.version}: ${enabled} rules enabled by default of ${axe._audit.rules.length}`);
    expect(enabled).to.be.greaterThan(80);
  });
});
