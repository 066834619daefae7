import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/recap-quiz/define.js';
import { connectLrs, statementFor, type LrsConnection, type XapiStatement } from '../../src/xapi/index.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import { en } from '../../src/locales/en.js';
import { translator } from '../../src/shared/messages.js';
import { seed } from '../fixtures.js';
import { $, $$, click, resetMouse, settle, type } from '../elements/helpers.js';

const AUTH = 'Basic ' + btoa('recap:secret');
const control = (q: string) => fetch(`/__lrs/control?${q}`);
const received = async (): Promise<{ statements: XapiStatement[]; rejected: string[]; requests: number }> => (await fetch('/__lrs/received')).json();

/** A two-question quiz answered through the UI: one choice question and one numeric. */
async function answerQuiz(el: RecapQuiz) {
  const choice = (v: string) => $$(el, '.choice').find((c) => c.querySelector('input')!.value === v)!;
  await click(choice('ceasefire'));
  await click($(el, '#action')!);
  await settle(el);
  await click($(el, '#action')!);
  await settle(el);
  await click($(el, 'input')!);
  await type('4300');
  await click($(el, '#action')!);
  await settle(el);
}

function twoQuestionArticle() {
  const a = seed();
  return { ...a, quiz: { ...a.quiz!, questions: a.quiz!.questions.filter((q) => q.id === 'proposal' || q.id === 'distance') } };
}

describe('recap-widgets/xapi', () => {
  let lrs: LrsConnection | undefined;
  beforeEach(async () => {
    localStorage.clear();
    await control('reset');
  });
  afterEach(() => {
    lrs?.disconnect();
    lrs = undefined;
    return resetMouse();
  });

  it('posts every statement to the LRS, and the LRS finds each one valid xAPI 1.0.3', async () => {
    const el = await fixture<RecapQuiz>(html`<recap-quiz .article=${twoQuestionArticle()}></recap-quiz>`);
    lrs = connectLrs({ endpoint: '/__lrs/', auth: AUTH, target: el, actor: { name: 'Ada', mbox: 'mailto:ada@example.org' }, retryDelays: [50] });
    await answerQuiz(el);
    await waitUntil(async () => (await received()).statements.length === 3, 'three statements arrive', { timeout: 4000 });
    const { statements, rejected } = await received();
    expect(rejected).to.deep.equal([]);
    expect(statements.map((s) => s.verb.id.split('/').pop())).to.deep.equal(['answered', 'answered', 'completed']);
    expect(statements.map((s) => s.object.definition.interactionType)).to.deep.equal(['choice', 'numeric', undefined]);
    expect(statements[0]!.actor).to.deep.equal({ objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.org' });
    expect(statements[0]!.result.success).to.equal(false);
    expect(statements[2]!.result).to.deep.include({ completion: true });
    expect(lrs.pending()).to.have.length(0);
  });

  it('sends true-false and sequencing interactions the LRS accepts', async () => {
    const a = seed();
    const article = { ...a, quiz: { ...a.quiz!, questions: a.quiz!.questions.filter((q) => q.type === 'true-false' || q.type === 'order') } };
    const el = await fixture<RecapQuiz>(html`<recap-quiz .article=${article}></recap-quiz>`);
    lrs = connectLrs({ endpoint: '/__lrs', auth: AUTH, target: el, retryDelays: [50] });
    for (let i = 0; i < 3; i++) {
      const tf = $$(el, '.choice')[0];
      if (tf) await click(tf);
      await click($(el, '#action')!);
      await settle(el);
      await click($(el, '#action')!);
      await settle(el);
    }
    await waitUntil(async () => (await received()).statements.length === 4, 'four statements arrive', { timeout: 4000 });
    const { statements, rejected } = await received();
    expect(rejected).to.deep.equal([]);
    expect(new Set(statements.map((s) => s.object.definition.interactionType))).to.deep.equal(new Set(['true-false', 'sequencing', undefined]));
    const sequencing = statements.find((s) => s.object.definition.interactionType === 'sequencing')!;
    expect(sequencing.object.definition.correctResponsesPattern).to.deep.equal(['ceasefire[,]exchange[,]summit']);
  });

  it('queues statements while the LRS is down, keeps them across a reload, and sends them later', async () => {
    await control('down=1');
    const el = await fixture<RecapQuiz>(html`<recap-quiz .article=${twoQuestionArticle()}></recap-quiz>`);
    lrs = connectLrs({ endpoint: '/__lrs/', auth: AUTH, target: el, retryDelays: [60_000] });
    await answerQuiz(el);
    // The quiz went on regardless: the last answer got its verdict, and the results open.
    expect($(el, '.verdict strong')?.textContent?.trim()).to.equal(en.correct);
    await click($(el, '#action')!);
    await settle(el);
    expect($(el, '[part~="results"] #results')?.textContent?.trim()).to.equal(translator('en')('finalScore', { points: 2, max: 3, percent: '67%' }));
    await waitUntil(async () => (await received()).requests >= 1, 'one attempt was made');
    await lrs.flush();
    expect(lrs.pending()).to.have.length(3);
    expect(JSON.parse(localStorage.getItem('recap-widgets:xapi-queue')!)).to.have.length(3);
    lrs.disconnect();

    // A new page load: a new connection finds the stored queue and delivers it once the LRS is back.
    await control('down=0');
    lrs = connectLrs({ endpoint: '/__lrs/', auth: AUTH, target: el, retryDelays: [50] });
    await waitUntil(async () => (await received()).statements.length === 3, 'the queue is delivered', { timeout: 4000 });
    expect(lrs.pending()).to.have.length(0);
    expect(JSON.parse(localStorage.getItem('recap-widgets:xapi-queue')!)).to.deep.equal([]);
  });

  it('makes a statement of an answer from the facts its event carries, and none of other events', async () => {
    const article = seed();
    const q = article.quiz!.questions.find((x) => x.type === 'single')!;
    const response = { type: 'single' as const, choice: q.choices[0]!.id };
    const detail = { articleId: article.id, questionId: q.id, response, correct: false, article, actor: { account: { homePage: 'https://news.example', name: 'r1' } } };
    const s = statementFor(new CustomEvent('recap-answer', { detail }))!;
    expect(s.object.id).to.match(new RegExp(`/${q.id}$`));
    expect(s.result).to.deep.include({ success: false, response: response.choice });
    expect(s.actor).to.deep.equal({ objectType: 'Agent', ...detail.actor });
    expect(statementFor(new CustomEvent('recap-answer', { detail }), { mbox: 'mailto:a@b.example' })!.actor).to.deep.equal({ objectType: 'Agent', mbox: 'mailto:a@b.example' });
    expect(statementFor(new CustomEvent('recap-answer', { detail: { ...detail, questionId: 'no-such-question' } }))).to.equal(undefined);
    expect(statementFor(new CustomEvent('recap-load', { detail }))).to.equal(undefined);
    expect(statementFor(new Event('recap-answer'))).to.equal(undefined);
  });

  it('keeps, and does not resend, statements the LRS refuses as invalid', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const target = new EventTarget();
      lrs = connectLrs({ endpoint: '/__lrs/', auth: AUTH, target, retryDelays: [50] });
      // A completed quiz with an actor that names no one (no mbox, account...): not valid xAPI.
      const score = { points: 1, maxPoints: 1, percent: 100, correct: 1, answered: 1, total: 1 };
      target.dispatchEvent(new CustomEvent('recap-complete', { detail: { articleId: seed().id, article: seed(), score, answers: [], actor: { name: 'Nobody' } } }));
      await waitUntil(() => lrs!.rejected().length === 1, 'refused statement is kept');
      expect(lrs.pending()).to.have.length(0);
    } finally {
      console.warn = warn;
    }
  });
});
