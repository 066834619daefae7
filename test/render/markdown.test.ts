import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { decodeEntities, plainInline, renderBlock, renderInline, safeHref } from '../../src/render/markdown.js';
import { loadMarked } from '../../src/render/lex.js';

// Widgets load marked when their data has Markdown in it (lex.ts); these tests render Markdown directly.
before(() => loadMarked());

function inline(source: string): HTMLElement {
  const host = document.createElement('div');
  render(html`${renderInline(source)}`, host);
  return host;
}
function block(source: string): HTMLElement {
  const host = document.createElement('div');
  render(html`${renderBlock(source)}`, host);
  return host;
}
const tags = (el: Element) => [...el.querySelectorAll('*')].map((e) => e.localName);

describe('renderInline', () => {
  it('renders emphasis, strong, code and links', () => {
    const el = inline('a *b* **c** `d` [e](https://example.com/x)');
    expect(tags(el)).to.deep.equal(['em', 'strong', 'code', 'a']);
    expect(el.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/x');
    expect(el.textContent).to.equal('a b c d e');
  });
  it('shows raw HTML as text', () => {
    const el = inline('hi <img src=x onerror=alert(1)> <b>bold</b>');
    expect(tags(el)).to.deep.equal([]);
    expect(el.textContent).to.equal('hi <img src=x onerror=alert(1)> <b>bold</b>');
  });
  it('keeps javascript:, data: and vbscript: links as plain text', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<script>', 'vbscript:msgbox', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)']) {
      const el = inline(`[x](${href})`);
      expect(el.querySelector('a'), href).to.equal(null);
    }
  });
  it('allows mailto and autolinks', () => {
    expect(inline('<mailto:a@b.com>').querySelector('a')?.getAttribute('href')).to.equal('mailto:a@b.com');
    expect(inline('see https://example.org').querySelector('a')?.getAttribute('href')).to.equal('https://example.org/');
  });
  it('shows images as their source text', () => {
    const el = inline('![alt](https://example.com/i.png)');
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.equal('![alt](https://example.com/i.png)');
  });
  it('decodes character references without making markup', () => {
    const el = inline('&lt;b&gt;x&lt;/b&gt; &amp; &#x41;');
    expect(tags(el)).to.deep.equal([]);
    expect(el.textContent).to.equal('<b>x</b> & A');
  });
});

describe('renderBlock', () => {
  it('renders paragraphs and lists', () => {
    const el = block('One *x*.\n\nTwo.\n\n- a\n- b\n\n3. c\n4. d');
    expect(tags(el)).to.deep.equal(['p', 'em', 'p', 'ul', 'li', 'li', 'ol', 'li', 'li']);
    expect(el.querySelector('ol')!.getAttribute('start')).to.equal('3');
  });
  it('shows headings, quotes, code blocks and HTML blocks as plain paragraphs', () => {
    const el = block('# Head\n\n> quote\n\n```\ncode\n```\n\n<div onclick="x()">x</div>');
    expect(tags(el)).to.deep.equal(['p', 'p', 'p', 'p']);
    expect(el.textContent).to.contain('<div onclick="x()">x</div>');
  });
});

describe('safeHref', () => {
  it('allows http, https and mailto only', () => {
    expect(safeHref('https://a.b/c')).to.equal('https://a.b/c');
    expect(safeHref('http://a.b/')).to.equal('http://a.b/');
    expect(safeHref('mailto:x@y.z')).to.equal('mailto:x@y.z');
    expect(safeHref('ftp://a.b/')).to.equal(undefined);
    expect(safeHref('/relative')).to.equal(undefined);
    expect(safeHref('java\tscript:alert(1)')).to.equal(undefined);
  });
});

describe('plainInline', () => {
  it('strips markup for labels', () => {
    expect(plainInline('**Move** the `x` [here](https://a.b)')).to.equal('Move the x here');
  });
});

it('renders inside a fixture without innerHTML', async () => {
  const el = await fixture(html`<div>${renderInline('**ok**')}</div>`);
  expect(el.querySelector('strong')!.textContent).to.equal('ok');
});

describe('decodeEntities', () => {
  it('decodes decimal, hex and the named references marked leaves, case-insensitively', () => {
    expect(decodeEntities('&#65;&#x42;&#X43;&#x1F600;')).to.equal('ABC\u{1F600}');
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&nbsp;&AMP;')).to.equal('&<>"\'\u00a0&');
    expect(decodeEntities('plain text')).to.equal('plain text');
  });
  it('keeps what is not a reference, and replaces impossible code points', () => {
    expect(decodeEntities('&unknown; &amp &#; &#x; &#12345678; &#x1234567;')).to.equal('&unknown; &amp &#; &#x; &#12345678; &#x1234567;');
    expect(decodeEntities('&#0;&#xD800;&#xDFFF;&#x110000;&#1114111;')).to.equal('\ufffd\ufffd\ufffd\ufffd\u{10FFFF}');
    expect(decodeEntities('&#xD7FF;&#xE000;')).to.equal('\uD7FF\uE000');
  });
});

describe('Markdown edges', () => {
  it('renders nothing for empty input', () => {
    expect(inline('').textContent).to.equal('');
    expect(block('').textContent).to.equal('');
    expect(plainInline('')).to.equal('');
    expect(plainInline(undefined)).to.equal('');
  });
  it('shows escaped markers as the characters, not emphasis', () => {
    const el = inline('\\*not em\\* \\_x\\_');
    expect(tags(el)).to.deep.equal([]);
    expect(el.textContent).to.equal('*not em* _x_');
  });
  it('keeps hard line breaks', () => {
    expect(tags(inline('a  \nb'))).to.deep.equal(['br']);
    expect(tags(block('a\\\nb'))).to.deep.equal(['p', 'br']);
  });
  it('links bare addresses in blocks too', () => {
    expect(block('see https://example.org').querySelector('a')?.getAttribute('href')).to.equal('https://example.org/');
  });
  it('shows an unsafe link as its source text and struck text as written', () => {
    expect(inline('[x](javascript:alert(1))').textContent).to.equal('[x](javascript:alert(1))');
    expect(inline('~~gone~~').textContent).to.equal('~~gone~~');
  });
  it('writes a heading as its source, trimmed, in a paragraph', () => {
    const el = block('# Head\n\ntext');
    expect([...el.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['# Head', 'text']);
  });
  it('puts loose list items in paragraphs and keeps tight ones bare', () => {
    expect(tags(block('- a\n\n- b'))).to.deep.equal(['ul', 'li', 'p', 'li', 'p']);
    expect(tags(block('- a\n- b'))).to.deep.equal(['ul', 'li', 'li']);
    expect(block('- a &amp; b').querySelector('li')!.textContent).to.equal('a & b');
  });
});

describe('plainInline, token by token', () => {
  it('keeps text, escapes, code, emphasis and safe link text, and the source of the rest', () => {
    expect(plainInline('a &amp; b')).to.equal('a & b');
    expect(plainInline('\\*x\\*')).to.equal('*x*');
    expect(plainInline('*em* and **strong**')).to.equal('em and strong');
    expect(plainInline('[t](javascript:x)')).to.equal('[t](javascript:x)');
    expect(plainInline('![alt](https://a.b/i.png) <b>x</b>')).to.equal('![alt](https://a.b/i.png) <b>x</b>');
  });
});
