/**
 * When pre-rendered widgets take over their HTML (recap-widgets/server): a summary or figures
 * panel never does until something changes it, and then renders; a quiz takes over when the
 * reader nears or touches it, doing what the reader did meanwhile.
 * This file loads no quiz before its first test: the hydration support must not load for them.
 */
import '../../dist/index.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RecapQuiz } from '../../src/index.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };
const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((c) => c.remove()));

async function serverHtml(element: string, options: Record<string, string> = {}): Promise<string> {
  return (await fetch(`/__recap/ssr?${new URLSearchParams({ element, lang: '', ...options })}`)).text();
}

/** Parses the server's HTML as a page load does and puts it in the page (after `above` pixels of other content). */
async function place<T extends Widget>(element: string, above = 0, options: Record<string, string> = {}): Promise<{ el: T; changes: MutationRecord[]; stop: () => void }> {
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(`<div style="block-size:${above}px"></div>` + (await serverHtml(element, options)));
  const el = holder.lastElementChild as T;
  const changes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => changes.push(...records));
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
  containers.push(holder);
  document.body.append(holder);
  return { el, changes, stop: () => observer.disconnect() };
}

const frame = () => new Promise((r) => requestAnimationFrame(r));
const hydrationLoaded = () => performance.getEntriesByType('resource').some((e) => e.name.includes('hydrate-support'));

describe('pre-rendered summary and figures: no take-over until something changes them', () => {
  for (const element of ['recap-summary', 'recap-figures']) {
    it(`<${element}> keeps the server's shadow root, fires recap-load, and loads no hydration code`, async () => {
      const loads: Event[] = [];
      document.addEventListener('recap-load', (e) => loads.push(e), { once: true });
      const { el, changes, stop } = await place<Widget>(element);
      await el.updateComplete;
      await frame();
      stop();
      expect(changes).to.deep.equal([]);
      expect(el.hasUpdated).to.equal(false);
      expect(loads.map((e) => e.target)).to.deep.equal([el]);
      expect(hydrationLoaded()).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('a sleeping panel reads its inline data after the first frame, not before it: the paint waits for nothing', async () => {
    let loaded = false;
    document.addEventListener('recap-load', () => (loaded = true), { once: true });
    const { el } = await place<Widget>('recap-figures');
    await frame();
    expect(loaded, 'recap-load before the first frame').to.equal(false);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(loaded, 'recap-load once the page is idle').to.equal(true);
  });

  it('a sleeping summary renders new data given to it, once, with its styles', async () => {
    const { el } = await place<Widget & { article: unknown }>('recap-summary');
    await el.updateComplete;
    const article = JSON.parse(el.querySelector('script')!.textContent!);
    el.article = { ...article, summary: { ...article.summary, points: ['A point the server never saw', ...article.summary.points.slice(1)] } };
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(root.querySelector('[part~="point"]')!.textContent).to.equal('A point the server never saw');
    expect(getComputedStyle(root.querySelector('[part~="points"]')!).display).to.not.equal('inline');
    expect(root.adoptedStyleSheets.length + root.querySelectorAll('style').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('a sleeping panel follows an attribute change and a change of language', async () => {
    const { el } = await place<Widget>('recap-figures');
    await el.updateComplete;
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.getAttribute('aria-level')).to.equal('4');
    expect(el.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);

    // An article that names no language follows the page's (here the element's own lang, as the server set it).
    const { el: summary } = await place<Widget>('recap-summary', 0, { lang: '-' });
    await summary.updateComplete;
    const english = summary.shadowRoot!.querySelector('[part~="points"]')!.getAttribute('aria-label');
    summary.setAttribute('lang', 'de');
    await new Promise((r) => setTimeout(r));
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[part~="points"]')!.getAttribute('aria-label')).to.not.equal(english);
    expect(summary.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
  });

  it('a panel pre-rendered without its data (data: false) keeps the server\'s content when an attribute changes', async () => {
    const { el } = await place<Widget>('recap-summary', 0, { data: 'false' });
    await el.updateComplete;
    const points = el.shadowRoot!.querySelector('[part~="points"]');
    expect(points).to.exist;
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="points"]')).to.equal(points);
    expect(el.shadowRoot!.querySelector('[part~="placeholder"]')).to.equal(null);
  });
});

// persist="none": test files share one origin's storage, and other files' quizzes show the seed article.
describe('a pre-rendered quiz takes over when the reader nears or touches it', () => {
  it('waits while far below the viewport, and takes over when scrolled near', async () => {
    const { el } = await place<RecapQuiz & Widget>('recap-quiz', 10 * innerHeight, { persist: 'none' });
    await new Promise((r) => setTimeout(r, 200));
    expect(el.hasUpdated).to.equal(false);
    el.scrollIntoView();
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    expect(el.hasUpdated).to.equal(true);
  });

  it('an answer picked and checked before it took over still counts, with the focus where the reader left it', async () => {
    const { el } = await place<RecapQuiz & Widget>('recap-quiz', 10 * innerHeight, { persist: 'none' });
    await new Promise((r) => setTimeout(r, 100));
    const root = el.shadowRoot!;
    const radio = root.querySelector<HTMLInputElement>('input[type="radio"]')!;
    // Touching it starts the take-over; the reader's clicks come before it has finished.
    radio.focus();
    radio.click();
    root.querySelector<HTMLButtonElement>('#action')!.click();
    expect(el.hasUpdated).to.equal(false);
    await el.updateComplete;
    for (let i = 0; i < 20 && !root.querySelector('.verdict'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(root.querySelector('.verdict')).to.exist;
    expect(root.activeElement).to.exist;
  });

  it('a key press that started the take-over still acts', async () => {
    const { el } = await place<RecapQuiz & Widget>('recap-quiz', 10 * innerHeight, { persist: 'none' });
    await new Promise((r) => setTimeout(r, 100));
    const root = el.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    // A real key press on the focused button: the browser turns it into a click, which is held.
    root.querySelector<HTMLButtonElement>('#action')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (let i = 0; i < 20 && !root.querySelector('.verdict'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(root.querySelector('.verdict')).to.exist;
    expect(root.querySelectorAll('.verdict')).to.have.length(1);
  });

  it('a click on a choice\'s words ticks it at once, before the take-over, and it counts', async () => {
    const { el } = await place<RecapQuiz & Widget>('recap-quiz', 10 * innerHeight, { persist: 'none' });
    await new Promise((r) => setTimeout(r, 100));
    const root = el.shadowRoot!;
    const label = root.querySelector<HTMLLabelElement>('label.choice')!;
    const radio = label.control as HTMLInputElement;
    label.click();
    expect(radio.checked).to.equal(true);
    root.querySelector<HTMLButtonElement>('#action')!.click();
    await el.updateComplete;
    for (let i = 0; i < 20 && !root.querySelector('.verdict'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(root.querySelector('.verdict')).to.exist;
    expect((root.querySelector('input[type="radio"]:checked') as HTMLInputElement | null)?.value).to.equal(radio.value);
  });

  it('what the reader did on the server\'s first question is dropped when saved progress opens another', async () => {
    // Saved progress (persist="local", the default): one question answered and "Next" pressed.
    localStorage.clear();
    const first = await place<RecapQuiz & Widget>('recap-quiz');
    await new Promise((r) => setTimeout(r, 100));
    await first.el.updateComplete;
    let root = first.el.shadowRoot!;
    for (let i = 0; i < 40 && !first.el.hasUpdated; i++) await new Promise((r) => setTimeout(r, 25));
    root.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    root.querySelector<HTMLButtonElement>('#action')!.click();
    await first.el.updateComplete;
    root.querySelector<HTMLButtonElement>('#action')!.click();
    await first.el.updateComplete;
    const second = root.querySelector('[id^="q-"]')!.id;
    containers.splice(0).forEach((c) => c.remove());

    // The same quiz pre-rendered again shows its first question; the reader picks and checks before it takes over.
    const { el } = await place<RecapQuiz & Widget>('recap-quiz', 10 * innerHeight);
    await new Promise((r) => setTimeout(r, 100));
    root = el.shadowRoot!;
    const action = root.querySelector<HTMLButtonElement>('#action')!;
    action.focus();
    root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
    action.click();
    await el.updateComplete;
    for (let i = 0; i < 40 && root.querySelector('[id^="q-"]')?.id !== second; i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 100));
    expect(root.querySelector('[id^="q-"]')!.id).to.equal(second);
    // The second question stands as the reader left it: nothing picked, nothing checked.
    expect(root.querySelector('.verdict')).to.equal(null);
    expect(root.querySelector('input:checked')).to.equal(null);
    localStorage.clear();
  });

  it('a take-over that fails holds the reader\'s clicks no longer', async () => {
    const { el } = await place<RecapQuiz & Widget>('recap-quiz', 10 * innerHeight, { persist: 'none' });
    await new Promise((r) => setTimeout(r, 100));
    const errors: unknown[] = [];
    const logError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const onRejection = (e: PromiseRejectionEvent) => e.preventDefault();
    addEventListener('unhandledrejection', onRejection);
    try {
      // Its first render throws, as a take-over of HTML from another version of the library can.
      (el as unknown as { renderReady: () => never }).renderReady = () => {
        throw new Error('a take-over that fails');
      };
      const root = el.shadowRoot!;
      // Touching it starts the take-over; the click is held meanwhile.
      root.querySelector<HTMLButtonElement>('#action')!.focus();
      root.querySelector<HTMLButtonElement>('#action')!.click();
      for (let i = 0; i < 40 && !errors.length; i++) await new Promise((r) => setTimeout(r, 25));
      await new Promise((r) => setTimeout(r, 100));
      // Whether the hold still took the click (its listener comes first); then the test keeps the page from submitting.
      let heldBack: boolean | undefined;
      const action = root.querySelector<HTMLButtonElement>('#action')!;
      action.addEventListener('click', (e) => ((heldBack = e.defaultPrevented), e.preventDefault()), { once: true });
      action.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      expect(heldBack).to.equal(false);
      expect(errors.length).to.be.greaterThan(0);
    } finally {
      console.error = logError;
      removeEventListener('unhandledrejection', onRejection);
    }
  });
});
