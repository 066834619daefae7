import { expect } from '@open-wc/testing';
import { draftFor, quizContentHash, restoreProgress } from '../../src/data/quiz-session.js';
import { answeredStatement, correctResponsesPattern, responsePattern } from '../../src/data/xapi.js';
import type { Article, Question, QuestionOf } from '../../src/data/types.js';
import { seed } from '../fixtures.js';

const article = seed();
const quiz = article.quiz!;
const cloze = quiz.questions.find((q): q is QuestionOf<'cloze'> => q.type === 'cloze')!;
const matching = quiz.questions.find((q): q is QuestionOf<'matching'> => q.type === 'matching')!;
const rightPairs = () => matching.items.map((i) => [i.id, i.match] as [string, string]);

/** Saved progress as a tab would have written it, with these answers and drafts. */
const saved = (answers: Record<string, unknown>, drafts: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, contentHash: quizContentHash(quiz), seed: 7, index: 0, answers, drafts, finished: false });
const restored = (answers: Record<string, unknown>, drafts: Record<string, unknown> = {}) => restoreProgress(saved(answers, drafts), quiz);

describe('a reader coming back to a quiz with cloze and matching questions', () => {
  it('finds their checked answers as they left them', () => {
    const answers = { [cloze.id]: { type: 'cloze', blanks: ['30', 'prisoners'] }, [matching.id]: { type: 'matching', pairs: rightPairs() } };
    const r = restored(answers);
    expect(r.status).to.equal('restored');
    if (r.status !== 'restored') return;
    expect(r.progress.answers).to.deep.equal(answers);
  });

  it('is not shown answers that do not fit the questions: wrong blanks, unknown items or targets, pairs out of place', () => {
    const bad: [string, unknown][] = [
      [cloze.id, { type: 'cloze', blanks: ['30'] }],
      [cloze.id, { type: 'cloze', blanks: ['30', 5] }],
      [cloze.id, { type: 'cloze', blanks: 'thirty' }],
      [cloze.id, { type: 'matching', pairs: rightPairs() }],
      [matching.id, { type: 'matching', pairs: rightPairs().slice(1) }],
      [matching.id, { type: 'matching', pairs: rightPairs().reverse() }],
      [matching.id, { type: 'matching', pairs: rightPairs().map(([i]) => [i, 'nobody']) }],
      [matching.id, { type: 'matching', pairs: rightPairs().map(([, t]) => ['nothing', t]) }],
      [matching.id, { type: 'matching', pairs: rightPairs().map(([i, t]) => [i, t, t]) }],
      [matching.id, { type: 'matching', pairs: rightPairs().map(([i]) => [i, 3]) }],
      [matching.id, { type: 'matching', pairs: 'all right' }],
    ];
    for (const [id, answer] of bad) expect(restored({ [id]: answer }), JSON.stringify(answer)).to.deep.equal({ status: 'corrupt', reason: `bad answer for ${id}` });
  });

  it('finds what they had typed or matched but not yet checked, and only what fits', () => {
    const long = 'x'.repeat(300);
    const r = restored(
      {},
      {
        [cloze.id]: { blanks: ['4.300', long] },
        [matching.id]: { pairs: [rightPairs()[0], ['nothing', matching.targets[0]!.id], [matching.items[1]!.id, 'nobody']], picked: matching.items[2]!.id },
      },
    );
    if (r.status !== 'restored') throw new Error(r.status);
    expect(r.progress.drafts[cloze.id]).to.deep.equal({ blanks: ['4.300', 'x'.repeat(200)] });
    expect(r.progress.drafts[matching.id]).to.deep.equal({ pairs: [rightPairs()[0]], picked: matching.items[2]!.id });
  });

  it('loses a draft that does not fit: too few blanks, a picked item the question does not have, blanks on a matching question', () => {
    const r = restored({}, { [cloze.id]: { blanks: ['30'], pairs: rightPairs() }, [matching.id]: { picked: 'nothing', blanks: ['a', 'b'] } });
    if (r.status !== 'restored') throw new Error(r.status);
    expect(r.progress.drafts[cloze.id]).to.deep.equal({});
    expect(r.progress.drafts[matching.id]).to.deep.equal({});
  });
});

describe('what an answered question shows as picked', () => {
  it('each type shows its answer', () => {
    expect(draftFor({ type: 'single', choice: 'a' })).to.deep.equal({ choice: 'a' });
    expect(draftFor({ type: 'multiple', choices: ['a', 'b'] })).to.deep.equal({ choices: ['a', 'b'] });
    expect(draftFor({ type: 'true-false', value: false })).to.deep.equal({ value: false });
    expect(draftFor({ type: 'numeric', value: 4300 })).to.deep.equal({ text: '4300' });
    expect(draftFor({ type: 'order', order: ['b', 'a'] })).to.deep.equal({ order: ['b', 'a'] });
    expect(draftFor({ type: 'matching', pairs: [['a', 'x']] })).to.deep.equal({ pairs: [['a', 'x']] });
    expect(draftFor({ type: 'cloze', blanks: ['4300', 'prisoners'] })).to.deep.equal({ blanks: ['4300', 'prisoners'] });
  });
  it('typed answers keep the reader\'s own writing when it was kept', () => {
    expect(draftFor({ type: 'numeric', value: 4300 }, { text: '4.300' })).to.deep.equal({ text: '4.300' });
    expect(draftFor({ type: 'cloze', blanks: ['4300', 'prisoners'] }, { blanks: ['4.300', 'prisoners'] })).to.deep.equal({ blanks: ['4.300', 'prisoners'] });
    // A kept draft of another shape is not the reader's writing of this answer.
    expect(draftFor({ type: 'cloze', blanks: ['4300', 'prisoners'] }, { blanks: ['4.300'] })).to.deep.equal({ blanks: ['4300', 'prisoners'] });
  });
  it('is a copy: changing the draft does not change the saved answer', () => {
    const r = { type: 'matching' as const, pairs: [['a', 'x'] as [string, string]] };
    const d = draftFor(r);
    d.pairs![0]![1] = 'y';
    expect(r.pairs[0]![1]).to.equal('x');
  });
});

describe('xAPI statements of cloze and matching answers', () => {
  const clozeOf = (blanks: { id: string; answers: string[] }[], caseSensitive?: boolean): Question =>
    ({ ...cloze, blanks, text: blanks.map((b) => `{{${b.id}}}`).join(' '), ...(caseSensitive === undefined ? {} : { caseSensitive }) }) as Question;

  it('a cloze question\'s correct responses are every combination of its accepted answers, with whether case matters', () => {
    expect(correctResponsesPattern(clozeOf([{ id: 'a', answers: ['30', 'thirty'] }, { id: 'b', answers: ['prisoners', 'POWs'] }]))).to.deep.equal([
      '{case_matters=false}30[,]prisoners',
      '{case_matters=false}30[,]POWs',
      '{case_matters=false}thirty[,]prisoners',
      '{case_matters=false}thirty[,]POWs',
    ]);
    expect(correctResponsesPattern(clozeOf([{ id: 'a', answers: ['Kyiv'] }], true))).to.deep.equal(['{case_matters=true}Kyiv']);
  });

  it('too many combinations give the first accepted answer of each blank', () => {
    const six = ['1', '2', '3', '4', '5', '6'];
    expect(correctResponsesPattern(clozeOf([{ id: 'a', answers: six }, { id: 'b', answers: six }]))).to.deep.equal(['{case_matters=false}1[,]1']);
    // 32 combinations are still listed.
    expect(correctResponsesPattern(clozeOf([{ id: 'a', answers: six.slice(0, 4) }, { id: 'b', answers: [...six, '7', '8'] }]))).to.have.length(32);
  });

  it('a matching question\'s correct response pairs each item with its target', () => {
    expect(correctResponsesPattern(matching)).to.deep.equal([rightPairs().map(([i, t]) => `${i}[.]${t}`).join('[,]')]);
  });

  it('the reader\'s response, its score and the items and targets are in the statement', () => {
    expect(responsePattern({ type: 'cloze', blanks: ['30', 'prisoners'] })).to.equal('30[,]prisoners');
    const pairs = rightPairs();
    pairs[0] = [pairs[0]![0], matching.targets.find((t) => t.id !== pairs[0]![1])!.id];
    const s = answeredStatement(article as Article, matching, { type: 'matching', pairs }, false, { mbox: 'mailto:reader@example.org' });
    expect(s.result!.response).to.equal(pairs.map(([i, t]) => `${i}[.]${t}`).join('[,]'));
    expect(s.result!.success).to.equal(false);
    expect(s.object.definition!.source!.map((c) => c.id)).to.deep.equal(matching.items.map((i) => i.id));
    expect(s.object.definition!.target!.map((c) => c.id)).to.deep.equal(matching.targets.map((t) => t.id));
    expect(s.object.definition!.choices).to.equal(undefined);
  });
});
