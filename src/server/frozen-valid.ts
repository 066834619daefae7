/**
 * One check per server render: the record is copied, deep-frozen and checked once, then marked
 * as known to be valid (data/known-valid.ts), so that the elements inside (a recap-article and
 * its summary, figures and quiz) do not each walk it again. Frozen, it cannot change after its check, and the caller's record is never frozen.
 * Server only: the reader bundles never mark anything.
 */
import { checkArticle } from '../data/check.js';
import { knownValid } from '../data/known-valid.js';
import { validateArticle } from '../data/validate.js';
import type { Article, ValidationResult } from '../data/types.js';

/** Deeper than the contract allows (its own check reports that): not copied. */
const MAX_DEPTH = 64;
const NOT_PLAIN = Symbol('not plain data');

/**
 * A deep-frozen copy of plain JSON-like data, or NOT_PLAIN for anything else (class instances,
 * functions, symbols, sparse arrays, cycles) and for what cannot be read: a getter that throws,
 * a revoked Proxy. Such a value is checked as it is, as before records were copied (never a throw
 * here: the check itself reports what it cannot read).
 */
function frozenCopy(value: unknown): unknown {
  try {
    return copyOf(value, 0);
  } catch {
    return NOT_PLAIN;
  }
}

function copyOf(value: unknown, depth: number): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') return NOT_PLAIN;
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) return NOT_PLAIN;
  let copy: unknown[] | Record<string, unknown>;
  if (Array.isArray(value)) {
    copy = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return NOT_PLAIN;
      const item = copyOf(value[i], depth + 1);
      if (item === NOT_PLAIN) return NOT_PLAIN;
      copy.push(item);
    }
  } else {
    const proto = Object.getPrototypeOf(value) as unknown;
    if ((proto !== Object.prototype && proto !== null) || Object.getOwnPropertySymbols(value).length) return NOT_PLAIN;
    const keys = Object.keys(value);
    if (keys.length !== Object.getOwnPropertyNames(value).length || keys.includes('__proto__')) return NOT_PLAIN;
    copy = {};
    for (const key of keys) {
      const item = copyOf((value as Record<string, unknown>)[key], depth + 1);
      if (item === NOT_PLAIN) return NOT_PLAIN;
      copy[key] = item;
    }
  }
  return Object.freeze(copy);
}

/**
 * `validateArticle(value)`, on a deep-frozen copy of it when it is plain data; a valid copy is
 * marked, so that the elements rendering it pass it without checking it again.
 */
export function validateOnce(value: unknown): ValidationResult {
  const copy = frozenCopy(value);
  const checked = validateArticle(copy === NOT_PLAIN ? value : copy);
  if (checked.ok && copy !== NOT_PLAIN) knownValid!.add(copy as object);
  return checked;
}

/**
 * `article` as the elements should get it: a deep-frozen copy marked as valid when it is plain
 * data that passes the check; otherwise `article` itself, which each element then checks as before.
 */
export function checkedOnce(article: Article): Article {
  if (knownValid!.has(article)) return article;
  const copy = frozenCopy(article);
  if (copy === NOT_PLAIN || !checkArticle(copy).ok) return article;
  knownValid!.add(copy as object);
  return copy as Article;
}
