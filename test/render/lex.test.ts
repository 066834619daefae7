import { expect } from '@open-wc/testing';
import { Lexer } from 'marked';
import { hasMarkdown, lexBlockTokens, lexInlineTokens, loadMarked, markdownToLoad, markedReady, plainText } from '../../src/render/lex.js';

/** Tokens as data (marked's carry no functions; ours neither). */
const data = (tokens: unknown) => JSON.parse(JSON.stringify(tokens));

describe('lexing text from data (render/lex.ts)', () => {
  it('calls text without Markdown syntax plain, in any script, with numbers and ampersands', () => {
    for (const text of ['Hello, world.', 'R&D at AT&T', 'Preise stiegen um 3,5 %.', 'الأسعار ارتفعت ٣٫٥٪', '東京', '2.4 million', '-3 %', '#1 exporter', 'Well done!', 'a > b'])
      expect([text, plainText(text), plainText(text, true)]).to.deep.equal([text, true, true]);
  });

  it('calls Markdown not plain: emphasis, code, links, bare links and addresses, escapes, breaks, raw HTML, references', () => {
    for (const text of ['**b**', '*e*', '_e_', '`c`', '[a](https://x.org)', 'https://x.org', 'www.x.org', 'me@x.org', 'a\\*b', 'a\nb', 'a\rb', '<b>', '~~d~~', '&#42;'])
      expect([text, plainText(text)]).to.deep.equal([text, false]);
  });

  it('calls block syntax at the start not plain as a block, yet plain inline', () => {
    for (const text of ['1. one', '2) two', '- item', '+ item', '-', '# heading', '###### h', '#', '> quote', ' lead', '=== x', '---', '- - -'])
      expect([text, plainText(text), plainText(text, true)]).to.deep.equal([text, true, false]);
  });

  it("gives plain text the tokens marked gives it, inline and as a block", () => {
    for (const text of ['Hello, world.', '&amp; &lt;', '2.4 million', 'a  b ', 'tab\there']) {
      expect(data(lexInlineTokens(text))).to.deep.equal(data(Lexer.lexInline(text, { gfm: true })));
      expect(data(lexBlockTokens(text))).to.deep.equal(data(Lexer.lex(text, { gfm: true })));
    }
  });

  it('finds Markdown anywhere in shown data, but not in the body, links or images', () => {
    expect(hasMarkdown({ summary: { points: ['plain', 'with **bold**'] } })).to.equal(true);
    expect(hasMarkdown([{ label: 'plain' }, { claim: { note: '*noted*' } }])).to.equal(true);
    expect(hasMarkdown({ title: 'plain', value: 3, flag: true, none: null, points: ['a', 'b'] })).to.equal(false);
    expect(hasMarkdown({ body: 'A **bold** body', url: 'https://example.org/a', image: { src: 'https://example.org/i.png', alt: 'plain' } })).to.equal(false);
    expect(hasMarkdown([])).to.equal(false);
    expect(hasMarkdown('1. a list')).to.equal(true);
  });

  it('loads marked once, then lexes Markdown with it and names nothing more to load', async () => {
    await Promise.all([loadMarked(), loadMarked()]);
    expect(markedReady()).to.equal(true);
    expect(markdownToLoad({ dek: '**now**' })).to.equal(undefined);
    expect(data(lexInlineTokens('a **b**'))).to.deep.equal(data(Lexer.lexInline('a **b**', { gfm: true })));
    expect(data(lexBlockTokens('- a\n- b'))).to.deep.equal(data(Lexer.lex('- a\n- b', { gfm: true })));
  });
});
