/**
 * The article contract's checks with every hint for the author: validateArticle reports
 * every problem at once as { path, message } and never throws; parseArticleJson and
 * loadArticle also say where JSON text breaks. This is what recap-widgets/data, the CLI,
 * the editor and the server use; the elements check with ./check.js and load ./explain.js
 * only when data is wrong.
 */
import { checkArticle } from './check.js';
import { explainer } from './explain.js';
import { loadArticle as load, parseArticleJson as parse, type LoadOptions, type LoadResult } from './load.js';
import type { ValidationResult } from './types.js';

export { pointer, describe, parseIsoDate, MAX_DOCUMENT_BYTES } from './check.js';
export { suggestLanguage, similar } from './explain.js';

/** Checks `value` against the article contract. Never throws. */
export const validateArticle = (value: unknown): ValidationResult => checkArticle(value, explainer);

/** Parses JSON text and validates it; explains the likely cause when it is not JSON. */
export const parseArticleJson = (text: string, label?: string, contentType?: string): ValidationResult => parse(text, label, contentType, explainer);

/** Fetches, size-checks, parses and validates one article. */
export const loadArticle = (url: string | URL, options: LoadOptions = {}): Promise<LoadResult> => load(url, { explain: explainer, ...options });
