import { expect } from '@open-wc/testing';
import { checkArticle } from '../../src/data/check.js';
import { knownValid } from '../../src/data/known-valid.js';
import { seedJson } from '../fixtures.js';

// The server renderer checks a record once and marks its deep-frozen copy (server/frozen-valid.ts),
// so that the elements inside one render do not each walk it again. Only marked records skip the walk.
describe('records known to be valid', () => {
  it('a marked record passes without being walked again; the same data unmarked is checked', () => {
    const wrong = seedJson();
    wrong.title = '';
    const unmarked = checkArticle(wrong);
    expect(unmarked.ok).to.equal(false);
    // Marking is a promise that it was checked and cannot change: here a wrong one shows that no walk happens.
    const frozenWrong = Object.freeze({ ...wrong });
    knownValid!.add(frozenWrong);
    const result = checkArticle(frozenWrong);
    expect(result.ok).to.equal(true);
    expect(result.ok && result.article).to.equal(frozenWrong);
    expect(checkArticle({ ...frozenWrong }).ok).to.equal(false);
  });

  it('anything not marked, primitives included, is checked as before', () => {
    expect(checkArticle('not a record').ok).to.equal(false);
    expect(checkArticle(undefined).ok).to.equal(false);
    expect(checkArticle(seedJson()).ok).to.equal(true);
  });
});
