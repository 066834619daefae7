/**
 * The question kinds: one entry per question type of the data contract. A type added to the
 * contract (data/article-schema.ts) is a type error here until its module is written.
 *
 * The four common types are built in. The rarer ones (ordering, cloze, matching) are each a module of their own, loaded the
 * first time a quiz has such a question (the script-tag bundles fetch it from next to
 * themselves, a bundler splits it out of the npm modules): a quiz of the common types never
 * waits for a second file, and one with a cloze shows its placeholder until the cloze is here.
 */
import { correctResponse, type Response } from '../../../data/quiz.js';
import type { Question, QuestionType, Quiz } from '../../../data/types.js';
import type { Kind, QuizContext } from './kind.js';
import { single } from './single.js';
import { multiple } from './multiple.js';
import { trueFalse } from './true-false.js';
import { numeric } from './numeric.js';

export type { Kind, QuestionContext, QuizContext } from './kind.js';

const builtIn = {
  single,
  multiple,
  'true-false': trueFalse,
  numeric,
} satisfies { [T in QuestionType]?: Kind<T> };

type OnDemand = Exclude<QuestionType, keyof typeof builtIn>;

const onDemand = {
  order: () => import('./order.js'),
  cloze: () => import('./cloze.js'),
  matching: () => import('./matching.js'),
} satisfies { [T in OnDemand]: () => Promise<{ kind: Kind<T> }> };

const kinds: { [T in QuestionType]?: Kind<T> } = { ...builtIn };
const loading = new Map<OnDemand, Promise<void>>();

function loadKind(type: OnDemand): Promise<void> {
  // A failed file (offline, a CDN without it) is tried again by the next quiz that needs it.
  if (!loading.has(type)) loading.set(type, onDemand[type]().then((module) => void (kinds[type] = module.kind as never), (error: unknown) => (loading.delete(type), Promise.reject(error))));
  return loading.get(type)!;
}

/** What loads the modules of the quiz's question types that are not here yet; undefined when all are. */
export function kindsToLoad(quiz: Quiz): (() => Promise<unknown>) | undefined {
  const missing = [...new Set(quiz.questions.map((q) => q.type))].filter((t): t is OnDemand => !kinds[t]);
  return missing.length ? () => Promise.all(missing.map(loadKind)) : undefined;
}

/** The module of a question's type, once loaded (see kindsToLoad). */
export const kindOf = (q: Question): Kind => kinds[q.type] as Kind;

/** A response to `q` in words. */
export const answerWords = (q: Question, r: Response, ctx: QuizContext): string => kindOf(q).words(q, r as never, ctx);

/** The right answer to `q` in words. */
export function rightAnswerWords(q: Question, ctx: QuizContext): string {
  const kind = kindOf(q);
  return kind.rightWords ? kind.rightWords(q, ctx) : kind.words(q, correctResponse(q) as never, ctx);
}
