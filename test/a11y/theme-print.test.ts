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
    expect(sheet!.shadowRoot!.querySelectorAll('.print-sheet > li')).to.have.length(12);
    expect($(key!, '.print-sheet .answer')!.textContent).to.contain('Answer key: At the Ciragan Palace in Istanbul');
    if (!engine.emulateMedia) {
      checkedInstead(this, 'its driver cannot emulate print; checked: the sheet is hidden on screen and the engine keeps the print rules');
      expect(mediaRules(sheet!).some((r) => r.media.mediaText === 'print' && r.cssText.includes('.print-sheet'))).to.equal(true);
      return;
    }
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(sheet!, '.question-form')!).display).to.equal('none');
    expect(getComputedStyle($(sheet!, '.print-sheet')!).display).to.equal('block');
    // Without print-answer-key the key is not in the page at all (pre-rendered HTML gives no answer away).
    expect($(sheet!, '.print-sheet .answer')).to.equal(null);
    expect(getComputedStyle($(key!, '.print-sheet .answer')!).display).to.equal('block');
  });
});

describe('the accessibility audit', () => {
  // Control tests: the audit every element test relies on must see inside the widgets' shadow
  // roots, nested ones too, and must fail there. (target-size, off by default in axe, is covered
  // by the measured-targets test in accessibility.test.ts.)
  it('passes a widget as rendered', async () => {
    const el = await fixture(html`<recap-quiz .article=${seed()} persist="none"></recap-quiz>`);
    await expect(el).to.be.accessible();
  });

  it('fails a nameless button inside a widget\'s shadow root', async () => {
    const el = await fixture<RecapQuiz>(html`<recap-quiz .article=${seed()} persist="none"></recap-quiz>`);
    await el.updateComplete;
    $(el, '[part~="base"]')!.append(document.createElement('button'));
    await expect(el).not.to.be.accessible();
  });

  it('fails unreadable text inside a shadow root nested in <recap-article>', async () => {
    const el = await fixture(html`<recap-article .article=${seed()}></recap-article>`);
    const summary = $(el, 'recap-summary') as HTMLElement & { updateComplete: Promise<unknown> };
    await summary.updateComplete;
    const faint = document.createElement('p');
    faint.textContent = 'Barely there';
    faint.style.color = '#eeeeee';
    faint.style.background = '#ffffff';
    $(summary, '[part~="base"]')!.append(faint);
    await expect(el).not.to.be.accessible();
  });
});
