import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/recap-article/define.js';
import { RecapArticle } from '../../src/elements/recap-article/recap-article.js';
import { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import { RecapElement } from '../../src/shared/recap-element.js';
import type { RecapQuiz as Quiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import type { RecapAnswerDetail } from '../../src/shared/events.js';
import { articleWith, seed } from '../fixtures.js';
import { $, click, resetMouse, settle, spyConsoleError } from './helpers.js';

describe('<recap-article>', () => {
  it('declares every option of the quiz as its own typed field, with the same attribute', () => {
    const options = (cls: typeof RecapElement) =>
      [...cls.elementProperties].filter(([name, o]) => !o.state && !RecapElement.elementProperties.has(name)).map(([name, o]) => [name, o.attribute]);
    const quizOptions = options(RecapQuiz);
    expect(quizOptions.map(([name]) => name)).to.include.members(['mode', 'persist', 'printAnswerKey', 'xapiActor']);
    expect(options(RecapArticle)).to.deep.include.members(quizOptions);
    // Typed: these compile (npm run typecheck), as they do on <recap-quiz>.
    const el = document.createElement('recap-article');
    el.mode = 'all';
    el.persist = 'none';
    el.printAnswerKey = true;
    el.xapiActor = { mbox: 'mailto:reader@example.com' };
  });

  it('passes its quiz options on to the quiz, and changes of them later', async () => {
    const el = await fixture<RecapArticle>(html`<recap-article mode="all" persist="none" print-answer-key .article=${seed()}></recap-article>`);
    const quiz = $(el, 'recap-quiz') as Quiz;
    await settle(quiz);
    expect([quiz.mode, quiz.persist, quiz.printAnswerKey]).to.deep.equal(['all', 'none', true]);
    expect(quiz.shadowRoot!.querySelectorAll('fieldset[part~="question"]').length).to.equal(seed().quiz!.questions.length);
    el.mode = 'one-at-a-time';
    el.xapiActor = { mbox: 'mailto:reader@example.com' };
    await settle(el);
    expect([quiz.mode, quiz.xapiActor]).to.deep.equal(['one-at-a-time', { mbox: 'mailto:reader@example.com' }]);
  });

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

  it("lets a reader's answer in the quiz reach a listener on the document", async () => {
    const question = { id: 'q1', type: 'single', prompt: 'Pick A', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: 'a' };
    const el = await fixture<RecapArticle>(html`<recap-article .article=${articleWith(question)}></recap-article>`);
    const quiz = $(el, 'recap-quiz') as HTMLElement & { updateComplete: Promise<unknown> };
    await settle(quiz as never);
    const heard: Event[] = [];
    const listen = (e: Event) => heard.push(e);
    document.addEventListener('recap-answer', listen);
    try {
      await click($(quiz, 'input[value="a"]')!);
      await click($(quiz, '#action')!);
      await settle(quiz as never);
    } finally {
      document.removeEventListener('recap-answer', listen);
      await resetMouse();
    }
    expect(heard, 'recap-answer events heard on document').to.have.length(1);
    const detail = (heard[0] as CustomEvent<RecapAnswerDetail>).detail;
    expect(detail).to.deep.include({ articleId: 'test-article', questionId: 'q1', correct: true });
    // Heard from outside every shadow root, the event names the article element as its target.
    expect(heard[0]!.target).to.equal(el);
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
