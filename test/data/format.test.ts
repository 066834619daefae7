import { expect } from '@open-wc/testing';
import { loadMessages, translator } from '../../src/shared/messages.js';
import { formatDate, formatFigureValue, formatNumber, parseLocaleNumber, percentSign, resolveLocale, textDirection, withoutPercentSign } from '../../src/data/format.js';

describe('formatNumber', () => {
  it('writes numbers as the article language does', () => {
    expect(formatNumber(4300.5, 'en')).to.equal('4,300.5');
    expect(formatNumber(4300.5, 'de')).to.equal('4.300,5');
  });
  it('formats units, currency and percent', () => {
    expect(formatNumber(4300, 'en', { style: 'unit', unit: 'kilometer' })).to.equal('4,300 km');
    expect(formatNumber(30, 'en', { style: 'unit', unit: 'day', })).to.equal('30 days');
    expect(formatNumber(12.5, 'de', { style: 'currency', currency: 'EUR' })).to.equal('12,50\u00a0€');
    expect(formatNumber(25, 'en', { style: 'percent' })).to.equal('25%');
  });
  it('writes a percent as the article does: 94 is "94%", 94.5 keeps its digit', () => {
    expect(formatNumber(94, 'en', { style: 'percent' })).to.equal('94%');
    expect(formatNumber(94.5, 'en', { style: 'percent' })).to.equal('94.5%');
    expect(formatNumber(94.5, 'de', { style: 'percent' })).to.equal('94,5\u00a0%');
    expect(formatNumber(0.07, 'en', { style: 'percent' })).to.equal('0.07%');
    expect(formatNumber(33.3333, 'en', { style: 'percent', maximumFractionDigits: 1 })).to.equal('33.3%');
  });
  it('shows no cents for a whole amount unless the data asks for them', () => {
    expect(formatNumber(14_600_000, 'en', { style: 'currency', currency: 'EUR' })).to.equal('€14,600,000');
    expect(formatNumber(14_600_000, 'en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 })).to.equal('€14,600,000');
    expect(formatNumber(350, 'en', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 })).to.equal('€350.00');
    expect(formatNumber(14.5, 'en', { style: 'currency', currency: 'EUR' })).to.equal('€14.50');
    expect(formatNumber(1_500_000_000, 'de', { style: 'currency', currency: 'EUR', notation: 'compact' })).to.equal('1,5\u00a0Mrd.\u00a0€');
  });
  it('falls back to English for an unusable tag', () => {
    expect(formatNumber(1000, 'not a tag')).to.equal('1,000');
  });
});

describe('formatFigureValue', () => {
  const km = { id: 'x', value: 4300, label: 'km', format: { style: 'unit', unit: 'kilometer' } } as const;
  it('hands the qualifier and the formatted number to the wording, and returns that wording', () => {
    const calls: [string, string][] = [];
    const text = formatFigureValue({ ...km, qualifier: 'more-than' }, 'de', (q, n) => (calls.push([q, n]), '<wording>'));
    expect(calls).to.deep.equal([['more-than', '4.300 km']]);
    expect(text).to.equal('<wording>');
  });
  it('writes an exact figure as the number alone, without asking for wording', () => {
    const calls: string[] = [];
    expect(formatFigureValue(km, 'en', (q) => (calls.push(q), '<wording>'))).to.equal('4,300 km');
    expect(formatFigureValue({ ...km, qualifier: 'exact' }, 'en', (q) => (calls.push(q), '<wording>'))).to.equal('4,300 km');
    expect(calls).to.deep.equal([]);
  });
  it('reads with the shipped catalogues as the figures element uses them', async () => {
    await loadMessages('de');
    for (const [lang, expected] of [['en', 'more than 4,300 km'], ['de', 'mehr als 4.300 km']] as const) {
      const t = translator(lang);
      expect(formatFigureValue({ ...km, qualifier: 'more-than' }, lang, (q, n) => t(`qualifier.${q}`, { n }))).to.equal(expected);
    }
  });
});

describe('formatDate', () => {
  it('does not shift a date-only value across midnight', () => {
    expect(formatDate('2025-06-01', 'en')).to.equal('June 1, 2025');
    expect(formatDate('2025-06-01', 'de')).to.equal('1. Juni 2025');
  });
});

describe('textDirection', () => {
  it('is rtl for Arabic and Hebrew, ltr otherwise', () => {
    expect(textDirection('ar')).to.equal('rtl');
    expect(textDirection('he-IL')).to.equal('rtl');
    expect(textDirection('fa')).to.equal('rtl');
    expect(textDirection('en')).to.equal('ltr');
    expect(textDirection('uk')).to.equal('ltr');
    expect(textDirection(undefined)).to.equal('ltr');
  });
});

describe('parseLocaleNumber', () => {
  it('reads numbers as each locale writes them', () => {
    expect(parseLocaleNumber('4,300', 'en')).to.equal(4300);
    expect(parseLocaleNumber('4300.5', 'en')).to.equal(4300.5);
    expect(parseLocaleNumber('4.300', 'de')).to.equal(4300);
    expect(parseLocaleNumber('4.300,5', 'de')).to.equal(4300.5);
    expect(parseLocaleNumber('4 300', 'fr')).to.equal(4300);
    expect(parseLocaleNumber('4\u202f300,5', 'fr')).to.equal(4300.5);
    expect(parseLocaleNumber('٤٣٠٠', 'ar-EG')).to.equal(4300);
    expect(parseLocaleNumber('-12', 'en')).to.equal(-12);
  });
  it('reads Arabic-Indic digits with their own separators, as Intl writes them', () => {
    for (const lang of ['ar', 'ar-EG']) {
      const written = new Intl.NumberFormat(lang).format(4300.5);
      expect(parseLocaleNumber(written, lang), written).to.equal(4300.5);
    }
    expect(parseLocaleNumber('٤٬٣٠٠', 'ar-EG')).to.equal(4300);
    expect(parseLocaleNumber('٤٬٣٠', 'ar-EG')).to.equal(undefined);
  });
  it('reads Indian grouping where the locale groups that way, and only there', () => {
    expect(parseLocaleNumber('12,34,567', 'en-IN')).to.equal(1234567);
    expect(parseLocaleNumber('12,34,567', 'hi')).to.equal(1234567);
    // Bengali writes its own digits; a reader may type Latin ones, grouped the same way.
    expect(parseLocaleNumber('12,34,567', 'bn')).to.equal(1234567);
    expect(parseLocaleNumber('1,234,567', 'en-IN')).to.equal(1234567);
    expect(parseLocaleNumber('12,34,567', 'en')).to.equal(undefined);
    expect(parseLocaleNumber('1,23,4567', 'en-IN')).to.equal(undefined);
  });
  it('accepts a lone dot as the decimal point where a comma is usual', () => {
    expect(parseLocaleNumber('4.5', 'de')).to.equal(4.5);
  });
  it('returns undefined for text that is not a number', () => {
    for (const input of ['', 'forty-one', '4,3', '12abc', '1.2.3', '--1']) expect(parseLocaleNumber(input, 'en'), input).to.equal(undefined);
  });
});

describe('resolveLocale', () => {
  it('canonicalises usable tags and falls back to English', () => {
    expect(resolveLocale('EN-us')).to.equal('en-US');
    expect(resolveLocale('de')).to.equal('de');
    for (const bad of [undefined, '', 'not a tag', 'x']) expect(resolveLocale(bad), String(bad)).to.equal('en');
  });
});

describe('textDirection, every right-to-left script', () => {
  it('is rtl for each script written right to left', () => {
    for (const script of ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Yezi', 'Mand', 'Samr']) expect(textDirection(`und-${script}`), script).to.equal('rtl');
    for (const script of ['Latn', 'Cyrl', 'Grek', 'Deva']) expect(textDirection(`und-${script}`), script).to.equal('ltr');
  });
});

describe('formatNumber options', () => {
  it('applies notation and fraction digits, with at most two minimum digits for currency', () => {
    expect(formatNumber(4300, 'en', { notation: 'compact' })).to.equal('4.3K');
    expect(formatNumber(1.23456, 'en', { maximumFractionDigits: 2 })).to.equal('1.23');
    expect(formatNumber(1.23456, 'en', { maximumFractionDigits: 0 })).to.equal('1');
    expect(formatNumber(12.5, 'en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })).to.equal('€13');
    expect(formatNumber(12.5, 'en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 1 })).to.equal('€12.5');
    expect(formatNumber(12.5, 'en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 3 })).to.equal('€12.50');
    expect(formatNumber(12.5, 'en', { maximumFractionDigits: 3 })).to.equal('12.5');
  });
  it('falls back to a plain number when Intl refuses the options', () => {
    expect(formatNumber(5, 'en', { style: 'unit', unit: 'no-such-unit' })).to.equal('5');
    expect(formatNumber(5, 'en', { style: 'currency' })).to.equal('5');
  });
});

describe('formatDate, beyond date-only values', () => {
  it('gives a date-time its time, and returns text it cannot read unchanged', () => {
    expect(formatDate('2025-06-01T10:00:00Z', 'en')).to.match(/^June 1, 2025 at \d{1,2}:\d\d\s?(AM|PM)$/);
    expect(formatDate('not a date', 'en')).to.equal('not a date');
    expect(formatDate('2025-06-01x', 'en')).to.equal('2025-06-01x');
  });
});

describe('parseLocaleNumber, edge by edge', () => {
  it('trims, and drops direction marks', () => {
    expect(parseLocaleNumber('  4300  ', 'en')).to.equal(4300);
    expect(parseLocaleNumber('\u200e4300\u200f', 'en')).to.equal(4300);
    expect(parseLocaleNumber('\u061c-5', 'ar')).to.equal(-5);
    expect(parseLocaleNumber('   ', 'en')).to.equal(undefined);
  });
  it('reads the minus sign and the dash only in front', () => {
    expect(parseLocaleNumber('\u22125', 'en')).to.equal(-5);
    expect(parseLocaleNumber('\u20135', 'en')).to.equal(-5);
    expect(parseLocaleNumber('5\u2212', 'en')).to.equal(undefined);
  });
  it('reads Arabic decimal and group signs', () => {
    expect(parseLocaleNumber('٤٫٥', 'ar-EG')).to.equal(4.5);
    // (A grouped Arabic-Indic number, '٤٬٣٠٠', is refused today: the U+066C group mark is not removed.)
  });
  it('takes spaces and apostrophes as groups where a space groups, and spaces anywhere', () => {
    expect(parseLocaleNumber("4'300", 'fr')).to.equal(4300);
    expect(parseLocaleNumber('4 300 000', 'fr')).to.equal(4300000);
    expect(parseLocaleNumber('1 000', 'en')).to.equal(1000);
    expect(parseLocaleNumber('1\u00a0000,5', 'de')).to.equal(1000.5);
  });
  it('checks groups of three in every locale that groups with a mark', () => {
    expect(parseLocaleNumber('4,300,000', 'en')).to.equal(4300000);
    expect(parseLocaleNumber('4,30', 'en')).to.equal(undefined);
    // Swiss German groups with an apostrophe (which one depends on the ICU version): read it back.
    const swiss = formatNumber(4300, 'de-CH');
    expect(swiss).to.match(/^4['\u2019]300$/);
    expect(parseLocaleNumber(swiss, 'de-CH')).to.equal(4300);
    expect(parseLocaleNumber(swiss.slice(0, -1), 'de-CH')).to.equal(undefined);
    // (Indian grouping, 12,34,567.5 in 'hi', is refused today: groups of two are not allowed.)
    for (const lang of ['en', 'de', 'fr', 'es', 'pl']) expect(parseLocaleNumber(formatNumber(1234567.5, lang), lang), lang).to.equal(1234567.5);
    expect(parseLocaleNumber('4.3,5', 'de')).to.equal(undefined);
    expect(parseLocaleNumber('4.30.1', 'de')).to.equal(undefined);
    expect(parseLocaleNumber('4.300', 'de')).to.equal(4300);
    expect(parseLocaleNumber('4300,5', 'de')).to.equal(4300.5);
    expect(parseLocaleNumber('4300,5', 'en')).to.equal(undefined);
  });
  it('accepts a leading decimal point and nothing else around the digits', () => {
    expect(parseLocaleNumber('.5', 'en')).to.equal(0.5);
    expect(parseLocaleNumber('-.5', 'en')).to.equal(-0.5);
    expect(parseLocaleNumber(',5', 'de')).to.equal(0.5);
    for (const input of ['5.', '1e3', 'x5', '5x', '.5x', 'x.5', '-', '.', '4.30x']) expect(parseLocaleNumber(input, 'en'), input).to.equal(undefined);
  });
});

describe('a percent answer as a reader types it', () => {
  const read = (typed: string, lang = 'en') => parseLocaleNumber(withoutPercentSign(typed), lang);
  it('reads the number with the percent sign before or after it, spaced or not, in any of its forms', () => {
    for (const typed of ['94', '94%', '94 %', '94% ', '%94', '  %94', '\u200f94\u00a0%', '\u066a94', '94\u066a', '94\uff05']) expect(read(typed), typed).to.equal(94);
    expect(read('94,5 %', 'de')).to.equal(94.5);
  });
  it('does not take a percent sign between digits for a mark to drop', () => {
    expect(read('9%4')).to.equal(undefined);
    expect(withoutPercentSign('9%4')).to.equal('9%4');
  });
  it('shows the sign the reader\'s language writes next to the field', () => {
    expect(percentSign('en')).to.equal('%');
    expect(percentSign('fa')).to.equal('\u066a');
  });
});

describe('amounts of money and fraction digits', () => {
  it('shows a whole amount without cents, cents only when the data asks, and the digits it allows', () => {
    expect(formatNumber(12, 'en', { style: 'currency', currency: 'EUR' })).to.equal('€12');
    expect(formatNumber(12, 'en', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 })).to.equal('€12.00');
    expect(formatNumber(12.5, 'en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 1 })).to.equal('€12.5');
    expect(formatNumber(1.25, 'en', { maximumFractionDigits: 1 })).to.equal('1.3');
    // A compact amount keeps the digit that makes it mean something.
    expect(formatNumber(1_200_000, 'en', { style: 'currency', currency: 'EUR', notation: 'compact' })).to.equal('€1.2M');
  });
  it('reads every decimal digit a reader types', () => {
    expect(parseLocaleNumber('4.55', 'en')).to.equal(4.55);
    expect(parseLocaleNumber('4,55', 'de')).to.equal(4.55);
    expect(parseLocaleNumber('.55', 'en')).to.equal(0.55);
  });
});
