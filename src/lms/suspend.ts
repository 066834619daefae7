/**
 * Quiz progress in SCORM's suspend_data: the quiz's own saved progress (data/quiz-session), written
 * compactly so a long quiz fits SCORM 1.2's 4,096 characters. Answers go in quiz order without their
 * type names (the question gives the type back); unchecked drafts are kept only while they fit.
 * Reading gives back the quiz's own progress text, which restoreProgress checks as strictly as
 * anything it reads from storage.
 */
import type { Quiz } from '../data/types.js';
import type { QuizProgress } from '../data/quiz-session.js';

/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096); 2004 allows 64,000, but a package may move. */
export const SUSPEND_LIMIT = 4096;

/** The one field of each response type besides `type`. */
const FIELD = { single: 'choice', multiple: 'choices', 'true-false': 'value', numeric: 'value', order: 'order', cloze: 'blanks', matching: 'pairs' } as const;

interface Compact {
  v: 1;
  h: string;
  s: number;
  i: number;
  f: 0 | 1;
  a: unknown[];
  d?: QuizProgress['drafts'];
}

/**
 * `progressText` (the quiz's saved progress, JSON) as suspend_data of at most `limit` characters,
 * or undefined when even its answers do not fit (or it is not progress at all).
 */
export function toSuspendData(progressText: string | null, quiz: Quiz, limit = SUSPEND_LIMIT): string | undefined {
  let p: QuizProgress;
  try {
    p = JSON.parse(progressText ?? '') as QuizProgress;
  } catch {
    return undefined;
  }
  if (!p || p.version !== 1 || typeof p.answers !== 'object') return undefined;
  const a = quiz.questions.map((q) => {
    const r = p.answers[q.id] as Record<string, unknown> | undefined;
    return r && r.type === q.type ? r[FIELD[q.type]] : null;
  });
  while (a.length && a[a.length - 1] === null) a.pop();
  const compact: Compact = { v: 1, h: p.contentHash, s: p.seed, i: p.index, f: p.finished ? 1 : 0, a };
  const drafts = Object.fromEntries(Object.entries(p.drafts ?? {}).filter(([, d]) => d && Object.keys(d).length));
  const withDrafts = JSON.stringify(Object.keys(drafts).length ? { ...compact, d: drafts } : compact);
  if (withDrafts.length <= limit) return withDrafts;
  const answersOnly = JSON.stringify(compact);
  return answersOnly.length <= limit ? answersOnly : undefined;
}

/** suspend_data as the quiz's progress text (for its store), or undefined when it is not ours. */
export function fromSuspendData(text: string, quiz: Quiz): string | undefined {
  let c: Compact;
  try {
    c = JSON.parse(text) as Compact;
  } catch {
    return undefined;
  }
  if (!c || c.v !== 1 || !Array.isArray(c.a)) return undefined;
  const answers: Record<string, unknown> = {};
  quiz.questions.forEach((q, i) => {
    const value = c.a[i];
    if (value !== null && value !== undefined) answers[q.id] = { type: q.type, [FIELD[q.type]]: value };
  });
  const progress = { version: 1, contentHash: c.h, seed: c.s, index: c.i, answers, drafts: c.d ?? {}, finished: c.f === 1 };
  return JSON.stringify(progress);
}
