import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/recap-quiz/define.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import { seed } from '../fixtures.js';

const rendered = (el: RecapQuiz) => !!el.shadowRoot!.querySelector('fieldset');

describe('many widgets on one page', () => {
  it('renders those far below the viewport only when the reader scrolls near them', async () => {
    const article = seed();
    const page = await fixture(html`<div>${Array.from({ length: 30 }, () => html`<recap-quiz .article=${article} persist="none"></recap-quiz>`)}</div>`);
    const quizzes = [...page.querySelectorAll('recap-quiz')] as RecapQuiz[];
    await Promise.all(quizzes.map((q) => q.updateComplete));
    expect(rendered(quizzes[0]!)).to.equal(true);
    const last = quizzes[quizzes.length - 1]!;
    expect(rendered(last), 'far below: still a placeholder').to.equal(false);
    expect(last.shadowRoot!.querySelector('[part~="placeholder"]')).to.exist;
    last.scrollIntoView();
    await waitUntil(() => rendered(last), 'renders once near the viewport');
    window.scrollTo(0, 0);
  });

  it('renders everything at once with loading="eager", and only near the viewport with loading="lazy"', async () => {
    const article = seed();
    const page = await fixture(html`<div>
      ${Array.from({ length: 12 }, () => html`<recap-quiz .article=${article} persist="none" loading="eager"></recap-quiz>`)}
      <recap-quiz id="lazy" .article=${article} persist="none" loading="lazy" style="margin-top: 300vh"></recap-quiz>
    </div>`);
    const quizzes = [...page.querySelectorAll('recap-quiz')] as RecapQuiz[];
    await Promise.all(quizzes.map((q) => q.updateComplete));
    expect(quizzes.slice(0, 12).every(rendered)).to.equal(true);
    expect(rendered(page.querySelector('#lazy') as RecapQuiz)).to.equal(false);
  });
});
