import { expect } from '@open-wc/testing';
import { parseArticleJson } from '../../src/data/load-with-hints.js';
import { seedJson } from '../fixtures.js';
import { findJsonError } from '../../src/data/json-error.js';

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

describe('findJsonError: where the text stops being JSON, and why', () => {
  /** Line, column and message of the first error. */
  const at = (text: string) => {
    const e = findJsonError(text);
    return e && [e.line, e.column, e.message];
  };
  const cases: [string, string, [number, number, string]][] = [
    ['a string cut by a line end', '{"a": "abc\n"}', [1, 11, 'a string is not closed before the end of the line: a " is missing (or write \\n)']],
    ['a tab inside a string', '{"a": "a\tb"}', [1, 9, 'a control character inside a string must be escaped (\\t, \\n)']],
    ['an escape JSON does not know', '{"a": "\\x"}', [1, 9, '\\x is not an escape JSON knows']],
    ['a backslash at the very end', '"ab\\', [1, 5, '\\ is not an escape JSON knows']],
    ['a string never closed', '"abc', [1, 5, 'a string is not closed: a " is missing']],
    ['valid escapes, then a trailing comma', '{"a": "\\u00e9 \\/ \\n \\"", "b": 1,}', [1, 33, 'a comma before } is not allowed in JSON; remove the trailing comma']],
    ['empty objects and lists, then a trailing comma', '{"a": {}, "b": [], }', [1, 20, 'a comma before } is not allowed in JSON; remove the trailing comma']],
    ['a key without its colon', '{"a" 1}', [1, 6, 'expected ":" after the key, found "1"']],
    ['two members without a comma', '{"a": 1 "b": 2}', [1, 9, 'expected "," or "}", found "\\""']],
    ['two items without a comma', '[1 2]', [1, 4, 'expected "," or "]", found "2"']],
    ['a list cut off', '[1', [1, 3, 'the JSON ends early (expected "," or "]"): a closing } or ] may be missing, or the text was cut off']],
    ['NaN', '{"a": NaN}', [1, 7, 'NaN, Infinity and undefined are not JSON values; write a number or null']],
    ['-Infinity', '[-Infinity]', [1, 2, 'NaN, Infinity and undefined are not JSON values; write a number or null']],
    ['undefined', '{"a": undefined}', [1, 7, 'NaN, Infinity and undefined are not JSON values; write a number or null']],
    ['text after the JSON', '{"a": 1} x', [1, 10, 'expected the end of the JSON, found "x"']],
    ['a bracket too many after a list with commas', '[1,2]]', [1, 6, 'expected the end of the JSON, found "]"']],
    ['a /* */ comment', '{/* c */ "a": 1}', [1, 2, 'comments are not allowed in JSON; remove the // or /* */ comment']],
    ['numbers with fractions and exponents, then a word', '[1.5e+3, 2.25, -0.5E-2 x]', [1, 24, 'expected "," or "]", found "x"']],
    ['a number run into letters', '[1e5x]', [1, 2, 'expected a value, found "1"']],
    ['true run into letters', '[truex]', [1, 2, 'expected a value, found "t"']],
    ['a missing value', '[,]', [1, 2, 'expected a value, found ","']],
    ['nesting no article needs', '['.repeat(600), [1, 514, 'the JSON is nested too deeply']],
  ];
  for (const [what, text, expected] of cases) it(what, () => expect(at(text)).to.deep.equal(expected));

  it('says nothing for valid JSON, with or without a byte-order mark', () => {
    expect(findJsonError('{"a": [1, -2.5e3, true, null, "\\u00e9"]}')).to.equal(undefined);
    expect(findJsonError('\ufeff{"a": 1}')).to.equal(undefined);
    expect(findJsonError('\ufeff{"a": 1,}')?.message).to.equal('a comma before } is not allowed in JSON; remove the trailing comma');
  });

  it('shows the line without its Windows line end, tabs as spaces, and the caret under the column', () => {
    expect(findJsonError('{\r\n  "a": 1 x\r\n}')?.excerpt).to.equal('2 |   "a": 1 x\n  |          ^');
    expect(findJsonError('{\t"a":\t1\tx}')?.excerpt).to.equal('1 | { "a": 1 x}\n  |          ^');
  });

  it('shows 60 characters either side of the caret on a long line, marked as cut', () => {
    const text = '[' + '"word", '.repeat(20) + 'x]';
    const e = findJsonError(text)!;
    expect(e.column).to.equal(162);
    expect(e.excerpt).to.equal(`1 | …${text.slice(161 - 60, 161 + 60)}\n  | ${' '.repeat(61)}^`);
  });
});
