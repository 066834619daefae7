/** WCAG 2.2 AA checks beyond the per-element audits: every state, targets, motion, forced colours, zoom, keyboard. */
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';

const forcedColors = (value: 'active' | 'none') => executeServerCommand('recap-forced-colors', { value });
const browserTextSize = (standard: number) => executeServerCommand('recap-font-size', { standard });
import '../../src/index.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import type { RecapElement } from '../../src/shared/recap-element.js';
import { en } from '../../src/locales/en.js';
import { seed } from '../fixtures.js';
import { $, $$, click, deepActive, press, settle, tabTo, type } from '../elements/helpers.js';
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

/** Waits for an element's running CSS transitions, so computed colours are the final ones. */
const transitionsDone = (el: Element) => Promise.all(el.getAnimations().map((a) => a.finished));

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
      for (const blank of $$<HTMLInputElement>(el, 'input.blank')) {
        await click(blank);
        await press('1');
      }
      for (const select of $$<HTMLSelectElement>(el, 'select.blank')) {
        select.focus();
        await type(select.options[1]!.text);
        select.blur();
      }
      const items = $$(el, '[part~="match-item"]');
      for (const [k, item] of items.entries()) {
        await click(item);
        await settle(el);
        if (k === 0) await expect(el, `question ${i + 1}, an item picked`).to.be.accessible();
        await click($$(el, '[part~="match-target"]')[k]!);
        await settle(el);
      }
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

  it('gives buttons and choices 44 px targets and every other control at least 24 by 24 px, even at 280 px wide', async () => {
    const measured = new Set<string>();
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
          // The large targets: the quiz's main buttons and whole choice rows.
          const large = node.matches('button:not(.small), label.choice');
          const min = large ? 44 : 24;
          measured.add(large ? 'large' : 'other');
          if (r.width < min || r.height < min) small.push(`${node.localName}.${node.className} ${r.width.toFixed(0)}x${r.height.toFixed(0)} < ${min}`);
        }
        expect(small, `${tag} at ${width}px`).to.deep.equal([]);
      }
    }
    expect([...measured].sort()).to.deep.equal(['large', 'other']);
  });

  it('honours prefers-reduced-motion: no transition or animation anywhere in any element', async function () {
    // Computed motion on every element and its ::before/::after.
    const styledMotion = (root: Element) => {
      const found: string[] = [];
      for (const node of [root, ...shadowElements(root.shadowRoot!)]) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(node, pseudo);
          const seconds = (list: string) => Math.max(...list.split(',').map((v) => parseFloat(v) || 0));
          if (seconds(style.transitionDuration) > 0 || (style.animationName !== 'none' && seconds(style.animationDuration) > 0)) {
            found.push(`${node.localName}.${[...node.classList].join('.')}${pseudo ?? ''}`);
          }
        }
      }
      return [...new Set(found)];
    };
    // Motion that actually runs while a reader answers a question and moves on, pseudo-elements
    // included. (Chromium reports no animation for the progress bar's value, so it cannot be seen here.)
    const runningMotion = async () => {
      const el = await mount('recap-quiz', seed(), 'persist=none');
      const seen = new Set<string>();
      const look = () => {
        for (const a of el.shadowRoot!.getAnimations()) {
          const effect = a.effect as KeyframeEffect;
          seen.add(`${(effect.target as Element).localName}${effect.pseudoElement ?? ''}`);
        }
      };
      await click($(el, '.choice')!);
      look();
      await click($(el, '#action')!);
      await settle(el);
      await click($(el, '#action')!);
      await settle(el);
      look();
      return [...seen];
    };
    const before = await runningMotion();
    fixtureCleanup(); // each widget renders once it is on screen: keep the next ones at the top
    const els = [];
    for (const tag of TAGS) els.push(await mount(tag));
    if (!engine.emulateMedia) {
      checkedInstead(this, 'its driver cannot emulate prefers-reduced-motion; checked: motion follows the preference the engine reports');
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      expect(els.flatMap(styledMotion).length === 0, 'no styled motion exactly when motion is reduced').to.equal(reduced);
      return;
    }
    // Without the preference there is motion to remove, so this test can see it.
    expect(els.flatMap(styledMotion), 'styled motion without the preference').to.include('label.choice');
    expect(before, 'running motion without the preference').to.include('label');
    await emulateMedia({ reducedMotion: 'reduce' });
    for (const el of els) expect(styledMotion(el), el.localName).to.deep.equal([]);
    fixtureCleanup();
    expect(await runningMotion(), 'running motion with the preference').to.deep.equal([]);
  });

  it('stays legible in forced-colors mode: our own system colours for state and focus, and state in words', async function () {
    // Right and wrong are written out on the choices, not shown by colour alone.
    const stateInWords = (el: Element) => {
      const marks = $$(el, '.mark').map((m) => m.textContent!.trim());
      expect(marks).to.not.be.empty;
      for (const mark of marks) expect([en.rightChoice, en.wrongChoice, en.missedChoice]).to.include(mark);
      expect([en.correct, en.incorrect]).to.include($(el, '.verdict strong')!.textContent!.trim());
    };
    if (!engine.forcedColors) {
      checkedInstead(this, 'its driver cannot emulate forced colours; checked: right and wrong in words, not colour alone, and axe passes');
      const el = await mount('recap-quiz');
      await click($$(el, '.choice')[0]!);
      await click($(el, '#action')!);
      await settle(el);
      stateInWords(el);
      await expect(el).to.be.accessible();
      return;
    }
    await forcedColors('active');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    // The browser's Highlight, read from a plain element; the quiz must choose it for itself.
    const probe = await fixture(html`<div style="border: 2px solid Highlight; outline: 3px solid Highlight"></div>`);
    const highlight = getComputedStyle(probe).borderTopColor;
    const el = await mount('recap-quiz');
    const [picked, other] = $$(el, '.choice');
    await click(picked!);
    await settle(el);
    await transitionsDone(picked!);
    // Forced colours paint every border CanvasText; only our rule marks the picked choice.
    expect(getComputedStyle(picked!).borderTopColor, 'the picked choice').to.equal(highlight);
    expect(getComputedStyle(other!).borderTopColor, 'a choice not picked').to.not.equal(highlight);
    const action = await tabTo((n) => n.id === 'action');
    await transitionsDone(action);
    expect(getComputedStyle(action).outlineColor, 'focus outline of the button').to.equal(highlight);
    const style = getComputedStyle(action);
    expect(contrast(style.color, style.backgroundColor), 'button text against its background').to.be.at.least(4.5);
    await press('Enter');
    await settle(el);
    stateInWords(el);
    await expect(el).to.be.accessible();
  });

  it('shows a picked matching item in forced colours with our own system colour, and its state in words', async function () {
    const full = seed();
    const el = await mount('recap-quiz', { ...full, quiz: { ...full.quiz!, questions: full.quiz!.questions.filter((q) => q.type === 'matching') } });
    const item = $(el, '[part~="match-item"]')!;
    await click(item);
    await settle(el);
    // The state is said, not only shown: pressed, and each item's match (or none) in words.
    expect(item.getAttribute('aria-pressed')).to.equal('true');
    expect($$(el, '.match-slot').map((s) => s.textContent!.trim())).to.deep.equal(Array(3).fill(en.notMatched));
    if (!engine.forcedColors) {
      checkedInstead(this, 'its driver cannot emulate forced colours; checked: the picked item is pressed and every match is in words');
      return;
    }
    await forcedColors('active');
    const probe = await fixture(html`<div style="background: Highlight"></div>`);
    const highlight = getComputedStyle(probe).backgroundColor;
    expect(getComputedStyle(item).backgroundColor, 'the picked item').to.equal(highlight);
    expect(getComputedStyle($$(el, '[part~="match-item"]')[1]!).backgroundColor, 'an item not picked').to.not.equal(highlight);
    await expect(el).to.be.accessible();
  });

  it("reflows at 200% of the browser's text size in a 320 px column without horizontal scrolling", async function () {
    // The reader's setting (default font 16 px -> 32 px), not a property of the widget.
    if (engine.fontSize) await browserTextSize(32);
    else {
      checkedInstead(this, "its driver cannot set the browser's text size; checked with the page's root text at 200%");
      document.documentElement.style.fontSize = '200%';
    }
    try {
      for (const tag of TAGS) {
        const el = await mount(tag);
        const box = el.parentElement as HTMLElement;
        box.style.inlineSize = '320px';
        await settle(el);
        expect(parseFloat(getComputedStyle(el).fontSize), `${tag} text size`).to.equal(32);
        const overflowing = [...shadowElements(el.shadowRoot!)].filter((n) => n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflowX === 'visible' && n.clientWidth > 0);
        expect(el.scrollWidth, tag).to.be.at.most(320);
        expect(overflowing.map((n) => `${n.localName}.${n.className}`), tag).to.deep.equal([]);
      }
    } finally {
      if (engine.fontSize) await browserTextSize(16);
      else document.documentElement.style.removeProperty('font-size');
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
    // The link reached is the opened source's own, inside this widget.
    expect(summary.parentElement!.contains(link), 'link inside the opened source').to.equal(true);
    expect(el.shadowRoot!.contains(link)).to.equal(true);
  });

  it('shows a visible focus indicator on every focusable control', async () => {
    const el = await mount('recap-quiz');
    document.body.focus();
    const checked: string[] = [];
    for (let i = 0; i < 12; i++) {
      await press('Tab');
      const focused = deepActive()!;
      if (!el.shadowRoot!.contains(focused)) continue;
      const style = getComputedStyle(focused);
      const label = focused.closest('label');
      const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const viaLabel = label ? getComputedStyle(label).outlineStyle !== 'none' : false;
      expect(visible || viaLabel, `${focused.localName}#${focused.id}`).to.equal(true);
      checked.push(focused.id === 'action' ? '#action' : focused.localName);
    }
    // Tab must have reached the quiz's controls: a choice and the Check button at least.
    expect(checked, 'controls reached by Tab').to.include.members(['input', '#action']);
  });
});
