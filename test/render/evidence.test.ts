import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { renderEvidence } from '../../src/render/evidence.js';
import type { Article } from '../../src/data/types.js';

const labels = { sourceQuote: 'From the article', openAtSentence: 'Open the article at this sentence' };
const shown = (evidence: { quote: string } | undefined, article: Partial<Article>) => {
  const host = document.createElement('div');
  render(html`${renderEvidence(evidence, article as Article, labels)}`, host);
  return host;
};

describe('the article\'s own sentence under an answer or figure', () => {
  it('quotes the sentence as text, with its caption, and links to it in the article', () => {
    const host = shown({ quote: 'Talks open on <b>Monday</b>' }, { url: 'https://news.example/story#top' });
    expect(host.querySelector('figure.evidence')!.getAttribute('part')).to.equal('evidence');
    expect(host.querySelector('figcaption')!.textContent).to.equal('From the article');
    expect(host.querySelector('blockquote p')!.textContent).to.equal('Talks open on <b>Monday</b>');
    expect(host.querySelector('blockquote b')).to.equal(null);
    expect(host.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://news.example/story#top');
    const link = host.querySelector('a.evidence-link')!;
    expect(link.getAttribute('href')).to.equal('https://news.example/story#:~:text=Talks%20open%20on%20%3Cb%3EMonday%3C%2Fb%3E');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.textContent).to.equal('Open the article at this sentence');
  });
  it('quotes without a link or cite when the article has no address, and shows nothing without a quote', () => {
    const host = shown({ quote: 'Talks open on Monday' }, {});
    expect(host.querySelector('blockquote p')!.textContent).to.equal('Talks open on Monday');
    expect(host.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
    expect(host.querySelector('a')).to.equal(null);
    expect(shown(undefined, { url: 'https://news.example/story' }).querySelector('figure')).to.equal(null);
  });
  it('links to no address a browser would run', () => {
    expect(shown({ quote: 'x' }, { url: 'javascript:alert(1)' }).querySelector('a')).to.equal(null);
  });
});
