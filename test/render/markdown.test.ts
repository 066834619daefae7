import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { plainInline, renderBlock, renderInline, safeHref } from '../../src/render/markdown.js';

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
