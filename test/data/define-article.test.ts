import { expect } from '@open-wc/testing';
import { ArticleError, defineArticle } from '../../src/data/define-article.js';
import { seedJson } from '../fixtures.js';

describe('defineArticle, as a developer importing JSON meets it', () => {
  it('returns valid data as it is', () => {
    const a = seedJson();
    expect(defineArticle(a)).to.deep.equal(a);
  });
  it('throws an ArticleError that names every problem by its path, in one message', () => {
    const a = seedJson();
    delete a.title;
    a.lang = 'english';
    let error: unknown;
    try {
      defineArticle(a);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ArticleError);
    const e = error as ArticleError;
    expect(e.name).to.equal('ArticleError');
    expect(e.problems.map((p) => p.path).sort()).to.deep.equal(['/lang', '/title']);
    expect(e.message).to.match(/^not a valid Recap article \(2 problems\):\n {2}\/[a-z]+: .+\n {2}\/[a-z]+: .+$/);
    expect(e.message).to.include('  /title: title is required but missing');
  });
  it('says "1 problem", and names a problem with the whole document as such', () => {
    expect(new ArticleError([{ path: '', message: 'not an object' }]).message).to.equal('not a valid Recap article (1 problem):\n  (document): not an object');
    expect(() => defineArticle('a string')).to.throw(ArticleError, /^not a valid Recap article \(1 problem\):\n {2}\(document\): /);
  });
});
