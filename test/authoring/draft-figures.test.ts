import { expect } from '@open-wc/testing';
import { draftFigures, type DraftFigure } from '../../src/authoring/draft-figures.js';
import { validateArticle } from '../../src/data/validate.js';
import { seed } from '../fixtures.js';

interface Fixture {
  lang: string;
  body: string;
  expected: { value: number; qualifier?: string; format?: { style?: string; unit?: string; currency?: string } }[];
}

const fixture = async (path: string): Promise<Fixture> => (await fetch(`/test/authoring/fixtures/${path}`)).json();
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const find = (drafts: DraftFigure[], value: number, qualifier?: string) =>
  drafts.find((d) => close(d.value, value) && (d.qualifier ?? 'exact') === (qualifier ?? 'exact'));
const values = (body: string, lang: string) => draftFigures(body, lang).map((d) => d.value);

describe('draftFigures', () => {
  it('proposes at least 7 of the seed article\'s 8 figures with the right value and qualifier', () => {
    const article = seed();
    const drafts = draftFigures(article.body!, 'en');
    const found = article.figures!.filter((f) => find(drafts, f.value, f.qualifier));
    expect(found.length, `found ${found.map((f) => f.id).join(', ')}`).to.be.at.least(7);
    expect(find(drafts, 4300, 'more-than')!.format).to.deep.equal({ style: 'unit', unit: 'kilometer' });
    expect(find(drafts, 30)!.format).to.deep.equal({ style: 'unit', unit: 'day' });
    expect(find(drafts, 117)!.label).to.equal('drones');
  });

  it('takes no time, date or year of the seed article for a figure', () => {
    const drafts = draftFigures(seed().body!, 'en');
    // "Monday at 1 p.m.", "June 1, 2025" (twice).
    expect(drafts.map((d) => d.value)).to.not.include(1);
    expect(drafts.map((d) => d.value)).to.not.include(2025);
  });

  it('quotes a sentence of the body, 8 to 600 characters, so the record validates', () => {
    const article = seed();
    const drafts = draftFigures(article.body!, 'en');
    for (const d of drafts) {
      expect(article.body).to.include(d.evidence.quote);
      expect(d.evidence.quote.length).to.be.within(8, 600);
    }
    const { quiz: _quiz, ...rest } = article;
    void _quiz;
    const result = validateArticle({ ...rest, figures: drafts.map((d, i) => ({ id: `f${i}`, ...d })) });
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  it('cuts a long sentence to a window of at most 600 characters around the number', () => {
    const filler = 'word '.repeat(200);
    const body = `${filler}and then more than 300 people came ${filler}end.`;
    const [d] = draftFigures(body, 'en');
    expect(d!.value).to.equal(300);
    expect(d!.evidence.quote.length).to.be.within(8, 600);
    expect(d!.evidence.quote).to.include('more than 300 people');
    expect(body).to.include(d!.evidence.quote);
  });

  it('is deterministic', () => {
    const body = seed().body!;
    expect(JSON.stringify(draftFigures(body, 'en'))).to.equal(JSON.stringify(draftFigures(body, 'en')));
  });

  it('reads separators as each language writes them', () => {
    expect(values('Es kamen 1.500 Menschen.', 'de')).to.deep.equal([1500]);
    expect(values('Es waren 2,5 Tonnen.', 'de')).to.deep.equal([2.5]);
    expect(values('It weighed 1.500 tonnes.', 'en')).to.deep.equal([1.5]);
    expect(values('It cost 1,500 pounds sterling.', 'en')).to.deep.equal([1500]);
    expect(values('Il y avait 4\u202f300 personnes.', 'fr')).to.deep.equal([4300]);
    expect(values('Прийшли 12 500 людей.', 'uk')).to.deep.equal([12500]);
    expect(values('Llegaron 3.200 personas.', 'es')).to.deep.equal([3200]);
    expect(values('وصل ٢٥٠ شخصا.', 'ar')).to.deep.equal([250]);
  });

  it('multiplies million and billion words', () => {
    expect(values('Sie zahlten 4,5 Millionen Euro.', 'de')).to.deep.equal([4_500_000]);
    expect(values('Уряд виділив 2 мільярда гривень.', 'uk')).to.deep.equal([2e9]);
    expect(values('Il a coûté 3 millions.', 'fr')).to.deep.equal([3e6]);
    expect(values('Costó 7 millones de dólares.', 'es')).to.deep.equal([7e6]);
    expect(values('The plan costs $2.5 billion.', 'en')).to.deep.equal([2.5e9]);
    expect(values('Gastaram 3 mil milhões de euros.', 'pt')).to.deep.equal([3e9]);
  });

  it('writes currency, percent and units as contract formats', () => {
    const [eur] = draftFigures('Sie zahlten 4,5 Millionen Euro.', 'de');
    expect(eur!.format).to.deep.equal({ style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
    const [usd] = draftFigures('The plan costs $250.', 'en');
    expect(usd!.format).to.deep.equal({ style: 'currency', currency: 'USD' });
    const [pct] = draftFigures('Etwa 40 Prozent sind nicht versichert.', 'de');
    // As the article writes it: "40 Prozent" is 40 (the contract's percent, not a fraction).
    expect(pct).to.include({ value: 40, qualifier: 'approximately' });
    expect(pct!.format).to.deep.equal({ style: 'percent' });
    const [sign] = draftFigures('Turnout was 62.5% this time.', 'en');
    expect(sign!.format).to.deep.equal({ style: 'percent', maximumFractionDigits: 1 });
    expect(sign!.value).to.equal(62.5);
    const [km] = draftFigures('Бомбардувальники були за 4 300 кілометрів.', 'uk');
    expect(km!.format).to.deep.equal({ style: 'unit', unit: 'kilometer' });
  });

  it('reads qualifier phrasings in each language', () => {
    const q = (body: string, lang: string) => draftFigures(body, lang)[0]?.qualifier;
    expect(q('at least 12 soldiers died', 'en')).to.equal('at-least');
    expect(q('up to 40 people', 'en')).to.equal('up-to');
    expect(q('less than 60 people', 'en')).to.equal('less-than');
    expect(q('about 60 people', 'en')).to.equal('approximately');
    expect(q('Es kamen mehr als 60 Menschen.', 'de')).to.equal('more-than');
    expect(q('Загинули понад 60 людей.', 'uk')).to.equal('more-than');
    expect(q('Погибли не менее 12 человек.', 'ru')).to.equal('at-least');
    expect(q('Il y avait plus de 60 personnes.', 'fr')).to.equal('more-than');
    expect(q('Hubo más de 60 heridos.', 'es')).to.equal('more-than');
    expect(q('Murieron al menos 12 soldados.', 'es')).to.equal('at-least');
    expect(q('Ponad 60 osób zostało rannych.', 'pl')).to.equal('more-than');
    expect(q('Morreram pelo menos 12 soldados.', 'pt')).to.equal('at-least');
    expect(q('قتل 12 جنديا على الأقل.', 'ar')).to.equal('at-least');
    expect(q('נפצעו יותר מ-60 איש.', 'he')).to.equal('more-than');
    expect(q('Exactly 60 people came.', 'en')).to.equal(undefined);
  });

  it('skips years, dates, times, ordinals and numbers inside names', () => {
    expect(values('In 2024 the F-16 jets flew on June 3 at 10:30 and at 5 p.m.', 'en')).to.deep.equal([]);
    expect(values('Am 1. Juni um 18 Uhr begann die 3. Runde.', 'de')).to.deep.equal([]);
    expect(values('Le 1er juin à 14 h 30, le 2e tour a commencé.', 'fr')).to.deep.equal([]);
    expect(values('1 червня о 18:00 почався 5-й раунд, до 2025 року.', 'uk')).to.deep.equal([]);
    expect(values('El 3 de marzo, COVID-19 volvió; el 01.06.2025 también.', 'es')).to.deep.equal([]);
    // A comparison makes a four-digit number an amount.
    expect(values('ما لا يقل عن 2700 حالة', 'ar')).to.deep.equal([2700]);
  });

  it('skips numbers in link addresses and code', () => {
    expect(values('See [the report](https://example.org/2024/report-41) and `v2.5` for 12 more cases.', 'en')).to.deep.equal([12]);
  });

  it('labels a figure with the words after it, or before it when none follow', () => {
    expect(draftFigures('Ukrainian officials report at least 12 soldiers dead and more than 60 wounded.', 'en').map((d) => d.label)).to.deep.equal([
      'soldiers dead',
      'wounded',
    ]);
    expect(draftFigures('The number of soldiers wounded was 60.', 'en')[0]!.label).to.equal('number of soldiers wounded');
  });

  for (const path of ['de.json', 'fr.json', 'es.json', 'uk.json', 'ar.json', 'held-out/en.json', 'held-out/ru.json', 'held-out/pl.json', 'held-out/pt.json', 'held-out/he.json']) {
    it(`finds the figures of a ${path} article written for the test, with no more than one false proposal`, async () => {
      const f = await fixture(path);
      const drafts = draftFigures(f.body, f.lang);
      const missed = f.expected.filter((e) => !find(drafts, e.value, e.qualifier));
      expect(missed.length, `missed ${JSON.stringify(missed)}`).to.be.at.most(Math.floor(f.expected.length / 10));
      const extra = drafts.filter((d) => !f.expected.some((e) => close(d.value, e.value) && (d.qualifier ?? 'exact') === (e.qualifier ?? 'exact')));
      expect(extra.length, `false ${JSON.stringify(extra)}`).to.be.at.most(1);
      for (const d of drafts) expect(f.body).to.include(d.evidence.quote);
    });
  }
});

describe('draftFigures: proposals an editor can keep', () => {
  const en = 'The water board of Olde Marsh confirmed the figures on 12 May 2026. Engineers found 214 leaking pipes in the old town, and repairs will cost about €1.8 million.\n\nHouseholds can claim up to €350.00 for damaged floors. On the hottest day the river reached 26.4 degrees Celsius.';

  it('quotes one sentence, also when the one before ends with a year', () => {
    const pipes = find(draftFigures(en, 'en'), 214)!;
    expect(pipes.evidence.quote).to.equal('Engineers found 214 leaking pipes in the old town, and repairs will cost about €1.8 million.');
    // A German date's full stop is no sentence end, a year's is.
    const de = draftFigures('Am 12. Mai 2026 begann der Bau. Danach kamen 40 Helfer.', 'de');
    expect(find(de, 40)!.evidence.quote).to.equal('Danach kamen 40 Helfer.');
  });

  it('labels a figure with what is counted, before or after the number', () => {
    const drafts = draftFigures(en, 'en');
    expect(find(drafts, 214)!.label).to.equal('leaking pipes in the old town');
    expect(find(drafts, 1.8e6, 'approximately')!.label).to.equal('repairs');
    expect(find(drafts, 350, 'up-to')!.label).to.equal('damaged floors');
    const de = draftFigures('Mehr als 300 Familien warten noch auf einen Anschluss. Die Erneuerung der Leitungen kostet rund 2,5 Millionen Euro.', 'de');
    expect(find(de, 300, 'more-than')!.label).to.equal('Familien');
    expect(find(de, 2.5e6, 'approximately')!.label).to.equal('Erneuerung der Leitungen');
  });

  it('reads degrees Celsius as a unit, in every language', () => {
    expect(find(draftFigures(en, 'en'), 26.4)!.format).to.deep.equal({ style: 'unit', unit: 'celsius' });
    expect(find(draftFigures('Das Wasser hatte 26,4 Grad Celsius.', 'de'), 26.4)!.format).to.deep.equal({ style: 'unit', unit: 'celsius' });
    expect(find(draftFigures('Вода нагрілася до 26,1 градуса за Цельсієм.', 'uk'), 26.1, 'up-to')!.format).to.deep.equal({ style: 'unit', unit: 'celsius' });
    expect(find(draftFigures('בקיץ הגיעו המים ל־28.3 מעלות צלזיוס.', 'he'), 28.3)!.format).to.deep.equal({ style: 'unit', unit: 'celsius' });
  });

  it('shows whole money without cents', async () => {
    const { formatNumber } = await import('../../src/data/format.js');
    const claim = find(draftFigures(en, 'en'), 350, 'up-to')!;
    expect(claim.format).to.deep.equal({ style: 'currency', currency: 'EUR' });
    expect(formatNumber(claim.value, 'en', claim.format)).to.equal('€350');
  });

  it('takes four digits before a noun for a count, not a year (Polish, Russian, Ukrainian write 1284 so)', () => {
    expect(values('W ubiegłym roku wymieniono 1284 wodomierze.', 'pl')).to.deep.equal([1284]);
    expect(values('В 2024 году установили 1284 счётчика.', 'ru')).to.deep.equal([1284]);
    expect(values('By 2030 the network will be new. In 2024 we began.', 'en')).to.deep.equal([]);
  });

  it('says how the sentence writes the figure, for questions that leave it out', () => {
    expect(find(draftFigures(en, 'en'), 350, 'up-to')!.written).to.equal('€350.00');
    expect(find(draftFigures(en, 'en'), 26.4)!.written).to.equal('26.4 degrees Celsius');
  });
});
