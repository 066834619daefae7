/**
 * The question kinds: one entry per question type of the data contract. A type added to the
 * contract (data/article-schema.ts) is a type error here until its module is written.
 */
import { correctResponse, type Response } from '../../../data/quiz.js';
import type { Question, QuestionType } from '../../../data/types.js';
import type { Kind, QuizContext } from './kind.js';
import { single } from './single.js';
import { multiple } from './multiple.js';
import { trueFalse } from './true-false.js';
import { numeric } from './numeric.js';
import { order } from './order.js';

export type { Kind, QuestionContext, QuizContext } from './kind.js';

const kinds = {
  single,
  multiple,
  'true-false': trueFalse,
  numeric,
  order,
} satisfies { [T in QuestionType]: Kind<T> };

/** The module of a question's type. (Each entry takes only its own type; the table above checks that.) */
export const kindOf = (q: Question): Kind => kinds[q.type] as Kind;

/** A response to `q` in words. */
export const answerWords = (q: Question, r: Response, ctx: QuizContext): string => kindOf(q).words(q, r as never, ctx);

/** The right answer to `q` in words. */
export function rightAnswerWords(q: Question, ctx: QuizContext): string {
  const kind = kindOf(q);
  return kind.rightWords ? kind.rightWords(q, ctx) : kind.words(q, correctResponse(q) as never, ctx);
}
