import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { loaders } from '../../src/locales/index.js';
import { en, type Messages } from '../../src/locales/en.js';
import { loadMessages, translator, type Message } from '../../src/shared/messages.js';
import type { RecapFigures } from '../../src/elements/recap-figures/recap-figures.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import { seed } from '../fixtures.js';

const placeholders = (m: Message) =>
  [...new Set((typeof m === 'string' ? m : Object.values(m).join(' ')).match(/\{\w+\}/g) ?? [])].sort();
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Every shipped catalogue, each loaded from its own file. */
const catalogues: Record<string, Messages> = {
  en,
  ...Object.fromEntries(await Promise.all(Object.entries(loaders).map(async ([lang, load]) => [lang, (await load()).default]))),
};

describe('message catalogues', () => {
  it('ship at least ten languages, including right-to-left ones', () => {
    expect(Object.keys(catalogues)).to.include.members(['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl', 'pt', 'ar', 'he']);
  });

  for (const [lang, catalogue] of Object.entries(catalogues)) {
    it(`${lang} has every key English has, with the same placeholders`, () => {
      const missing = Object.keys(en).filter((k) => !(k in catalogue));
      expect(missing, `${lang} misses`).to.deep.equal([]);
      for (const [key, message] of Object.entries(en)) {
        const theirs = catalogue[key as keyof typeof en];
        expect(typeof theirs === 'string' ? theirs.trim() : theirs, `${lang}.${key}`).to.not.equal('');
        // Plural forms may spell "one" or "two" as words, so only ask the "other" form for every placeholder.
        const forms = typeof theirs === 'string' ? theirs : theirs.other;
        expect(placeholders(forms), `${lang}.${key}`).to.deep.equal(placeholders(typeof message === 'string' ? message : message.other));
      }
    });

    it(`${lang} gives every plural category its language uses`, () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(catalogue)) {
        if (typeof message === 'string') continue;
        expect(Object.keys(message).sort(), `${lang}.${key}`).to.include.members([...categories]);
      }
    });
  }

  it('chooses plural forms with Intl.PluralRules', async () => {
    await Promise.all([loadMessages('uk'), loadMessages('ar')]);
    const uk = translator('uk');
    expect([1, 2, 5, 21, 22, 25].map((count) => uk('points', { count }))).to.deep.equal(['1 бал', '2 бали', '5 балів', '21 бал', '22 бали', '25 балів']);
    const ar = translator('ar');
    expect([1, 2, 3, 11].map((count) => ar('points', { count }))).to.deep.equal(['نقطة واحدة', 'نقطتان', '3 نقاط', '11 نقطة']);
  });
});

describe('choosing the language', () => {
  it("uses the article's lang", async () => {
    const el = await fixture<RecapFigures>(html`<recap-figures .article=${{ ...seed(), lang: 'de' }}></recap-figures>`);
    expect(text(el.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Zahlen im Überblick');
    expect(text(el.shadowRoot!.querySelectorAll('[part~="value"]')[2])).to.equal('mehr als 4.300 km');
    expect(text(el.shadowRoot!.querySelector('[part~="as-of"]'))).to.equal('Stand: 1. Juni 2025');
  });

  it("falls back to the page's closest lang when the article has none", async () => {
    const article = { ...seed() } as Record<string, unknown>;
    delete article.lang;
    const page = await fixture(html`<div lang="pl"><section><recap-quiz .article=${article} persist="none"></recap-quiz></section></div>`);
    const el = page.querySelector('recap-quiz') as RecapQuiz;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('#action'))).to.equal('Sprawdź');
  });

  it('falls back to English for a language it does not ship', async () => {
    const el = await fixture<RecapFigures>(html`<recap-figures .article=${{ ...seed(), lang: 'sw' }}></recap-figures>`);
    expect(text(el.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Key figures');
  });

  it('lets the host reword any string through the messages property', async () => {
    const el = await fixture<RecapFigures>(html`<recap-figures .article=${seed()} .messages=${{ figuresHeading: 'By the numbers' }}></recap-figures>`);
    expect(text(el.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('By the numbers');
  });

  it('lays out Arabic and Hebrew right to left, in their own words', async () => {
    for (const [lang, check] of [['ar', 'تحقّق من الإجابة'], ['he', 'בדיקת התשובה']]) {
      localStorage.clear();
      const el = await fixture<RecapQuiz>(html`<recap-quiz .article=${{ ...seed(), lang }} persist="none"></recap-quiz>`);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
      expect(text(el.shadowRoot!.querySelector('#action'))).to.equal(check);
    }
  });
});
