/**
 * parseArticleJson and loadArticle (./load.js) with the author's hints: where JSON text stops
 * being JSON and why, "did you mean", the closest passage to a missing quote.
 */
import { explainer } from './explain.js';
import { usePart } from './check.js';
import { quizPart } from './check-quiz.js';
import { loadArticle as load, parseArticleJson as parse, type LoadOptions, type LoadResult } from './load.js';
import type { ValidationResult } from './types.js';

/** Parses JSON text and validates it; explains the likely cause when it is not JSON. */
export const parseArticleJson = (text: string, label?: string, contentType?: string): ValidationResult => (usePart(quizPart), parse(text, label, contentType, explainer));

/** Fetches, size-checks, parses and validates one article. */
export const loadArticle = (url: string | URL, options: LoadOptions = {}): Promise<LoadResult> => (usePart(quizPart), load(url, { explain: explainer, ...options }));
