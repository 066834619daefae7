/**
 * A page whose first recap is a pre-rendered <recap-article> with fill-in-the-blank and matching
 * questions: the quiz inside gets its data from the article as a property, and must load those
 * question types before it takes over (a fresh page, so nothing is loaded yet).
 */
import '../../dist/index.js';
import { expect } from '@open-wc/testing';

describe('a pre-rendered article on a fresh page', () => {
  it('takes over its quiz with on-demand question types, with no hydration error and nothing rendered anew', async () => {
    // A fresh page: no quiz progress saved by tests that ran before in this browser (it would be restored after hydration).
    localStorage.clear();
    const html = await (await fetch(`/__recap/ssr?element=recap-article&lang=&mode=all`)).text();
    expect(html).to.contain('part="blank"');
    expect(html).to.contain('part="match-item"');
    const holder = document.createElement('div');
    holder.setHTMLUnsafe(html);
    const article = holder.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    const quiz = article.shadowRoot!.querySelector('recap-quiz') as HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };
    const base = quiz.shadowRoot!.querySelector('[part~="base"]');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(quiz.shadowRoot!, { childList: true, subtree: true, characterData: true });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    document.body.append(holder);
    try {
      await article.updateComplete;
      await quiz.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
    } finally {
      observer.disconnect();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      holder.remove();
    }
    expect(errors.map(String)).to.deep.equal([]);
    expect(quiz.hasUpdated).to.equal(true);
    expect(quiz.shadowRoot!.querySelector('[part~="base"]')).to.equal(base);
    expect(changes.map((c) => c.type)).to.deep.equal([]);
  });
});
