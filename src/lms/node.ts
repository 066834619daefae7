/**
 * recap-widgets/lms in Node: packages made from an article in one call. It validates the article,
 * pre-renders it with recap-widgets/server, and reads the launch bundle from this package's dist/.
 */
import { readFile, readdir } from 'node:fs/promises';
import { renderRecapHtml, type RecapTag } from '../server/index.js';
import { validateArticle } from '../data/validate.js';
import type { Article, Problem } from '../data/types.js';
import { isPackageAsset, scormZip, type ScormVersion } from './package.js';
import { INLINE_BUNDLE, singlePage } from './single-page.js';

export * from './index.js';

export type PackageResult = { ok: true; zip: Uint8Array } | { ok: false; problems: Problem[] };

/** Where the built bundles are: dist/, next to this module once built. */
const DIST = new URL('../', import.meta.url);

/** The dist/ files a package for `article` carries, read from `dist`. */
export async function readPackageAssets(article: Article, dist: URL = DIST): Promise<Record<string, Uint8Array>> {
  const names = (await readdir(dist)).filter((n) => isPackageAsset(n, article));
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, new Uint8Array(await readFile(new URL(n, dist)))] as const)));
}

/** One self-contained HTML page of `data` (see single-page.ts); or its problems. */
export async function htmlPage(data: unknown, options: { dist?: URL } = {}): Promise<{ ok: true; html: string } | { ok: false; problems: Problem[] }> {
  const checked = validateArticle(data);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const parts = await renderParts(checked.article);
  if (!parts.ok) return parts;
  const code = await readFile(new URL(INLINE_BUNDLE, options.dist ?? DIST), 'utf8');
  return { ok: true, html: singlePage(checked.article, parts.html, code) };
}

/**
 * The article's parts, each pre-rendered as its own element (summary, figures, quiz: those it has).
 * Three elements rather than one <recap-article>: each carries only its own part as inline data, and
 * the adapter reads the quiz from the quiz's own element.
 */
export async function renderParts(article: Article): Promise<{ ok: true; html: string } | { ok: false; problems: Problem[] }> {
  const parts: RecapTag[] = [];
  if (article.summary) parts.push('recap-summary');
  if (article.figures?.length) parts.push('recap-figures');
  if (article.quiz) parts.push('recap-quiz');
  const html: string[] = [];
  for (const element of parts) {
    const rendered = await renderRecapHtml(article, { element });
    if (!rendered.ok) return rendered;
    html.push(rendered.html);
  }
  return { ok: true, html: html.join('\n') };
}

/**
 * A SCORM 1.2 or 2004 (4th edition) package of `data` as zip bytes; or, when the data has
 * problems, every problem (a JSON Pointer and plain words) and no package.
 */
export async function scormPackage(data: unknown, options: { version: ScormVersion; dist?: URL }): Promise<PackageResult> {
  const checked = validateArticle(data);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const recapHtml = await renderParts(checked.article);
  if (!recapHtml.ok) return recapHtml;
  const assets = await readPackageAssets(checked.article, options.dist);
  return { ok: true, zip: scormZip({ article: checked.article, version: options.version, recapHtml: recapHtml.html, assets }) };
}
