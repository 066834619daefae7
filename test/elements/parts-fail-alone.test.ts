/**
 * A problem inside one part hides only what it makes untrustworthy: the rest of the recap is
 * shown, while the console and recap-error still list every problem.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { RecapArticle } from '../../src/elements/recap-article/recap-article.js';
import type { RecapFigures } from '../../src/elements/recap-figures/recap-figures.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import type { RecapSummary } from '../../src/elements/recap-summary/recap-summary.js';
import type { RecapErrorDetail } from '../../src/shared/events.js';
import { seedJson } from '../fixtures.js';
import { $, $$, settle, spyConsoleError } from './helpers.js';

type Breaking = (a: ReturnType<typeof seedJson>) => void;

/** Mounts `tag` with the seed, broken by `breakIt`, as inline JSON (so recap-error fires). */
async function mount<T extends HTMLElement>(tag: string, breakIt: Breaking) {
  const a = seedJson();
  breakIt(a);
  const spy = spyConsoleError();
  try {
    const holder = await fixture(html`<div></div>`);
    const el = document.createElement(tag) as unknown as T & { updateComplete: Promise<boolean>; problems: unknown[]; leftOut: string[] };
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(a);
    el.append(script);
    const error = oneEvent(el, 'recap-error') as Promise<CustomEvent<RecapErrorDetail>>;
    holder.append(el);
    const detail = (await error).detail;
    await el.updateComplete;
    return { el, detail, console: spy.calls.map((c) => c.join(' ')).join('\n') };
  } finally {
    spy.restore();
  }
}

const badQuote: Breaking = (a) => (a.quiz.questions[0].evidence.quote = 'a sentence the article never wrote');
const quizPart = (el: Element) => $(el, 'recap-quiz');

describe('one part with a problem', () => {
  it('a wrong quote in the quiz hides only the quiz: summary and figures are shown, every problem is listed', async () => {
    const { el, detail, console } = await mount<RecapArticle>('recap-article', badQuote);
    expect($(el, 'recap-summary')).to.exist;
    expect($(el, 'recap-figures')).to.exist;
    expect(quizPart(el)).to.equal(null);
    expect($(el, '[part~="error"]')).to.equal(null);
    expect(detail.problems.map((p) => p.path)).to.deep.equal(['/quiz/questions/0/evidence/quote']);
    expect(detail.problems[0]!.message).to.match(/does not occur in body/);
    expect(detail.leftOut).to.deep.equal(['/quiz']);
    expect(el.leftOut).to.deep.equal(['/quiz']);
    expect(el.problems).to.deep.equal(detail.problems);
    expect(console).to.contain('part of the article data cannot be shown (left out: /quiz)');
    expect(console).to.contain('/quiz/questions/0/evidence/quote');
    await expect(el).to.be.accessible();
  });

  it('<recap-quiz> alone shows its error state for a quiz problem, <recap-summary> its summary', async () => {
    const quiz = await mount<RecapQuiz>('recap-quiz', badQuote);
    expect($(quiz.el, '[part~="error"]')).to.exist;
    expect(quiz.detail.leftOut).to.equal(undefined);
    const summary = await mount<RecapSummary>('recap-summary', badQuote);
    expect($(summary.el, '[part~="error"]')).to.equal(null);
    expect($(summary.el, '[part~="points"]')).to.exist;
    expect(summary.detail.leftOut).to.deep.equal(['/quiz']);
  });

  it('a figure problem hides that figure and the questions about it; the other figures and questions stay', async () => {
    const a = seedJson();
    const broken = a.figures.findIndex((f: { id: string }) => a.quiz.questions.some((q: { figure?: string }) => q.figure === f.id));
    const id = a.figures[broken].id;
    const linked = a.quiz.questions.filter((q: { figure?: string }) => q.figure === id).map((q: { id: string }) => q.id);
    const { el, detail } = await mount<RecapArticle>('recap-article', (x) => (x.figures[broken].value = '41'));
    expect(detail.problems.map((p) => p.path)).to.deep.equal([`/figures/${broken}/value`]);
    expect(detail.leftOut).to.deep.equal([`/figures/${broken}`, ...linked.map((q: string) => `/quiz/questions/${a.quiz.questions.findIndex((x: { id: string }) => x.id === q)}`)]);
    const figures = $(el, 'recap-figures') as RecapFigures;
    await settle(figures);
    expect($$(figures, '[part~="figure"]').length).to.equal(a.figures.length - 1);
    const quiz = quizPart(el) as RecapQuiz;
    await settle(quiz);
    expect(quiz.shadowRoot!.textContent).to.contain(`of ${a.quiz.questions.length - linked.length}`);
  });

  it('a problem with the record as a whole (its title) still hides everything', async () => {
    const { el, detail } = await mount<RecapArticle>('recap-article', (a) => delete a.title);
    expect($(el, '[part~="error"]')).to.exist;
    expect($(el, 'recap-summary')).to.equal(null);
    expect(detail.leftOut).to.equal(undefined);
  });

  it('a summary problem hides the summary only', async () => {
    const { el, detail } = await mount<RecapArticle>('recap-article', (a) => (a.summary.points = ['ok', ' ']));
    expect($(el, 'recap-summary')).to.equal(null);
    expect(quizPart(el)).to.exist;
    expect(detail.leftOut).to.deep.equal(['/summary']);
  });
});
