import { expect } from '@open-wc/testing';
import { correctResponse, isCorrect, move, resultBand, scoreQuiz, shuffled, startingOrder, type Response } from '../../src/data/quiz.js';
import type { QuestionOf, Quiz } from '../../src/data/types.js';
import { seed } from '../fixtures.js';

const quiz = seed().quiz!;
const q = <T extends QuestionOf<'single'>['type'] | 'multiple' | 'true-false' | 'numeric' | 'order'>(type: T) =>
  quiz.questions.find((x) => x.type === type) as QuestionOf<T>;

describe('isCorrect', () => {
  it('single: right only for the answer', () => {
    expect(isCorrect(q('single'), { type: 'single', choice: 'ciragan' })).to.equal(true);
    expect(isCorrect(q('single'), { type: 'single', choice: 'geneva' })).to.equal(false);
  });
  it('multiple: right only for exactly the answers', () => {
    expect(isCorrect(q('multiple'), { type: 'multiple', choices: ['children', 'ceasefire', 'prisoners'] })).to.equal(true);
    expect(isCorrect(q('multiple'), { type: 'multiple', choices: ['ceasefire', 'prisoners'] })).to.equal(false);
    expect(isCorrect(q('multiple'), { type: 'multiple', choices: ['ceasefire', 'prisoners', 'children', 'nato'] })).to.equal(false);
  });
  it('true-false', () => {
    expect(isCorrect(q('true-false'), { type: 'true-false', value: false })).to.equal(true);
    expect(isCorrect(q('true-false'), { type: 'true-false', value: true })).to.equal(false);
  });
  it('numeric: within tolerance', () => {
    const numeric = { ...q('numeric'), tolerance: 2 };
    expect(isCorrect(numeric, { type: 'numeric', value: 43 })).to.equal(true);
    expect(isCorrect(numeric, { type: 'numeric', value: 43.5 })).to.equal(false);
    expect(isCorrect(q('numeric'), { type: 'numeric', value: 41 })).to.equal(true);
  });
  it('order: the listed order', () => {
    expect(isCorrect(q('order'), { type: 'order', order: ['ceasefire', 'exchange', 'summit'] })).to.equal(true);
    expect(isCorrect(q('order'), { type: 'order', order: ['exchange', 'ceasefire', 'summit'] })).to.equal(false);
  });
  it('a response of another type is wrong', () => {
    expect(isCorrect(q('single'), { type: 'true-false', value: true })).to.equal(false);
  });
});

describe('correctResponse', () => {
  it('is marked right for every question of the seed quiz', () => {
    for (const question of quiz.questions) expect(isCorrect(question, correctResponse(question)), question.id).to.equal(true);
  });
});

describe('scoreQuiz', () => {
  it('adds points, percent, pass and band', () => {
    const responses = new Map<string, Response>([
      ['venue', { type: 'single', choice: 'ciragan' }],
      ['warplanes', { type: 'numeric', value: 41 }],
      ['analysts', { type: 'true-false', value: true }],
    ]);
    const score = scoreQuiz(quiz, responses);
    expect(score).to.include({ points: 3, maxPoints: 12, correct: 2, answered: 3, total: 10, percent: 25, passed: false });
    expect(score.band?.minPercent).to.equal(0);
  });
  it('leaves pass/fail undefined without passPercent', () => {
    const noPass: Quiz = { ...quiz, passPercent: undefined };
    expect(scoreQuiz(noPass, new Map()).passed).to.equal(undefined);
  });
});

describe('resultBand', () => {
  it('picks the highest band not above the score', () => {
    expect(resultBand(quiz, 49.9)?.minPercent).to.equal(0);
    expect(resultBand(quiz, 50)?.minPercent).to.equal(50);
    expect(resultBand(quiz, 100)?.minPercent).to.equal(90);
  });
});

describe('shuffling', () => {
  it('is stable for a seed and different across seeds', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, 7)).to.deep.equal(shuffled(items, 7));
    expect(shuffled(items, 7)).to.not.deep.equal(shuffled(items, 8));
    expect([...shuffled(items, 7)].sort((a, b) => a - b)).to.deep.equal(items);
  });
  it('never starts an ordering question in the right order', () => {
    const order = q('order');
    for (let s = 0; s < 200; s++) expect(startingOrder(order, s)).to.not.deep.equal(['ceasefire', 'exchange', 'summit']);
  });
  it('moves an entry and clamps at the ends', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).to.deep.equal(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).to.deep.equal(['a', 'b', 'c']);
  });
});
