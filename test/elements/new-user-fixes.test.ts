import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/recap-article/define.js';
import type { RecapArticle } from '../../src/elements/recap-article/recap-article.js';
import type { RecapSummary } from '../../src/elements/recap-summary/recap-summary.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import { progressStorageKey } from '../../src/data/quiz-session.js';
import { clearProgressText } from '../../src/shared/progress-store.js';
import { arabic, articleWith, seed, seedJson } from '../fixtures.js';
import { $, $$, click, settle, spyConsoleError } from './helpers.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The seed's quiz without its summary: a teacher's quiz-only record. */
function quizOnly() {
  const a = seedJson();
  delete a.summary;
  return a;
}

async function quizIn(article: RecapArticle): Promise<RecapQuiz> {
  const quiz = $(article, 'recap-quiz') as RecapQuiz;
  await settle(quiz);
  return quiz;
}

describe('a quiz-only record', () => {
  it('<recap-summary> shows its error state with "/summary: this article has no summary" and fires recap-error', async () => {
    const spy = spyConsoleError();
    try {
      let problems: unknown;
      const el = await fixture<RecapSummary>(
        html`<recap-summary @recap-error=${(e: CustomEvent) => (problems = e.detail.problems)}
          ><script type="application/json">${JSON.stringify(quizOnly())}</script></recap-summary
        >`,
      );
      await waitUntil(() => problems);
      expect(problems).to.deep.equal([{ path: '/summary', message: 'this article has no summary' }]);
      expect(el.problems).to.deep.equal(problems);
      expect($(el, '[part~="error"]')).to.exist;
      expect(spy.calls.join('\n')).to.contain('/summary: this article has no summary');
      await expect(el).to.be.accessible();
    } finally {
      spy.restore();
    }
  });

  it('<recap-article> shows the quiz and no summary', async () => {
    const el = await fixture<RecapArticle>(html`<recap-article .article=${quizOnly()}></recap-article>`);
    expect($(el, 'recap-summary')).to.equal(null);
    expect($(el, 'recap-figures')).to.exist;
    const quiz = await quizIn(el);
    expect($(quiz, '[part~="base"]:not([part~="error"])')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('the page language', () => {
  it('reaches a quiz inside <recap-article> as it reaches a quiz on its own', async () => {
    const a = seedJson();
    delete a.lang;
    const page = await fixture(html`<div lang="pl">
      <recap-quiz .article=${a}></recap-quiz>
      <recap-article .article=${a}></recap-article>
    </div>`);
    const alone = page.querySelector('recap-quiz') as RecapQuiz;
    await settle(alone);
    const inside = await quizIn(page.querySelector('recap-article') as RecapArticle);
    expect(text($(alone, '#action'))).to.equal('Sprawdź');
    expect(text($(inside, '#action'))).to.equal('Sprawdź');
  });

  it("falls back to the document's language and follows a change of it", async () => {
    const a = seedJson();
    delete a.lang;
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'de';
    try {
      const el = await fixture<RecapArticle>(html`<recap-article .article=${a}></recap-article>`);
      const quiz = await quizIn(el);
      expect(text($(quiz, '#action'))).to.equal('Antwort prüfen');
      document.documentElement.lang = 'pl';
      await new Promise((r) => setTimeout(r));
      await settle(quiz);
      expect(text($(quiz, '#action'))).to.equal('Sprawdź');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = before;
    }
  });
});

describe('<recap-article> passes the quiz options on', () => {
  const key = progressStorageKey(seed().id);
  beforeEach(() => (clearProgressText(key), localStorage.clear()));

  it('mode="all" shows every question at once', async () => {
    const el = await fixture<RecapArticle>(html`<recap-article mode="all" .article=${seed()}></recap-article>`);
    const quiz = await quizIn(el);
    expect(quiz.mode).to.equal('all');
    expect($$(quiz, '[part~="question"]')).to.have.length(seed().quiz!.questions.length);
  });

  it('persist="none" keeps nothing in storage after an answer', async () => {
    const el = await fixture<RecapArticle>(html`<recap-article persist="none" .article=${seed()}></recap-article>`);
    const quiz = await quizIn(el);
    await click($(quiz, 'input')!);
    await click($(quiz, '#action')!);
    await settle(quiz);
    expect(localStorage.length).to.equal(0);
  });

  it('a later change of an option reaches the quiz', async () => {
    const el = await fixture<RecapArticle>(html`<recap-article .article=${seed()}></recap-article>`);
    el.setAttribute('print-answer-key', '');
    await el.updateComplete;
    const quiz = await quizIn(el);
    expect(quiz.printAnswerKey).to.equal(true);
  });
});

describe('points-only', () => {
  it('<recap-summary points-only> shows the points, bottom line and disclosure, not the headline, dek or byline', async () => {
    const el = await fixture<RecapSummary>(html`<recap-summary points-only .article=${seed()}></recap-summary>`);
    expect(text($(el, '[part~="heading"]'))).to.equal('Summary');
    expect($$(el, '[part~="point"]')).to.have.length(seed().summary!.points.length);
    expect($(el, '[part~="takeaway"]')).to.exist;
    expect($(el, '[part~="disclosure"]')).to.exist;
    for (const part of ['dek', 'meta', 'image', 'read-more']) expect($(el, `[part~="${part}"]`), part).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain(seed().title);
    await expect(el).to.be.accessible();
  });

  it('<recap-article points-only> passes it to its summary', async () => {
    const el = await fixture<RecapArticle>(html`<recap-article points-only .article=${seed()}></recap-article>`);
    const summary = $(el, 'recap-summary') as RecapSummary;
    await summary.updateComplete;
    expect(summary.pointsOnly).to.equal(true);
    expect(summary.shadowRoot!.textContent).not.to.contain(seed().title);
  });
});

describe('one wording for starting again', () => {
  beforeEach(() => localStorage.clear());
  it('the results screen says "Start over", as the button during the quiz does', async () => {
    const article = articleWith({ id: 'tf', type: 'true-false', prompt: 'Is it?', answer: true });
    const quiz = await fixture<RecapQuiz>(html`<recap-quiz persist="none" .article=${article}></recap-quiz>`);
    await click($$(quiz, 'input')[0]!);
    await click($(quiz, '#action')!);
    await settle(quiz);
    const during = $(quiz, '[part~="start-over"]');
    await click($(quiz, '#action')!);
    await settle(quiz);
    expect(text($(quiz, '[part~="retry"]'))).to.equal('Start over');
    if (during) expect(text(during)).to.equal('Start over');
  });
});

describe('a wide quiz card', () => {
  beforeEach(() => localStorage.clear());
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`at 1,000 px the progress bar and the score reach the card's inline end (${dir})`, async () => {
      // The direction follows the article's language: the Arabic retelling lays out right to left.
      const page = await fixture(html`<div style="inline-size: 1000px"><recap-quiz persist="none" .article=${dir === 'ltr' ? seed() : arabic()}></recap-quiz></div>`);
      const quiz = page.querySelector('recap-quiz') as RecapQuiz;
      await settle(quiz);
      const base = $(quiz, '[part~="base"]')!;
      const style = getComputedStyle(base);
      const box = base.getBoundingClientRect();
      const contentEnd = dir === 'ltr' ? box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth) : box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
      const end = (el: Element) => (dir === 'ltr' ? el.getBoundingClientRect().right : el.getBoundingClientRect().left);
      expect(Math.abs(end($(quiz, 'progress')!) - contentEnd), 'progress bar').to.be.lessThan(2);
      const score = $(quiz, '[part~="score"]')!;
      expect(Math.abs(end(score) - contentEnd), 'score').to.be.lessThan(2);
    });
  }
});
