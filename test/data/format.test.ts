import { expect } from '@open-wc/testing';
import { translator } from '../../src/shared/messages.js';
import { formatDate, formatFigureValue, formatNumber, parseLocaleNumber, textDirection } from '../../src/data/format.js';

describe('formatNumber', () => {
  it('writes numbers as the article language does', () => {
    expect(formatNumber(4300.5, 'en')).to.equal('4,300.5');
    expect(formatNumber(4300.5, 'de')).to.equal('4.300,5');
  });
  it('formats units, currency and percent', () => {
    expect(formatNumber(4300, 'en', { style: 'unit', unit: 'kilometer' })).to.equal('4,300 km');
    expect(formatNumber(30, 'en', { style: 'unit', unit: 'day', })).to.equal('30 days');
    expect(formatNumber(12.5, 'de', { style: 'currency', currency: 'EUR' })).to.equal('12,50\u00a0€');
    expect(formatNumber(0.25, 'en', { style: 'percent' })).to.equal('25%');
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
  it('reads with the shipped catalogues as the figures element uses them', () => {
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
  it('accepts a lone dot as the decimal point where a comma is usual', () => {
    expect(parseLocaleNumber('4.5', 'de')).to.equal(4.5);
  });
  it('returns undefined for text that is not a number', () => {
    for (const input of ['', 'forty-one', '4,3', '12abc', '1.2.3', '--1']) expect(parseLocaleNumber(input, 'en'), input).to.equal(undefined);
  });
});
