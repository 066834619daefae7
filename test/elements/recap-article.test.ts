import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/recap-article/define.js';
import type { RecapArticle } from '../../src/elements/recap-article/recap-article.js';
import { seed } from '../fixtures.js';
import { $, spyConsoleError } from './helpers.js';

describe('<recap-article>', () => {
  it('shows summary, figures and quiz from one data source', async () => {
    const el = await fixture<RecapArticle>(html`<recap-article src="/__recap/ok?delay=300"></recap-article>`);
    const event = await oneEvent(el, 'recap-load');
    expect(event.detail.source).to.equal('src');
    await el.updateComplete;
    for (const tag of ['recap-summary', 'recap-figures', 'recap-quiz']) {
      const child = $(el, tag) as HTMLElement & { updateComplete: Promise<unknown> };
      expect(child, tag).to.exist;
      await child.updateComplete;
      expect(child.shadowRoot!.querySelector('[part~="base"]:not([part~="error"])'), tag).to.exist;
    }
    await expect(el).to.be.accessible();
  });

  it('leaves out figures and quiz when the data has none', async () => {
    const el = await fixture<RecapArticle>(
      html`<recap-article .article=${{ schemaVersion: 1, id: 'm', title: 'Minimal', summary: { points: ['Only point'] } }}></recap-article>`,
    );
    expect($(el, 'recap-summary')).to.exist;
    expect($(el, 'recap-figures')).to.equal(null);
    expect($(el, 'recap-quiz')).to.equal(null);
  });

  it('lets quiz events bubble out to the page', async () => {
    const el = await fixture<RecapArticle>(html`<recap-article .article=${seed()}></recap-article>`);
    const quiz = $(el, 'recap-quiz')!;
    setTimeout(() => quiz.dispatchEvent(new CustomEvent('recap-answer', { bubbles: true, composed: true, detail: { test: 1 } })));
    const event = await oneEvent(document.body, 'recap-answer');
    expect(event.detail).to.deep.equal({ test: 1 });
  });

  it('shows one error for the whole recap, and the rest of the page keeps working', async () => {
    const spy = spyConsoleError();
    try {
      const page = await fixture(html`<div>
        <recap-article src="/__recap/truncated?delay=300"></recap-article>
        <recap-article .article=${seed()}></recap-article>
      </div>`);
      const [broken, good] = [...page.querySelectorAll('recap-article')] as RecapArticle[];
      const event = await oneEvent(broken!, 'recap-error');
      await broken!.updateComplete;
      expect(event.detail.problems[0].message).to.match(/not valid JSON/);
      expect($(broken!, '[part~="error"]')!.textContent!.trim()).to.equal('This article recap cannot be shown right now.');
      expect($(good!, 'recap-quiz')).to.exist;
      expect(spy.calls).to.have.length(1);
      await expect(broken!).to.be.accessible();
    } finally {
      spy.restore();
    }
  });
});
