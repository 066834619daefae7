/**
 * recap-widgets/data: the article contract with no DOM. Runs in browsers and
 * in Node (a publisher's build can validate data before it ships).
 */
export type * from './types.js';
export { validateArticle, pointer, MAX_DOCUMENT_BYTES } from './validate.js';
export { defineArticle, ArticleError } from './define-article.js';
export { parseArticleJson, loadArticle } from './load-with-hints.js';
export type { LoadOptions, LoadResult } from './load.js';
export { formatNumber, formatDate, formatFigureValue, resolveLocale, textDirection } from './format.js';
export { isCorrect, scoreQuiz, resultBand, pointsOf, type Response, type Score } from './quiz.js';
