/**
 * The studio in the languages the widgets speak: its own words follow the page (not the
 * article), right to left for Arabic and Hebrew; hosts add or reword strings in any language;
 * nothing it does depends on the English wording; and a pasted article's language is told
 * from its text, so figures are never drafted in a language the text is not.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/editor/define.js';
import type { RecapEditor } from '../../src/editor/recap-editor.js';
import { EDITOR_LOCALES, editorEn, registerEditorMessages, type EditorMessages } from '../../src/editor/messages.js';
import { controlId } from '../../src/editor/edit.js';
import { editorEnKinds } from '../../src/editor/locales/en-kinds.js';
import { seed } from '../fixtures.js';
import { settle } from '../elements/helpers.js';
import { activate } from './helpers.js';

const heading = (el: RecapEditor) => el.shadowRoot!.getElementById('s-article')!.textContent!.trim();

async function inPage(lang: string, article?: unknown, messages?: Partial<EditorMessages>): Promise<RecapEditor> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><recap-editor storage="none" .article=${article} .messages=${messages ?? {}}></recap-editor></div>`);
  const el = wrapper.querySelector('recap-editor')!;
  await settle(el);
  return el;
}

const placeholders = (m: unknown) => [...new Set(JSON.stringify(m).match(/\{\w+\}/g) ?? [])].sort();

describe('<recap-editor> in every language', () => {
  it('ships its words in the ten languages, each with every key and the same placeholders as English', async () => {
    expect(EDITOR_LOCALES).to.have.members(['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl', 'pt', 'ar', 'he']);
    // English: what opens with the editor and what comes with the cloze and matching sections.
    const english: EditorMessages = { ...editorEn, ...editorEnKinds };
    for (const lang of EDITOR_LOCALES.filter((l) => l !== 'en')) {
      const words = (await import(`../../src/editor/locales/${lang}.ts`)).default as EditorMessages;
      for (const key of Object.keys(english) as (keyof EditorMessages)[]) {
        expect(words[key], `${lang}: ${key}`).to.exist;
        // A plural form may say "one" in words (Arabic), so only keys with a string compare exactly.
        if (typeof english[key] === 'string') expect(placeholders(words[key]), `${lang}: ${key}`).to.deep.equal(placeholders(english[key]));
      }
    }
  });

  it('speaks the page’s language, whatever the article’s', async function () {
    this.timeout(30_000);
    const english = heading(await inPage('en', seed()));
    for (const lang of EDITOR_LOCALES.filter((l) => l !== 'en')) {
      const el = await inPage(lang, seed());
      await waitUntil(() => heading(el) !== english, `${lang} words loaded`, { timeout: 4000 });
      expect(el.shadowRoot!.querySelector('.frame')!.getAttribute('lang'), 'the preview keeps the article’s language').to.equal('en');
    }
    const de = await inPage('de', seed());
    await waitUntil(() => heading(de) === '1. Der Artikel', 'German');
    expect(de.shadowRoot!.getElementById('find-figures')!.textContent).to.contain('Zahlen im Text finden');
  });

  it('is laid out right to left for Arabic and Hebrew, and stays accessible', async function () {
    this.timeout(40_000);
    for (const lang of ['ar', 'he']) {
      const el = await inPage(lang, seed());
      await waitUntil(() => heading(el) !== '1. The article', `${lang} words loaded`);
      expect(el.shadowRoot!.querySelector('.layout')!.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    }
    const en = await inPage('en', seed());
    expect(en.shadowRoot!.querySelector('.layout')!.getAttribute('dir')).to.equal('ltr');
  });

  it('uses what a host registers for any language, and its overrides', async () => {
    registerEditorMessages('fr', { stepArticle: '1. Votre article' });
    const fr = await inPage('fr-CA', seed());
    await waitUntil(() => heading(fr) === '1. Votre article', 'registered French');
    registerEditorMessages('sv', { stepArticle: '1. Artikeln' });
    expect(heading(await inPage('sv', seed()))).to.equal('1. Artikeln');
    expect(heading(await inPage('en', seed(), { stepArticle: 'Step one' }))).to.equal('Step one');
  });

  it('does nothing by its English wording: reworded messages change no behaviour', async () => {
    const reworded = { questionN: 'Q{n}', question: '#{n} [{type}]', removed: 'Gone: {what}', opened: '«{name}» ok', importWarnings: 'Careful with {name}: {list}' };
    const el = await inPage('en', seed(), reworded);
    const before = el.value.quiz!.questions!.length;
    await activate(el.shadowRoot!.querySelector<HTMLElement>('#question-remove-0')!);
    await settle(el);
    expect(el.value.quiz!.questions).to.have.length(before - 1);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Gone: Q1');
    // A quizdown file with something left out: the warning is kept, not replaced by "opened".
    expect(await el.openText('# Pick one\n\n- [x] A\n- [ ] B\n\n> a hint readers never see\n', 'q.md')).to.equal(true);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.match(/^(Careful with q\.md|«q\.md» ok)/);
  });
});

const GERMAN = `Neue Wohnungen in Lindenau

Die Stadt baut mehr, als sie geplant hatte.

Die Stadt Lindenau hat im vergangenen Jahr 1.284 neue Wohnungen fertiggestellt. Das sind etwa 12 Prozent mehr als im Jahr davor, teilte die Verwaltung am 12. Mai mit.

Für das laufende Jahr sind rund 2,5 Millionen Euro für die Sanierung alter Gebäude eingeplant. Mehr als 300 Familien warten noch auf eine Zusage.`;

describe('<recap-editor> tells the article’s language from its text', () => {
  it('sets German for a pasted German article, and drafts its figures the German way', async () => {
    const el = await inPage('en');
    const paste = el.shadowRoot!.getElementById('paste') as HTMLTextAreaElement;
    paste.value = GERMAN;
    paste.dispatchEvent(new Event('input'));
    await settle(el);
    await activate(el.shadowRoot!.getElementById('start-from-text')!);
    await waitUntil(() => el.value.lang === 'de', 'language set from the text', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('(de)');
    await activate(el.shadowRoot!.getElementById('find-figures')!);
    await waitUntil(() => el.shadowRoot!.querySelector('.proposal'), 'figures proposed', { timeout: 4000 });
    await settle(el);
    const values = [...el.shadowRoot!.querySelectorAll('.proposal strong')].map((s) => s.textContent);
    expect(values.join(' | ')).to.contain('1.284');
    expect(values.some((v) => /12\s?%/.test(v!) && /about/.test(v!))).to.equal(true);
    expect(values.some((v) => /^Proposed: 12$/.test(v!)), 'the 12 of "12. Mai" is a date').to.equal(false);
  });

  it('drafts nothing in a language the body plainly is not, and offers the one it is', async () => {
    const el = await inPage('en', { ...seed(), figures: [], body: GERMAN.split('\n\n').slice(2).join('\n\n'), quiz: undefined });
    expect(el.value.lang).to.equal('en');
    await activate(el.shadowRoot!.getElementById('find-figures')!);
    await waitUntil(() => el.shadowRoot!.getElementById('use-detected-lang'), 'German offered', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('.proposal')).to.equal(null);
    await expect(el).to.be.accessible();
    await activate(el.shadowRoot!.getElementById('use-detected-lang')!);
    await settle(el);
    expect(el.value.lang).to.equal('de');
    expect(el.shadowRoot!.getElementById(controlId('/lang'))).to.have.property('value', 'de');
  });
});
