/** WCAG 2.2 AA checks beyond the per-element audits: every state, targets, motion, forced colours, zoom, keyboard. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';

const forcedColors = (value: 'active' | 'none') => executeServerCommand('recap-forced-colors', { value });
import '../../src/index.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import type { RecapElement } from '../../src/shared/recap-element.js';
import { seed } from '../fixtures.js';
import { $, $$, click, deepActive, press, settle, tabTo } from '../elements/helpers.js';
import { engine, checkedInstead } from '../engine.js';

const TAGS = ['recap-summary', 'recap-figures', 'recap-quiz', 'recap-article'] as const;

function* shadowElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* shadowElements(el.shadowRoot);
  }
}

async function mount(tag: string, article = seed(), attrs = '') {
  localStorage.clear();
  const wrapper = await fixture(html`<div style="inline-size: 640px"></div>`);
  const el = document.createElement(tag) as RecapElement;
  for (const a of attrs.split(' ').filter(Boolean)) el.setAttribute(...(a.split('=') as [string, string]));
  el.article = article;
  wrapper.append(el);
  await settle(el);
  for (const inner of shadowElements(el.shadowRoot!)) if ('updateComplete' in inner) await (inner as RecapElement).updateComplete;
  return el;
}

/** WCAG contrast ratio of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('accessibility', () => {
  afterEach(async () => {
    if (engine.emulateMedia) await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    if (engine.forcedColors) await forcedColors('none');
    if (engine.setViewport) await setViewport({ width: 800, height: 600 });
  });

  it('passes axe in the loading and error states of every element', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      for (const tag of TAGS) {
        const loading = await fixture(html`<div></div>`);
        const el = document.createElement(tag);
        el.setAttribute('src', '/__recap/ok?delay=2000');
        loading.append(el);
        await (el as RecapElement).updateComplete;
        await expect(el).to.be.accessible();
        const broken = document.createElement(tag);
        broken.setAttribute('src', '/__recap/html?delay=50');
        loading.append(broken);
        await oneEvent(broken, 'recap-error');
        await (broken as RecapElement).updateComplete;
        await expect(broken).to.be.accessible();
      }
    } finally {
      console.error = original;
    }
  });

  it('passes axe at every step of the quiz, in both modes, and on the review', async function () {
    // Some twenty audits and thirty real clicks: WebKit's clicks go over WebDriver, about 6 s on a quiet machine.
    this.timeout(30_000);
    const el = (await mount('recap-quiz')) as RecapQuiz;
    const quiz = seed().quiz!;
    for (let i = 0; i < quiz.questions.length; i++) {
      await expect(el, `question ${i + 1}`).to.be.accessible();
      const choice = $(el, '.choice');
      if (choice) await click(choice);
      await click($(el, '#action')!);
      await settle(el);
      if ($(el, '.input-error:not([hidden])')) {
        await click($(el, 'input')!);
        await press('1');
        await click($(el, '#action')!);
        await settle(el);
      }
      await expect(el, `feedback ${i + 1}`).to.be.accessible();
      await click($(el, '#action')!);
      await settle(el);
    }
    expect($(el, '.review')).to.exist;
    await expect(el, 'review').to.be.accessible();
    const all = (await mount('recap-quiz', seed(), 'mode=all')) as RecapQuiz;
    await expect(all, 'mode=all').to.be.accessible();
  });

  it('gives every control a target of at least 24 by 24 px, even at 280 px wide', async () => {
    for (const width of [280, 640]) {
      for (const tag of TAGS) {
        const el = await mount(tag);
        (el.parentElement as HTMLElement).style.inlineSize = `${width}px`;
        await settle(el);
        const small: string[] = [];
        for (const node of shadowElements(el.shadowRoot!)) {
          if (!node.matches('button, input, summary, a.evidence-link, .read-more a, label.choice')) continue;
          const r = node.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue; // not rendered (closed details, print-only)
          if (r.width < 24 || r.height < 24) small.push(`${node.localName}.${node.className} ${r.width.toFixed(0)}x${r.height.toFixed(0)}`);
        }
        expect(small, `${tag} at ${width}px`).to.deep.equal([]);
      }
    }
  });

  it('honours prefers-reduced-motion: no transitions', async function () {
    const el = await mount('recap-quiz');
    const choice = $(el, '.choice')!;
    const before = getComputedStyle(choice).transitionDuration;
    if (!engine.emulateMedia) {
      checkedInstead(this, 'its driver cannot emulate prefers-reduced-motion; checked: transitions follow the preference the engine reports');
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      expect(before === '0s', 'no transitions exactly when motion is reduced').to.equal(reduced);
      return;
    }
    await emulateMedia({ reducedMotion: 'reduce' });
    const after = getComputedStyle(choice).transitionDuration;
    expect(before).to.not.equal('0s');
    expect(after).to.equal('0s');
  });

  it('stays legible in forced-colors mode: system colours, and state in words, not colour alone', async function () {
    if (engine.forcedColors) await forcedColors('active');
    const el = await mount('recap-quiz');
    await click($$(el, '.choice')[0]!);
    await click($(el, '#action')!);
    await settle(el);
    if (!engine.forcedColors) {
      checkedInstead(this, 'its driver cannot emulate forced colours; checked: the verdict is in words, not colour alone, and axe passes');
      expect($$(el, '.mark').map((m) => m.textContent)).to.not.be.empty;
      await expect(el).to.be.accessible();
      return;
    }
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const button = $(el, '#action')!;
    const style = getComputedStyle(button);
    expect(contrast(style.color, style.backgroundColor), 'button text against its background').to.be.at.least(4.5);
    expect(getComputedStyle($(el, '.choice')!).borderTopStyle).to.equal('solid');
    expect($$(el, '.mark').map((m) => m.textContent)).to.not.be.empty;
    await expect(el).to.be.accessible();
  });

  it('reflows at 200% text size in a 320 px column without horizontal scrolling', async () => {
    for (const tag of TAGS) {
      const el = await mount(tag);
      const box = el.parentElement as HTMLElement;
      box.style.inlineSize = '320px';
      el.style.setProperty('--recap-font-scale', '2');
      await settle(el);
      const overflowing = [...shadowElements(el.shadowRoot!)].filter((n) => n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflowX === 'visible' && n.clientWidth > 0);
      expect(el.scrollWidth, tag).to.be.at.most(320);
      expect(overflowing.map((n) => `${n.localName}.${n.className}`), tag).to.deep.equal([]);
    }
  });

  it('puts headings at the level the host asks for', async () => {
    for (const tag of TAGS) {
      const el = await mount(tag, seed(), 'heading-level=4');
      const headings = [...shadowElements(el.shadowRoot!)].filter((n) => n.getAttribute('role') === 'heading');
      expect(headings.length, tag).to.be.greaterThan(0);
      expect(Math.min(...headings.map((h) => Number(h.getAttribute('aria-level')))), tag).to.equal(4);
    }
  });

  it('opens a figure\'s source and follows its link by keyboard alone', async () => {
    const el = await mount('recap-figures', { ...seed(), url: 'https://news.example/story' });
    document.body.focus();
    const summary = await tabTo((n) => n.localName === 'summary');
    await press('Enter');
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
    const link = await tabTo((n) => n.classList.contains('evidence-link'));
    expect((link as HTMLAnchorElement).href).to.match(/^https:\/\/news\.example\/story#:~:text=/);
    expect(deepActive()).to.equal(link);
    expect(el).to.exist;
  });

  it('shows a visible focus indicator on every focusable control', async () => {
    const el = await mount('recap-quiz');
    document.body.focus();
    for (let i = 0; i < 6; i++) {
      await press('Tab');
      const focused = deepActive()!;
      if (!el.shadowRoot!.contains(focused)) continue;
      const style = getComputedStyle(focused);
      const label = focused.closest('label');
      const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const viaLabel = label ? getComputedStyle(label).outlineStyle !== 'none' : false;
      expect(visible || viaLabel, `${focused.localName}#${focused.id}`).to.equal(true);
    }
  });
});
