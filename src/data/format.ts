/**
 * Locale-aware formatting and parsing through Intl, with no DOM. The article's
 * `lang` drives numbers, dates and text direction.
 */
import type { Figure, NumberFormat } from './types.js';

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Yezi', 'Mand', 'Samr']);

/** Picks a locale Intl can use; falls back to "en" for anything unusable. */
export function resolveLocale(lang: string | undefined): string {
  if (!lang) return 'en';
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** "rtl" for Arabic, Hebrew and other right-to-left languages, else "ltr". */
export function textDirection(lang: string | undefined): 'ltr' | 'rtl' {
  const locale = resolveLocale(lang);
  try {
    // maximize() adds the likely script: "ar" becomes "ar-Arab-EG", "he" becomes "he-Hebr-IL".
    return RTL_SCRIPTS.has(new Intl.Locale(locale).maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The Intl options for a contract format; `whole` says whether the number has no fraction. */
function intlOptions(format: NumberFormat, whole: boolean): Intl.NumberFormatOptions {
  const options: Intl.NumberFormatOptions = {};
  if (format.style) options.style = format.style;
  if (format.unit) options.unit = format.unit;
  if (format.currency) options.currency = format.currency;
  if (format.notation) options.notation = format.notation;
  // A percent shows the digits the article wrote (Intl's default rounds 94.5 % to 95 %).
  if (format.style === 'percent') options.maximumFractionDigits = 6;
  if (format.maximumFractionDigits !== undefined) options.maximumFractionDigits = format.maximumFractionDigits;
  if (format.minimumFractionDigits !== undefined) options.minimumFractionDigits = format.minimumFractionDigits;
  else if (format.style === 'currency' && whole && format.notation !== 'compact') {
    // A whole amount shows no cents unless the data asks for them (minimumFractionDigits).
    options.minimumFractionDigits = 0;
    options.maximumFractionDigits = 0;
  } else if (format.style === 'currency' && format.maximumFractionDigits !== undefined)
    options.minimumFractionDigits = Math.min(format.maximumFractionDigits, 2);
  return options;
}

/**
 * Formats a number as the article's locale writes it, with the contract's format options. A percent
 * is the number as written (94 shows as "94%"), and a whole amount of money shows no cents.
 */
export function formatNumber(value: number, lang: string | undefined, format: NumberFormat = {}): string {
  const locale = resolveLocale(lang);
  const options = intlOptions(format, Number.isInteger(value));
  // Keyed by the Intl options themselves: one formatter for each way of writing a number.
  const key = `${locale} ${JSON.stringify(options)}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    try {
      nf = new Intl.NumberFormat(locale, options);
    } catch {
      nf = new Intl.NumberFormat(locale);
    }
    numberFormats.set(key, nf);
  }
  return nf.format(format.style === 'percent' ? value / 100 : value);
}

/** Points as a score shows them: whole points as they are, a share of a point (a partly right cloze) the locale's way. */
export const shownPoints = (points: number, lang: string | undefined): string | number => (Number.isInteger(points) ? points : formatNumber(points, lang));

/** A figure's number with its qualifier words, e.g. "more than 4,300 km". */
export function formatFigureValue(figure: Figure, lang: string | undefined, qualifierText: (q: NonNullable<Figure['qualifier']>, n: string) => string): string {
  const n = formatNumber(figure.value, lang, figure.format);
  const q = figure.qualifier ?? 'exact';
  return q === 'exact' ? n : qualifierText(q, n);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Formats an ISO date or date-time for the locale; a date without a time is not shifted by time zone. */
export function formatDate(iso: string, lang: string | undefined): string {
  const t = Date.parse(DATE_ONLY.test(iso) ? iso + 'T00:00:00Z' : iso);
  if (!Number.isFinite(t)) return iso;
  const options: Intl.DateTimeFormatOptions = DATE_ONLY.test(iso)
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { dateStyle: 'long', timeStyle: 'short' };
  // Making a formatter costs far more than using one (a server renders thousands of dates).
  const key = `${resolveLocale(lang)} ${JSON.stringify(options)}`;
  let df = dateFormats.get(key);
  if (!df) dateFormats.set(key, (df = new Intl.DateTimeFormat(resolveLocale(lang), options)));
  return df.format(t);
}

/** A reader's answer to a percent question without its percent sign: "94 %", "94%" and "٪94" read as 94. */
export const withoutPercentSign = (input: string): string => input.replace(/^[\s\u200e\u200f\u061c]*[%\u066a\uff05]|[%\u066a\uff05][\s\u200e\u200f\u061c]*$/gu, '');

/** The locale's percent sign, as Intl writes it ("%", "٪"). */
export const percentSign = (lang: string | undefined): string =>
  new Intl.NumberFormat(resolveLocale(lang), { style: 'percent' }).formatToParts(0.5).find((p) => p.type === 'percentSign')?.value ?? '%';

/** Whether a locale groups digits Indian style: 43,00,000 rather than 4,300,000. */
const groupsIndianStyle = (locale: string) => /^\d{2}\D\d{2}\D\d{3}$/.test(new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).format(4300000));

/**
 * Reads a number typed by a reader in their locale: "4 300", "4,300", "4.300"
 * "4.300,5", "٤٬٣٠٠" and "12,34,567" as each locale writes them. Returns undefined when it is not a number.
 */
export function parseLocaleNumber(input: string, lang: string | undefined): number | undefined {
  const locale = resolveLocale(lang);
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  // Map the locale's own digits (Arabic-Indic and others) to ASCII.
  const digits = new Intl.NumberFormat(locale, { useGrouping: false }).format(9876543210).split('').reverse();
  let s = input.trim();
  if (s === '') return undefined;
  s = s.replace(/[\u200e\u200f\u061c]/g, '');
  digits.forEach((d, i) => {
    if (!/[0-9]/.test(d)) s = s.split(d).join(String(i));
  });
  s = s.replace(/^[\u2212\u2013]/, '-').replace(/\u066b/g, decimal).replace(/\u066c/g, group);
  const isSpaceGroup = /\s/.test(group) || group === '\u202f';
  if (isSpaceGroup) s = s.replace(/[\s\u00a0\u202f']/g, '');
  else {
    s = s.replace(/[\s\u00a0\u202f]/g, '');
    if (group === '.' || group === ',' || group === "'" || group === '’' || group === '\u066c') {
      // A group separator must be followed by exactly three digits (or, where the locale groups
      // Indian style, "12,34,567", two and then three); else it is a mistake, not a number.
      const whole = s.split(decimal)[0] ?? '';
      const g = `\\${group}`;
      const misgrouped =
        new RegExp(`${g}(?!\\d{3}(?:\\D|$))`).test(whole) &&
        !(groupsIndianStyle(locale) && new RegExp(`^-?\\d{1,2}(?:${g}\\d{2})*${g}\\d{3}$`).test(whole));
      if (s.includes(group) && misgrouped) {
        // "4.3" in a comma-decimal locale: readers often type a dot as decimal; accept when unambiguous.
        if (group === '.' && !s.includes(decimal) && (s.match(/\./g) ?? []).length === 1) s = s.replace('.', decimal);
        else return undefined;
      }
      s = s.split(group).join('');
    }
  }
  if (decimal !== '.') s = s.replace(decimal, '.');
  if (!/^-?\d+(\.\d+)?$/.test(s) && !/^-?\.\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}
