import { expect } from '@open-wc/testing';
import { keepTrustworthy } from '../../src/data/keep-trustworthy.js';
import { validateArticle } from '../../src/data/validate.js';
import { clozeSource, blankValue, HOLE } from '../../src/data/cloze-reading.js';
import { seedJson } from '../fixtures.js';

/** What a page still shows of the seed after `breakIt`: the kept article and what was left out, or undefined. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function shownAfter(breakIt: (a: any) => void) {
  const a = seedJson();
  breakIt(a);
  const r = validateArticle(a);
  if (r.ok) throw new Error('expected a problem');
  return keepTrustworthy(r.input, r.problems);
}

describe('what a page still shows of an article with problems', () => {
  it('a problem in the quiz hides the quiz only', () => {
    const kept = shownAfter((a) => (a.quiz.questions[0].evidence.quote = 'never written'))!;
    expect(kept.leftOut).to.deep.equal(['/quiz']);
    expect(kept.article.quiz).to.equal(undefined);
    expect(kept.article.summary?.points.length).to.equal(seedJson().summary.points.length);
    expect(kept.article.figures?.length).to.equal(seedJson().figures.length);
  });

  it('a problem in one figure hides that figure and the questions about it, and keeps the others', () => {
    const seed = seedJson();
    const i = seed.figures.findIndex((f: { id: string }) => seed.quiz.questions.some((q: { figure?: string }) => q.figure === f.id));
    const id = seed.figures[i].id;
    const linked = seed.quiz.questions.map((q: { figure?: string }, n: number) => (q.figure === id ? n : -1)).filter((n: number) => n >= 0);
    const kept = shownAfter((a) => (a.figures[i].evidence.quote = 'never written'))!;
    expect(kept.leftOut).to.deep.equal([`/figures/${i}`, ...linked.map((n: number) => `/quiz/questions/${n}`)]);
    expect(kept.article.figures!.map((f) => f.id)).to.deep.equal(seed.figures.filter((_: unknown, n: number) => n !== i).map((f: { id: string }) => f.id));
    expect(kept.article.quiz!.questions.map((q) => q.id)).to.deep.equal(seed.quiz.questions.filter((_: unknown, n: number) => !linked.includes(n)).map((q: { id: string }) => q.id));
    expect(kept.article.summary).to.deep.equal(seed.summary);
  });

  it('lists two bad figures in order, whatever order the problems come in', () => {
    const kept = shownAfter((a) => {
      a.figures[3].label = '';
      a.figures[1].label = '';
      a.quiz = undefined;
    })!;
    expect(kept.leftOut).to.deep.equal(['/figures/1', '/figures/3']);
    expect(kept.article.figures!.length).to.equal(seedJson().figures.length - 2);
  });

  it('a problem with the figures list as a whole hides every figure, and the quiz when all its questions are about figures', () => {
    const kept = shownAfter((a) => {
      a.figures = 'not a list';
      a.quiz.questions = a.quiz.questions.filter((q: { figure?: string }) => q.figure);
    })!;
    expect(kept.leftOut).to.deep.equal(['/figures', '/quiz']);
    expect(kept.article.figures).to.equal(undefined);
    expect(kept.article.quiz).to.equal(undefined);
    expect(kept.article.summary).to.deep.equal(seedJson().summary);
  });

  it('with every figure bad, keeps the questions that are not about figures', () => {
    const seed = seedJson();
    const kept = shownAfter((a) => a.figures.forEach((f: { label: string }) => (f.label = '')))!;
    expect(kept.leftOut.slice(0, 1)).to.deep.equal(['/figures']);
    expect(kept.article.figures).to.equal(undefined);
    expect(kept.article.quiz!.questions.map((q) => q.id)).to.deep.equal(seed.quiz.questions.filter((q: { figure?: string }) => !q.figure).map((q: { id: string }) => q.id));
  });

  it('a problem in the summary, or a field only the summary card shows, hides the summary card', () => {
    for (const [field, breakIt] of [
      ['summary', (a: { summary: { points: unknown } }) => (a.summary.points = [])],
      ['dek', (a: { dek: unknown }) => (a.dek = 42)],
      ['published', (a: { published: unknown }) => (a.published = 'yesterday')],
    ] as const) {
      const kept = shownAfter(breakIt as (a: unknown) => void)!;
      expect(kept.leftOut, field).to.deep.equal(['/summary']);
      expect(kept.article.summary, field).to.equal(undefined);
      expect((kept.article as unknown as Record<string, unknown>)[field], field).to.equal(undefined);
      expect(kept.article.quiz, field).to.not.equal(undefined);
      expect(kept.article.figures?.length, field).to.equal(seedJson().figures.length);
    }
  });

  it('a problem with the record itself shows nothing', () => {
    expect(shownAfter((a) => (a.title = ''))).to.equal(undefined);
    expect(shownAfter((a) => (a.lang = 'not a language tag!'))).to.equal(undefined);
    expect(keepTrustworthy(seedJson(), [{ path: '', message: 'the file is not valid JSON' }])).to.equal(undefined);
    expect(keepTrustworthy([], [{ path: '/quiz', message: 'x' }])).to.equal(undefined);
    expect(keepTrustworthy(seedJson(), [])).to.equal(undefined);
  });

  it('shows what is kept only when it is valid on its own', () => {
    // Without the summary and with no figures or quiz left, nothing is worth showing.
    expect(shownAfter((a) => {
      a.summary.points = [];
      delete a.figures;
      delete a.quiz;
    })).to.equal(undefined);
  });

  it('reads escaped pointers: a problem under an unknown key is the whole record', () => {
    expect(keepTrustworthy(seedJson(), [{ path: '/x~1y', message: 'x' }])).to.equal(undefined);
    expect(keepTrustworthy(seedJson(), [{ path: '/quiz~1questions', message: 'x' }])).to.equal(undefined);
    // A figure problem that names no one figure: all of them, and the questions about them.
    const kept = keepTrustworthy(seedJson(), [{ path: '/figures/x', message: 'x' }])!;
    expect(kept.leftOut[0]).to.equal('/figures');
    expect(kept.article.figures).to.equal(undefined);
    expect(kept.article.quiz!.questions.every((q) => q.type !== 'numeric' || !('figure' in q) || q.figure === undefined)).to.equal(true);
  });
});

describe('a cloze question as the reader sees and answers it', () => {
  it('marks each blank where it stands, in order, and keeps the text around it', () => {
    expect(clozeSource('An immediate {{days}}-day ceasefire and {{what}}.')).to.deep.equal({ source: `An immediate ${HOLE}-day ceasefire and ${HOLE}.`, ids: ['days', 'what'] });
    expect(clozeSource('No blanks here.')).to.deep.equal({ source: 'No blanks here.', ids: [] });
  });
  it('drops the private mark from the text itself, so no text can pose as a blank', () => {
    expect(clozeSource(`a${HOLE}b {{x}} c${HOLE}`)).to.deep.equal({ source: `ab ${HOLE} c`, ids: ['x'] });
  });
  it('keeps a typed answer with its spaces tidied, and a number the reader\'s way as JSON writes it', () => {
    const word = { id: 'w', answers: ['prisoners'] };
    const number = { id: 'n', answers: ['4300'] };
    expect(blankValue(word, '  war   prisoners ', 'en')).to.equal('war prisoners');
    expect(blankValue(number, ' 4.300 ', 'de')).to.equal('4300');
    expect(blankValue(number, '4,300', 'en')).to.equal('4300');
    expect(blankValue(number, 'about 4300', 'en')).to.equal('about 4300');
    expect(blankValue(word, '4.300', 'de')).to.equal('4.300');
  });
});
