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
async function prerendered<T extends HTMLElement & { updateComplete: Promise<boolean> }>(element: string, lang = '', options: Record<string, string> = {}) {
  const html = await (await fetch(`/__recap/ssr?${new URLSearchParams({ element, lang, ...options })}`)).text();
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

  it('<recap-article mode="all" persist="none"> hydrates its quiz with those options, as the server rendered it', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const { el, changes } = await prerendered('recap-article', '', { mode: 'all', persist: 'none' });
      const quiz = el.shadowRoot!.querySelector('recap-quiz') as RecapQuiz;
      await quiz.updateComplete;
      expect(errors.map(String)).to.deep.equal([]);
      expect(changes.map((c) => c.type)).to.deep.equal([]);
      expect([quiz.mode, quiz.persist]).to.deep.equal(['all', 'none']);
      const seed = (await (await fetch('/demo/data/istanbul-talks.json')).json()) as { quiz: { questions: unknown[] } };
      expect(quiz.shadowRoot!.querySelectorAll('fieldset[part~="question"]').length).to.equal(seed.quiz.questions.length);
      quiz.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await quiz.updateComplete;
      expect(Object.keys(localStorage).filter((k) => k.startsWith('recap-widgets:quiz:'))).to.deep.equal([]);
    } finally {
      console.error = original;
    }
  });

  it('a shuffled quiz takes over the order it was pre-rendered in: the question shown is the one checked', async () => {
    const seed = (await (await fetch('/demo/data/istanbul-talks.json')).json()) as { quiz: { questions: { id: string; prompt: string; type: string; choices?: { id: string }[] }[] } };
    for (const step of [0, 1]) {
      const { el } = await prerendered<RecapQuiz>('recap-quiz', '', { shuffle: 'both' });
      const answers: { questionId: string; index: number; response: { choice?: string } }[] = [];
      el.addEventListener('recap-answer', (e) => answers.push((e as CustomEvent).detail));
      // Step through `step` questions first (each answered by its first option or a number).
      for (let i = 0; i <= step; i++) {
        const root = el.shadowRoot!;
        const shown = root.querySelector('[part~="prompt"]')!.textContent!.trim();
        const question = seed.quiz.questions.find((q) => q.prompt.replace(/\*/g, '') === shown)!;
        expect(question, shown).to.exist;
        const radio = root.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]');
        const input = root.querySelector<HTMLInputElement>('input[type="text"]');
        if (radio) radio.click();
        else if (input) {
          input.value = '1';
          input.dispatchEvent(new Event('input'));
        }
        await el.updateComplete;
        root.querySelector<HTMLButtonElement>('#action')!.click();
        await el.updateComplete;
        const detail = answers.at(-1)!;
        expect(detail.questionId, `step ${i}`).to.equal(question.id);
        expect(detail.index).to.equal(i);
        if (radio && question.type === 'single') expect(detail.response.choice).to.equal(radio.value);
        root.querySelector<HTMLButtonElement>('#action')!.click();
        await el.updateComplete;
      }
      containers.splice(0).forEach((c) => c.remove());
      localStorage.clear();
    }
  });

  it('gives each reader of a pre-rendered quiz an xAPI actor of their own, kept across "Start over" and reloads', async () => {
    const progressKey = 'recap-widgets:quiz:' + ((await (await fetch('/demo/data/istanbul-talks.json')).json()) as { id: string }).id;
    const answer = async (el: RecapQuiz) => {
      const detail = new Promise<{ actor: { account: { name: string } } }>((resolve) =>
        el.addEventListener('recap-answer', (e) => resolve((e as CustomEvent).detail), { once: true }),
      );
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('#action')!.click();
      return (await detail).actor.account.name;
    };
    /** A new page load of the pre-rendered quiz, with the quiz's own progress gone (the reader's id stays unless cleared). */
    const reload = async () => {
      containers.splice(0).forEach((c) => c.remove());
      localStorage.removeItem(progressKey);
      return (await prerendered<RecapQuiz>('recap-quiz')).el;
    };
    const el = await reload();
    const first = await answer(el);
    expect(first).to.match(/^[0-9a-f]{32}$/);
    // "Start over" in the same page: the same reader.
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-over"]')!.click();
    await el.updateComplete;
    expect(await answer(el)).to.equal(first);
    // The same reader on a later visit.
    expect(await answer(await reload())).to.equal(first);
    // Another reader of the same pre-rendered page (empty storage): another id.
    localStorage.clear();
    expect(await answer(await reload())).to.not.equal(first);
  });
});
