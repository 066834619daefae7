/**
 * recap-widgets/data: the article contract with no DOM. Runs in browsers and
 * in Node (a publisher's build can validate data before it ships).
 */
export type * from './types.js';
export { validateArticle, isValidatedArticle, pointer, MAX_DOCUMENT_BYTES } from './validate.js';
export { loadArticle, parseArticleJson, type LoadOptions, type LoadResult } from './load.js';
export { formatNumber, formatDate, formatFigureValue, parseLocaleNumber, resolveLocale, textDirection } from './format.js';
export {
  isCorrect,
  scoreQuiz,
  resultBand,
  startingOrder,
  shuffled,
  hashString,
  seededRandom,
  move,
  pointsOf,
  type Response,
  type Score,
} from './quiz.js';
export { textFragmentUrl } from './evidence.js';
export { toGift, toAiken, type ExportResult } from './export.js';
export {
  quizContentHash,
  restoreProgress,
  freshProgress,
  questionOrder,
  choiceOrder,
  progressStorageKey,
  type QuizProgress,
  type Draft,
  type RestoreResult,
} from './quiz-session.js';
export {
  answeredStatement,
  completedStatement,
  correctResponsesPattern,
  quizActivityId,
  type XapiStatement,
  type XapiAgent,
  type XapiActivity,
} from './xapi.js';
