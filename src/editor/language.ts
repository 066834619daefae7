/**
 * Which language a text is written in, so the studio never drafts figures in a language the
 * article plainly is not ("1.284" is 1284 in German). franc-min (trigrams, 82 languages) does
 * the work, loaded the first time a text is read; it has no Hebrew, which is the only language
 * written in Hebrew letters that Recap speaks, so Hebrew is told by its script. Texts under
 * 100 letters are too short to say.
 */

/** franc's ISO 639-3 codes for the languages Recap speaks, and the tag the contract uses. */
const TAGS: Record<string, string> = { eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', pol: 'pl', ukr: 'uk', rus: 'ru', arb: 'ar', heb: 'he' };

/** Letters needed before a text's language is told. */
export const MIN_LETTERS = 100;

export interface Detected {
  /** The language tag, for the languages Recap speaks; undefined for another language. */
  lang?: string;
  /** franc's ISO 639-3 code ("deu"), or "heb". */
  code: string;
}

const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

/** The language `text` is written in, or undefined when it is too short or unclear. */
export async function detectLanguage(text: string): Promise<Detected | undefined> {
  const sample = text.slice(0, 4000);
  const total = letters(sample);
  if (total < MIN_LETTERS) return undefined;
  const hebrew = sample.match(/\p{Script=Hebrew}/gu)?.length ?? 0;
  if (hebrew > total / 2) return { lang: 'he', code: 'heb' };
  const { franc } = await import('franc-min');
  const code = franc(sample, { minLength: MIN_LETTERS });
  if (code === 'und') return undefined;
  return { code, ...(TAGS[code] ? { lang: TAGS[code] } : {}) };
}

/** Whether two language tags name the same language ("de" and "de-AT" do). */
export const sameLanguage = (a: string | undefined, b: string | undefined) => (a ?? '').toLowerCase().split('-')[0] === (b ?? '').toLowerCase().split('-')[0];

/** A language's name in the UI's language ("Deutsch" is "German" in English). */
export function languageName(lang: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale, 'en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
