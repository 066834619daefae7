import { expect } from '@open-wc/testing';
import { parseArticleJson } from '../../src/data/load-with-hints.js';
import { seedJson } from '../fixtures.js';

/** The one problem of text that is not JSON. */
function notJson(text: string) {
  const r = parseArticleJson(text, 'the file');
  expect(r.ok, 'expected a problem').to.equal(false);
  if (r.ok) throw new Error('unreachable');
  expect(r.problems).to.have.length(1);
  return r.problems[0]!;
}

const seedText = () => JSON.stringify(seedJson(), null, 2);

describe('parseArticleJson: text that is not JSON', () => {
  it('points at a // comment by line and column, shows the line with a caret, and says comments must go', () => {
    const text = '{\n  "schemaVersion": 1,\n  // the article\'s id\n  "id": "a"\n}';
    const p = notJson(text);
    expect([p.line, p.column]).to.deep.equal([3, 3]);
    expect(p.message).to.equal('the file is not valid JSON at line 3, column 3: comments are not allowed in JSON; remove the // or /* */ comment');
    expect(p.excerpt).to.equal('3 |   // the article\'s id\n  |   ^');
    expect(p.path).to.equal('');
  });
  it('names a trailing comma', () => {
    const p = notJson('{\n  "a": [1, 2,],\n  "b": 1\n}');
    expect([p.line, p.column]).to.deep.equal([2, 14]);
    expect(p.message).to.match(/a comma before \] is not allowed in JSON; remove the trailing comma$/);
    expect(notJson('{"a": 1,\n}').message).to.match(/comma before \} is not allowed/);
  });
  it('names single quotes and unquoted keys', () => {
    expect(notJson("{'id': 'a'}").message).to.match(/line 1, column 2: strings and keys need double quotes \("\) in JSON, not single quotes$/);
    expect(notJson('{ id: "a" }').message).to.match(/line 1, column 3: keys need double quotes in JSON/);
  });
  it('says that the text ends early when it is cut off', () => {
    const text = seedText();
    const p = notJson(text.slice(0, text.indexOf('"quiz"')));
    expect(p.message).to.match(/the JSON ends early/);
  });
  it('keeps HTML served instead of JSON as its own hint', () => {
    expect(notJson('<!doctype html><title>404</title>').message).to.match(/is HTML, not JSON/);
  });
  it('counts lines in Windows line endings the same', () => {
    const p = notJson('{\r\n  "a": 1,\r\n  // x\r\n}');
    expect([p.line, p.column]).to.deep.equal([3, 3]);
    expect(p.excerpt).to.equal('3 |   // x\n  |   ^');
  });
});

describe('parseArticleJson: what CMSs and editors produce is not an error', () => {
  it('accepts a byte-order mark before the JSON', () => {
    expect(parseArticleJson('\uFEFF' + seedText()).ok).to.equal(true);
  });
  it('accepts a byte-order mark after a line break (a CMS pasting into a script tag)', () => {
    expect(parseArticleJson('\n  \uFEFF' + seedText()).ok).to.equal(true);
  });
  it('accepts Windows line endings', () => {
    expect(parseArticleJson(seedText().replace(/\n/g, '\r\n')).ok).to.equal(true);
  });
});
