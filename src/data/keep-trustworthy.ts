/**
 * What of an article with problems can still be shown. A problem inside one part hides only
 * what it makes untrustworthy: a quiz problem the quiz; a figure problem that figure and the
 * questions linked to it; a summary problem (or one in the fields only the summary shows) the
 * summary. A problem with the record as a whole (id, title, lang, schemaVersion, url, body,
 * JSON that does not parse) hides everything. What is kept is checked again: it is shown only
 * if it is valid on its own.
 */
import { checkArticle } from './check.js';
import type { Kept, Problem } from './types.js';

/** Top-level fields that only the summary card shows: a problem in one hides the summary. */
const SUMMARY_FIELDS = new Set(['summary', 'dek', 'byline', 'source', 'published', 'updated', 'image']);

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A pointer's parts, unescaped (RFC 6901). */
const partsOf = (path: string) => path.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));

/**
 * The trustworthy rest of `input` (the data that failed its checks with `problems`), or
 * undefined when nothing can be shown.
 */
export function keepTrustworthy(input: unknown, problems: readonly Problem[]): Kept | undefined {
  if (!isRec(input) || !problems.length) return undefined;
  const dropSummary = new Set<string>();
  const dropFigures = new Set<number>();
  let allFigures = false;
  let quiz = false;
  for (const p of problems) {
    // Without a path (text that is not JSON, a Markdown line outside every part): the whole record.
    if (!p.path) return undefined;
    const [top, index] = partsOf(p.path);
    if (top === undefined) return undefined;
    if (SUMMARY_FIELDS.has(top)) dropSummary.add(top);
    else if (top === 'quiz') quiz = true;
    else if (top === 'figures' && index !== undefined && /^\d+$/.test(index)) dropFigures.add(Number(index));
    else if (top === 'figures') allFigures = true;
    else return undefined;
  }

  const kept: Rec = { ...input };
  const leftOut: string[] = [];
  if (dropSummary.size) {
    for (const key of [...dropSummary, 'summary']) delete kept[key];
    leftOut.push('/summary');
  }
  const figures = Array.isArray(input.figures) ? input.figures : [];
  const unlinked = new Set<unknown>();
  if (allFigures || dropFigures.size) {
    figures.forEach((f, i) => {
      if (allFigures || dropFigures.has(i)) unlinked.add(isRec(f) ? f.id : undefined);
    });
    const rest = allFigures ? [] : figures.filter((_, i) => !dropFigures.has(i));
    if (rest.length) kept.figures = rest;
    else delete kept.figures;
    leftOut.push(...(rest.length ? [...dropFigures].sort((a, b) => a - b).map((i) => `/figures/${i}`) : ['/figures']));
  }
  if (quiz) {
    delete kept.quiz;
    leftOut.push('/quiz');
  } else if (isRec(input.quiz) && Array.isArray(input.quiz.questions) && unlinked.size) {
    // A question about a figure that cannot be trusted cannot be trusted either.
    const questions = input.quiz.questions;
    const linked = questions.map((q, i) => (isRec(q) && q.figure !== undefined && (allFigures || unlinked.has(q.figure)) ? i : -1)).filter((i) => i >= 0);
    if (linked.length === questions.length) {
      delete kept.quiz;
      leftOut.push('/quiz');
    } else if (linked.length) {
      kept.quiz = { ...input.quiz, questions: questions.filter((_, i) => !linked.includes(i)) };
      leftOut.push(...linked.map((i) => `/quiz/questions/${i}`));
    }
  }
  const again = checkArticle(kept);
  return again.ok ? { article: again.article, leftOut } : undefined;
}
