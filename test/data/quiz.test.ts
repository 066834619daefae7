import { expect } from '@open-wc/testing';
import { correctResponse, hashString, isCorrect, move, resultBand, scoreQuiz, seededRandom, shuffled, startingOrder, type Response } from '../../src/data/quiz.js';
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

describe('partial credit', () => {
  const cloze = quiz.questions.find((x) => x.type === 'cloze') as QuestionOf<'cloze'>;
  const matching = quiz.questions.find((x) => x.type === 'matching') as QuestionOf<'matching'>;
  it('cloze: each blank counts alone; right only when every blank is', () => {
    const half: Response = { type: 'cloze', blanks: [' 30 ', 'territory'] };
    expect(isCorrect(cloze, half)).to.equal(false);
    expect(scoreQuiz({ ...quiz, questions: [cloze] }, new Map([[cloze.id, half]]))).to.include({ points: 1, maxPoints: 2, percent: 50, correct: 0 });
    expect(isCorrect(cloze, { type: 'cloze', blanks: ['30', 'PRISONERS'] })).to.equal(true);
  });
  it('matching: each pair counts alone, to two decimals', () => {
    const one: Response = { type: 'matching', pairs: [['planes', 'ukrainian-sources'], ['damage', 'investigators'], ['bridges', 'analysts']] };
    expect(isCorrect(matching, one)).to.equal(false);
    expect(scoreQuiz({ ...quiz, passPercent: 30, questions: [matching] }, new Map([[matching.id, one]]))).to.include({ points: 1, maxPoints: 3, percent: 33.3, passed: true });
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
    expect(score).to.include({ points: 3, maxPoints: 17, correct: 2, answered: 3, total: 12, percent: 17.6, passed: false });
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

describe('isCorrect, near misses', () => {
  it('multiple: as many picks as answers is not enough, they must be the answers', () => {
    const m = { id: 'm', type: 'multiple', prompt: 'p', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], answers: ['a', 'c'] } as QuestionOf<'multiple'>;
    expect(isCorrect(m, { type: 'multiple', choices: ['a', 'b'] })).to.equal(false);
    expect(isCorrect(m, { type: 'multiple', choices: ['c', 'a'] })).to.equal(true);
  });
  it('order: the right order with an extra entry is wrong', () => {
    const o = q('order');
    expect(isCorrect(o, { type: 'order', order: [...o.items.map((i) => i.id), 'extra'] })).to.equal(false);
  });
  it('a response of another type is wrong even when its value would match', () => {
    const tf = q('true-false');
    expect(isCorrect(tf, { type: 'numeric', value: tf.answer } as unknown as Response)).to.equal(false);
  });
});

describe('scoreQuiz and resultBand, at the boundaries', () => {
  const two: Quiz = {
    passPercent: 50,
    results: [{ minPercent: 80, text: 'top' }, { minPercent: 0, text: 'low' }, { minPercent: 50, text: 'mid' }],
    questions: [
      { id: 'a', type: 'true-false', prompt: 'A', answer: true },
      { id: 'b', type: 'true-false', prompt: 'B', answer: true },
    ],
  } as Quiz;
  it('passes at exactly the pass mark', () => {
    const half = scoreQuiz(two, new Map([['a', { type: 'true-false', value: true }]]));
    expect(half).to.include({ points: 1, maxPoints: 2, percent: 50, passed: true });
    expect(half.band?.text).to.equal('mid');
  });
  it('picks the highest band not above the score, in any order', () => {
    expect(resultBand(two, 79.9)?.text).to.equal('mid');
    expect(resultBand(two, 80)?.text).to.equal('top');
    expect(resultBand(two, 0)?.text).to.equal('low');
    expect(resultBand({ ...two, results: undefined }, 50)).to.equal(undefined);
  });
});

describe('hashString, seededRandom, shuffled', () => {
  it('hashes with 32-bit FNV-1a', () => {
    expect(hashString('')).to.equal(0x811c9dc5);
    expect(hashString('a')).to.equal(0xe40c292c);
    expect(hashString('foobar')).to.equal(0xbf9cf968);
    expect(hashString('a', 1)).to.not.equal(hashString('a'));
  });
  it('gives the same numbers in [0, 1) for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).to.deep.equal(values);
    expect(values.every((v) => v >= 0 && v < 1)).to.equal(true);
    expect(new Set(values).size).to.equal(1000);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).to.be.within(0.45, 0.55);
    expect(seededRandom(43)()).to.not.equal(seededRandom(42)());
  });
  it('shuffles into every order over many seeds, without changing the input', () => {
    const items = ['a', 'b', 'c'] as const;
    const seen = new Set<string>();
    for (let seed = 0; seed < 300; seed++) {
      const out = shuffled(items, seed);
      expect([...out].sort()).to.deep.equal(['a', 'b', 'c']);
      seen.add(out.join(''));
    }
    expect(seen.size).to.equal(6);
    expect(items).to.deep.equal(['a', 'b', 'c']);
  });
});

describe('startingOrder and move', () => {
  it('starts an ordering question in a stable order that is never the answer', () => {
    const o = q('order');
    const ids = o.items.map((i) => i.id);
    for (let seed = 0; seed < 50; seed++) {
      const start = startingOrder(o, seed);
      expect([...start].sort()).to.deep.equal([...ids].sort());
      expect(start).to.not.deep.equal(ids);
      expect(startingOrder(o, seed)).to.deep.equal(start);
    }
    const pair = { ...o, items: o.items.slice(0, 2) };
    expect(startingOrder(pair)).to.deep.equal([ids[1], ids[0]]);
  });
  it('moves one entry, clamped to the ends, in a new list', () => {
    const list = ['a', 'b', 'c'];
    expect(move(list, 0, 1)).to.deep.equal(['b', 'a', 'c']);
    expect(move(list, 2, -1)).to.deep.equal(['a', 'c', 'b']);
    expect(move(list, 0, -1)).to.deep.equal(['a', 'b', 'c']);
    expect(move(list, 1, 5)).to.deep.equal(['a', 'c', 'b']);
    expect(list).to.deep.equal(['a', 'b', 'c']);
  });
});
