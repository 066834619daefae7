/**
 * The article contract's checks with every hint for the author: validateArticle reports
 * every problem at once as { path, message } and never throws (./load-with-hints.js does the
 * same for JSON text and URLs). This is what recap-widgets/data, the CLI, the editor and the
 * server use; the elements check with ./check.js and load ./explain.js only when data is wrong.
 */
import { checkArticle, usePart } from './check.js';
import { checkHints } from './explain.js';
import { quizPart } from './check-quiz.js';
import type { ValidationResult } from './types.js';

export { pointer, parseIsoDate, MAX_DOCUMENT_BYTES } from './check.js';
export { describe, suggestLanguage, similar } from './explain.js';

/** Checks `value` against the whole article contract, its quiz included. Never throws. */
export const validateArticle = (value: unknown): ValidationResult => (usePart(quizPart), checkArticle(value, checkHints));
