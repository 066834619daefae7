import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkArticle } from '../../src/data/check.js';
import { validateArticle } from '../../src/data/validate.js';
import { validRecord } from '../authoring/arbitraries.js';
import { seedJson } from '../fixtures.js';

// Readers' bundles check data without the author's words (they load them only when data is
// wrong): the verdict and every path must be the same, only the messages shorter.
const paths = (r: ReturnType<typeof checkArticle>) => (r.ok ? 'ok' : r.problems.map((p) => p.path));

/** One change to the seed per entry, each breaking it in a different way. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the seed, changed by hand in ways its type forbids
const breakages: Record<string, (a: Record<string, any>) => void> = {
  'a language name for a tag': (a) => (a.lang = 'english'),
  'a misspelt key': (a) => (a.summary.pionts = a.summary.points),
  'a quote not in the body': (a) => (a.figures[0].evidence.quote = a.figures[0].evidence.quote.replace('warplanes', 'aircraft')),
  'a wrong type': (a) => (a.figures[1].value = '117'),
  'a missing field and an unknown question type': (a) => {
    delete a.id;
    a.quiz.questions[0].type = 'essay';
  },
  'no summary and no quiz': (a) => {
    delete a.summary;
    delete a.quiz;
  },
};

describe('checking without the hints', () => {
  for (const [name, change] of Object.entries(breakages)) {
    it(`finds the same problems at the same paths as validateArticle: ${name}`, () => {
      const article = seedJson();
      change(article);
      const full = validateArticle(article);
      const bare = checkArticle(article);
      expect(full.ok).to.equal(false);
      expect(paths(bare)).to.deep.equal(paths(full));
    });
  }

  it('without the words, each message is the field and what is wrong in one word', () => {
    const article = seedJson();
    breakages['a language name for a tag']!(article);
    breakages['a misspelt key']!(article);
    breakages['a quote not in the body']!(article);
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
