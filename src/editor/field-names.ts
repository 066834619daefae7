/**
 * A problem's place in words the author knows from the form ("Figure 3 › Evidence") instead of
 * its JSON Pointer, which stays the link target. Built from the editor's own labels, so it is
 * in the editor's language.
 */
import type { EditorMessageKey, EditorTranslate } from './messages.js';
import { segments } from './edit.js';
import type { Path } from './draft.js';

/** Field keys and the label each has in the form. */
const FIELDS: Record<string, EditorMessageKey> = {
  title: 'title',
  id: 'id',
  lang: 'lang',
  url: 'url',
  dek: 'dek',
  byline: 'byline',
  published: 'published',
  updated: 'updated',
  body: 'body',
  source: 'sourceName',
  image: 'image',
  src: 'imageSrc',
  alt: 'imageAlt',
  credit: 'imageCredit',
  summary: 'nameSummary',
  takeaway: 'takeaway',
  disclosure: 'disclosure',
  figures: 'nameFigures',
  value: 'value',
  label: 'label',
  qualifier: 'qualifier',
  format: 'style',
  style: 'style',
  unit: 'unit',
  currency: 'currency',
  claim: 'claimBy',
  by: 'claimBy',
  status: 'claimStatus',
  asOf: 'asOf',
  evidence: 'evidence',
  quote: 'evidence',
  quiz: 'nameQuiz',
  intro: 'quizIntro',
  passPercent: 'passPercent',
  shuffle: 'shuffle',
  results: 'results',
  minPercent: 'bandFrom',
  questions: 'nameQuestions',
  prompt: 'prompt',
  choices: 'choices',
  answer: 'answer',
  answers: 'answer',
  tolerance: 'tolerance',
  points: 'points',
  explanation: 'explanation',
  figure: 'linkedFigureName',
  items: 'orderItems',
  feedback: 'feedbackName',
  text: 'textName',
  schemaVersion: 'schemaVersion',
};

/** The numbered name of an item of a list, by the list's key. */
const ITEMS: Record<string, EditorMessageKey> = {
  points: 'point',
  figures: 'figure',
  questions: 'questionN',
  choices: 'choice',
  items: 'item',
  results: 'band',
};

/** Says the type of the question at a path (`['quiz', 'questions', 2]`). */
export type TypeOf = (question: Path) => unknown;
/** The name of part `i` of a pointer, for the question types whose sections load on demand. */
export type MoreNames = (parts: Path, i: number, typeOf?: TypeOf) => EditorMessageKey | undefined;

let more: MoreNames | undefined;
/** Set by the cloze and matching sections when they load, with their words (until then their fields go by their keys). */
export const nameMoreFields = (names: MoreNames) => void (more = names);

/**
 * "Figure 3 › Evidence" for `/figures/2/evidence/quote`; the whole record for "". `typeOf` says
 * the type of the question at a path (a matching question's items are named as such, not as steps).
 */
export function fieldName(pointer: string, t: EditorTranslate, typeOf?: TypeOf): string {
  const parts = segments(pointer);
  if (!parts.length) return t('wholeRecord');
  const words: string[] = [];
  parts.forEach((part, i) => {
    const parent = parts[i - 1];
    const own = more?.(parts, i, typeOf);
    if (typeof part === 'number') {
      const key = own ?? (typeof parent === 'string' ? ITEMS[parent] : undefined);
      if (key) words[words.length - 1] = t(key, { n: part + 1 });
      else words.push(String(part + 1));
      return;
    }
    // "evidence/quote", "claim/by", "format/unit": the inner name says it.
    if ((part === 'quote' && parent === 'evidence') || (part === 'by' && parent === 'claim')) return;
    if (parent === 'format' || parent === 'claim') words.pop();
    // Text of a point, choice or item: the numbered name says it.
    if (part === 'text' && typeof parent === 'number') return;
    if (part === 'name' && parent === 'source') return;
    if (part === 'url' && parent === 'source') {
      words[words.length - 1] = t('sourceUrl');
      return;
    }
    const key = own ?? FIELDS[part];
    words.push(key ? t(key, { n: '' }) : part);
  });
  return words.join(' › ');
}
