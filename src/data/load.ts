/**
 * loadArticle: fetches article JSON with a size cap and a timeout, then
 * validates it. Every failure comes back as problems (path ""), never a throw.
 * The author's hints come from an Explainer given as an option (see ./check.js);
 * ./validate.js gives these functions with the hints.
 */
import { MAX_DOCUMENT_BYTES, checkArticle, type Explainer } from './check.js';
import type { Problem, ValidationResult } from './types.js';

export interface LoadOptions {
  /** Aborts the fetch (for example when the element's `src` changes). */
  signal?: AbortSignal;
  /** Gives up after this many milliseconds. Default 15,000. */
  timeoutMs?: number;
  /** Refuses bodies larger than this. Default 1 MB, the contract's limit. */
  maxBytes?: number;
  /** For tests and non-browser hosts. */
  fetch?: typeof fetch;
  /** Hints for the author's messages, or a function that loads them once the data turns out wrong. */
  explain?: Explainer | (() => Promise<Explainer | undefined>);
}

export type LoadResult = ValidationResult | { ok: false; problems: Problem[]; aborted: true };

const fail = (message: string): { ok: false; problems: Problem[] } => ({ ok: false, problems: [{ path: '', message }] });

/** Fetches, size-checks, parses and validates one article. */
export async function loadArticle(url: string | URL, options: LoadOptions = {}): Promise<LoadResult> {
  const { signal, timeoutMs = 15_000, maxBytes = MAX_DOCUMENT_BYTES } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const label = String(url);
  // Why a fetch stopped: the caller, the clock, or the network.
  const stopped = () =>
    signal?.aborted
      ? { ...fail('loading was cancelled'), aborted: true as const }
      : fail(timeout.signal.aborted ? `${label} did not answer within ${formatSeconds(timeoutMs)}` : `${label} could not be reached or read`);
  try {
    if (signal?.aborted) return stopped();
    const response = await doFetch(url, { signal: timeout.signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      return fail(`${label} answered HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}`);
    }
    const declared = Number(response.headers.get('content-length'));
    const text = declared > maxBytes ? undefined : await readCapped(response, maxBytes);
    if (text === undefined) {
      void response.body?.cancel().catch(() => {});
      return fail(`${label} is ${declared > maxBytes ? formatMB(declared) : `larger than ${formatMB(maxBytes)}`}; the limit is ${formatMB(maxBytes)}`);
    }
    const type = response.headers.get('content-type') ?? '';
    const { explain } = options;
    const result = parseArticleJson(text, label, type, typeof explain === 'function' ? undefined : explain);
    if (result.ok || typeof explain !== 'function') return result;
    const hints = await explain();
    return hints ? parseArticleJson(text, label, type, hints) : result;
  } catch {
    return stopped();
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Parses JSON text and validates it; with an explainer, says where it stops being JSON and why. */
export function parseArticleJson(text: string, label = 'the data', contentType = '', explain?: Explainer): ValidationResult {
  // What CMSs and editors add is not an error: a byte-order mark (Windows line endings are JSON whitespace).
  // (A CMS may put the mark after the script tag's line break; the lines keep their numbers.)
  text = text.replace(/^\s+/, (lead) => lead.replace(/\uFEFF/g, ''));
  if (text.trim() === '') return fail(`${label} is empty; expected article JSON`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const looksHtml = /^\s*</.test(text) || /html/i.test(contentType);
    if (looksHtml) return fail(`${label} is HTML, not JSON (check the address: a 404 page or a login page?)`);
    const found = explain?.findJsonError?.(text);
    if (!found) return fail(`${label} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    return {
      ok: false,
      problems: [{ path: '', message: `${label} is not valid JSON at line ${found.line}, column ${found.column}: ${found.message}`, line: found.line, column: found.column, excerpt: found.excerpt }],
    };
  }
  return checkArticle(value, explain);
}

async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? undefined : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** 300 -> "0.3 s", 15000 -> "15 s": never "0 s" for a short timeout. */
const formatSeconds = (ms: number) => `${Number((ms / 1000).toPrecision(2))} s`;

const formatMB = (bytes: number) => `${(bytes / 1e6).toFixed(bytes < 1e6 ? 2 : 1)} MB`;
