import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { loaders } from '../../src/locales/index.js';
import { messagesReady, registerMessages } from '../../src/shared/messages.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import type { RecapFigures } from '../../src/elements/recap-figures/recap-figures.js';
import { seed } from '../fixtures.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Everything a widget's shadow root showed while it rendered, one text per change. */
function recordTexts(el: Element): string[] {
  const seen: string[] = [];
  const root = el.shadowRoot!;
  const note = () => seen.push(root.textContent ?? '');
  note();
  new MutationObserver(note).observe(root, { subtree: true, childList: true, characterData: true });
  return seen;
}

describe('languages other than English, loaded on demand', () => {
  beforeEach(() => localStorage.clear());

  it('are not in the page until an article needs them', () => {
    expect(messagesReady('en')).to.equal(true);
    expect(messagesReady('de-AT')).to.equal(false);
  });

  it('a German quiz shows German from its first words: no flash of English', async () => {
    const el = document.createElement('recap-quiz') as RecapQuiz;
    el.setAttribute('persist', 'none');
    el.article = { ...seed(), lang: 'de' };
    const holder = await fixture(html`<div></div>`);
    holder.append(el);
    const texts = recordTexts(el);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('#action'))).to.equal('Antwort prüfen');
    expect(texts.filter((t) => /Check answer|Question 1 of|Score:/.test(t))).to.deep.equal([]);
    expect(messagesReady('de')).to.equal(true);
  });

  it('a missing language file falls back to English with one warning, never an error state', async () => {
    const original = loaders.pt!;
    loaders.pt = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: recap-lang-pt.min.js'));
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const page = await fixture(html`<div>
        <recap-figures .article=${{ ...seed(), lang: 'pt' }}></recap-figures>
        <recap-figures .article=${{ ...seed(), lang: 'pt-BR' }}></recap-figures>
      </div>`);
      const figures = [...page.querySelectorAll('recap-figures')] as RecapFigures[];
      for (const el of figures) await el.updateComplete;
      for (const el of figures) {
        expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
        expect(text(el.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Key figures');
      }
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.match(/the "pt" strings could not be loaded .*showing English instead/);
    } finally {
      console.warn = warn;
      loaders.pt = original;
    }
  });

  it('a language the page registers needs no file, and registered words go on top of a shipped language', async () => {
    registerMessages('it', { figuresHeading: 'Cifre chiave' });
    const italian = await fixture<RecapFigures>(html`<recap-figures .article=${{ ...seed(), lang: 'it' }}></recap-figures>`);
    expect(text(italian.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Cifre chiave');
    registerMessages('fr', { figuresHeading: 'Les chiffres' });
    const french = await fixture<RecapFigures>(html`<recap-figures .article=${{ ...seed(), lang: 'fr' }}></recap-figures>`);
    expect(text(french.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Les chiffres');
    expect(text(french.shadowRoot!.querySelectorAll('[part~="value"]')[2])).to.match(/^plus de 4\s300\skm$/);
  });
});
