/**
 * Pre-rendered HTML (recap-widgets/server) taken over by the npm modules (dist/, as published):
 * no second render, the quiz answers, saved progress is applied after hydration.
 * dist/ comes first, so Lit's hydration support loads before Lit.
 */
import '../../dist/index.js';
import { expect } from '@open-wc/testing';
import type { RecapQuiz } from '../../src/index.js';

const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((c) => c.remove()));

/** Parses the server's HTML the way a page load does (declarative shadow roots attach), then waits for hydration. */
async function prerendered<T extends HTMLElement & { updateComplete: Promise<boolean> }>(element: string, lang = '') {
  const html = await (await fetch(`/__recap/ssr?element=${element}&lang=${lang}`)).text();
  const container = document.createElement('div');
  containers.push(container);
  // Record every change the element makes to its pre-rendered shadow root.
  const changes: MutationRecord[] = [];
  const template = document.createElement('div');
  template.setHTMLUnsafe(html);
  const el = template.firstElementChild as T;
  const root = el.shadowRoot!;
  const observer = new MutationObserver((records) => changes.push(...records));
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  const base = root.querySelector('[part~="base"]');
  container.append(el);
  document.body.append(container);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  observer.disconnect();
  return { el, changes, base };
}

describe('pre-rendered elements, taken over by the npm modules', () => {
  beforeEach(() => localStorage.clear());

  for (const element of ['recap-summary', 'recap-figures', 'recap-quiz', 'recap-article']) {
    it(`<${element}> hydrates without changing its pre-rendered shadow root`, async () => {
      const { el, changes, base } = await prerendered(element);
      expect(base).to.exist;
      expect(el.shadowRoot!.querySelector('[part~="base"]')).to.equal(base);
      expect(changes.map((c) => c.type)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('<recap-article> takes over its pre-rendered children too, each keeping its own shadow root', async () => {
    const html = await (await fetch(`/__recap/ssr?element=recap-article&lang=`)).text();
    const holder = document.createElement('div');
    holder.setHTMLUnsafe(html);
    const article = holder.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    const children = [...article.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean }>('recap-summary, recap-figures, recap-quiz')];
    expect(children.map((c) => c.localName)).to.have.members(['recap-summary', 'recap-figures', 'recap-quiz']);
    const bases = children.map((c) => c.shadowRoot!.querySelector('[part~="base"]'));
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    for (const c of children) observer.observe(c.shadowRoot!, { childList: true, subtree: true, characterData: true });
    containers.push(holder);
    document.body.append(holder);
    await article.updateComplete;
    await Promise.all(children.map((c) => c.updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
    observer.disconnect();
    // Each child was taken over (it updated, without the parent's defer-hydration) and rendered nothing anew.
    expect(children.map((c) => c.hasUpdated && !c.hasAttribute('defer-hydration'))).to.deep.equal([true, true, true]);
    expect(children.map((c) => c.shadowRoot!.querySelector('[part~="base"]'))).to.deep.equal(bases);
    expect(changes.map((c) => c.type)).to.deep.equal([]);
  });

  it('a pre-rendered widget in a language that arrives as a file waits for it, then hydrates unchanged', async () => {
    const { el, changes } = await prerendered('recap-quiz', 'de');
    expect(changes.map((c) => c.type)).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.contain('Frage 1 von');
  });

  it('the quiz answers after hydration, and saved progress is applied on the next load', async () => {
    const { el } = await prerendered<RecapQuiz>('recap-quiz');
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    radio.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#action')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.verdict')).to.exist;
    containers.splice(0).forEach((c) => c.remove());

    const again = await prerendered<RecapQuiz>('recap-quiz');
    // Hydration renders the new reader's state; the saved answer follows in the next update.
    await again.el.updateComplete;
    expect(again.el.shadowRoot!.querySelector('.verdict')).to.exist;
    expect(again.el.shadowRoot!.querySelector<HTMLButtonElement>('#action')!.textContent).to.not.match(/Check/);
  });
});
