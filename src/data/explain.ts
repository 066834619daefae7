/**
 * What helps an author fix wrong data, kept apart from the checks themselves (./check.js) so
 * that readers' bundles fetch it only when data is wrong: "did you mean" for languages and
 * keys, the closest passage of the body to a quote that is not in it, and where JSON text
 * stops being JSON.
 */
import { languageName, type Explainer } from './check.js';
import { PassageFinder, describeDifference } from './closest-passage.js';
import { findJsonError } from './json-error.js';

/** Languages offered as "did you mean" when a tag is a language's name ("english", "Deutsch") or malformed ("en_US"). */
const SUGGESTED_LANGUAGES = 'en de fr es it pt nl pl uk ru cs sk hu ro bg el tr ar he fa ur hi bn zh ja ko vi th id ms sv no da fi et lv lt hr sr sl'.split(' ');

/** A tag for what the author probably meant: "english" -> "en", "Deutsch" -> "de", "en_US" -> "en-US". */
export function suggestLanguage(written: string): string | undefined {
  const dashed = written.trim().replace(/_/g, '-');
  if (dashed !== written && languageName(dashed)) return Intl.getCanonicalLocales(dashed)[0];
  const name = written.trim().toLowerCase();
  if (name.length < 3) return undefined;
  for (const code of SUGGESTED_LANGUAGES) {
    const names = [languageName(code), ownName(code)].map((n) => n?.toLowerCase());
    if (names.some((n) => n && (n === name || n.startsWith(name)))) return code;
  }
  return undefined;
}

/** A language's name in itself ("deutsch", "français"), where the engine has it. */
function ownName(code: string): string | undefined {
  try {
    return new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
}

/** Edit distance ≤ 2, for "did you mean" hints on typos (also Recap Markdown's keywords). */
export function similar(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2 || b.length > 64) return false;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]! <= 2;
}

/** The hints for checks of parsed data (what the Recap Markdown compiler needs). */
export const checkHints: Explainer = {
  suggestLanguage,
  closeKey: (known, key) => known.find((k) => similar(k, key)),
  passages(body) {
    const finder = new PassageFinder(body);
    return (quote) => describeDifference(finder.closest(quote));
  },
};

/** Every hint, JSON text's too. */
export const explainer: Explainer = { ...checkHints, findJsonError };
