import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkArticle } from '../../src/data/check.js';
import { validateArticle } from '../../src/data/validate.js';
import { validRecord } from '../authoring/arbitraries.js';
import { seedJson } from '../fixtures.js';

// Readers' bundles check data without the author's words (they load them only when data is
// wrong): the verdict and every path must be the same, only the messages shorter.
const paths = (r: ReturnType<typeof checkArticle>) => (r.ok ? 'ok' : r.problems.map((p) => p.path));

/**
 * One change to the seed per entry, each breaking it in a different way, with the paths the
 * contract says its problems are reported at (written out, so a wrong pointer in both fails).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the seed, changed by hand in ways its type forbids
const breakages: Record<string, [(a: Record<string, any>) => void, string[]]> = {
  'a language name for a tag': [(a) => (a.lang = 'english'), ['/lang']],
  'a misspelt key': [(a) => (a.summary.pionts = a.summary.points), ['/summary/pionts']],
  'a quote not in the body': [(a) => (a.figures[0].evidence.quote = a.figures[0].evidence.quote.replace('warplanes', 'aircraft')), ['/figures/0/evidence/quote']],
  'a wrong type': [(a) => (a.figures[1].value = '117'), ['/figures/1/value']],
  'a missing field and an unknown question type': [
    (a) => {
      delete a.id;
      a.quiz.questions[0].type = 'essay';
    },
    ['/id', '/quiz/questions/0/type'],
  ],
  'no summary and no quiz': [
    (a) => {
      delete a.summary;
      delete a.quiz;
    },
    ['/summary'],
  ],
  'a repeated figure id': [(a) => (a.figures[2].id = a.figures[0].id), ['/figures/2/id', '/quiz/questions/5/figure']],
  'a blank point': [(a) => (a.summary.points[1] = ' '), ['/summary/points/1']],
};

describe('checking without the hints', () => {
  for (const [name, [change, expected]] of Object.entries(breakages)) {
    it(`finds the problems at the contract's paths, with and without the words: ${name}`, () => {
      const article = seedJson();
      change(article);
      expect(paths(validateArticle(article))).to.deep.equal(expected);
      expect(paths(checkArticle(article))).to.deep.equal(expected);
    });
  }

  it('without the words, each message is the field and what is wrong in one word', () => {
    const article = seedJson();
    breakages['a language name for a tag']![0](article);
    breakages['a misspelt key']![0](article);
    breakages['a quote not in the body']![0](article);
    const bare = checkArticle(article);
    const full = validateArticle(article);
    if (bare.ok || full.ok) throw new Error('expected problems');
    expect(full.problems.map((p) => p.message).join('\n')).to.match(/did you mean "en"[\s\S]*did you mean "points"[\s\S]*closest passage/);
    expect(bare.problems.map((p) => p.message)).to.deep.equal(['lang: format', 'pionts: unknown-key', 'quote: quote']);
  });

  it('accepts every valid record that validateArticle accepts', () => {
    fc.assert(
      fc.property(validRecord, (record) => {
        expect(checkArticle(record).ok).to.equal(true);
        expect(validateArticle(record).ok).to.equal(true);
      }),
      { numRuns: 100 },
    );
  });
});
