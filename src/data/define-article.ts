/**
 * defineArticle: the typed way in for data TypeScript cannot type exactly (a JSON import widens
 * "single" to string and 2 to number). It checks the value against the contract and returns it
 * as an Article, or throws an ArticleError listing every problem with its path.
 */
import { validateArticle } from './validate.js';
import type { Article, Problem } from './types.js';

/** Data that is not an article: `problems` holds every one, each with its JSON Pointer. */
export class ArticleError extends Error {
  override readonly name = 'ArticleError';
  constructor(readonly problems: readonly Problem[]) {
    super(`not a valid Recap article (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  ${p.path || '(document)'}: ${p.message}`).join('\n')}`);
  }
}

/** `value` checked against the contract and typed as an Article; throws ArticleError when it is not one. */
export function defineArticle(value: unknown): Article {
  const result = validateArticle(value);
  if (!result.ok) throw new ArticleError(result.problems);
  return result.article;
}
