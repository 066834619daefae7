/** The items' current order in an ordering question, which the quiz reads even before the ordering module is here. */
import { startingOrder } from '../../../data/quiz.js';
import type { Draft } from '../../../data/quiz-session.js';
import type { QuestionOf } from '../../../data/types.js';
import type { QuizContext } from './kind.js';

/** The items' current order: the reader's, else the shuffled start. */
export const orderOf = (q: QuestionOf<'order'>, draft: Draft, { seed }: Pick<QuizContext, 'seed'>): string[] => draft.order ?? startingOrder(q, seed);
