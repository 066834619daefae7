/**
 * Reading a cloze question for the reader, with no DOM: the text with its blanks marked for the
 * renderer, and a typed answer as the response keeps it. Only the cloze module (loaded when a quiz
 * has a cloze) uses these, so they are not in the bundles of quizzes without one.
 */
import { scanCloze } from './cloze-text.js';
import { parseLocaleNumber } from './format.js';
import { NUMBER_TEXT } from './quiz.js';
import type { Blank } from './types.js';

/** Stands for a blank in the text handed to the Markdown renderer: a private-use character. */
export const HOLE = '\ue000';

/** The text with each blank mark replaced by HOLE, and the blank ids in the order they stand. */
export function clozeSource(text: string): { source: string; ids: string[] } {
  const { marks } = scanCloze(text);
  let source = '';
  let at = 0;
  for (const m of marks) {
    source += text.slice(at, m.start).replace(/\ue000/g, '') + HOLE;
    at = m.end;
  }
  return { source: source + text.slice(at).replace(/\ue000/g, ''), ids: marks.map((m) => m.id) };
}

/**
 * What a reader typed in a blank, as the response keeps it: spaces tidied, and a number written
 * the reader's way ("4.300" in German) as JSON writes it ("4300") when the blank accepts a number.
 */
export function blankValue(blank: Blank, typed: string, locale: string): string {
  const text = typed.replace(/\s+/g, ' ').trim();
  const n = blank.answers.some((a) => NUMBER_TEXT.test(a)) ? parseLocaleNumber(text, locale) : undefined;
  return n === undefined ? text : String(n);
}

