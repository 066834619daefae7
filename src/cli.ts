#!/usr/bin/env node
/**
 * recap-widgets CLI.
 *   recap-widgets validate FILE...        every problem as `FILE: /path: message`; exit 1 if any
 *   recap-widgets export --gift FILE      the quiz in Moodle GIFT on stdout; warnings on stderr
 *   recap-widgets export --aiken FILE     the quiz in Moodle Aiken on stdout
 *   recap-widgets render FILE [--element NAME]  the element pre-rendered as HTML on stdout
 */
import { readFile } from 'node:fs/promises';
import { parseArticleJson } from './data/load.js';
import { MAX_DOCUMENT_BYTES } from './data/validate.js';
import { toAiken, toGift } from './data/export.js';

import type { Article, Problem } from './data/types.js';
import type { RecapTag } from './server/index.js';

/** `FILE:LINE:COL: message` for text that is not JSON, `FILE: /path: message` for data, `FILE: message` for the whole file. */
function problemLines(file: string, p: Problem): string {
  if (p.line !== undefined) return `${file}:${p.line}:${p.column ?? 1}: ${p.message}${p.excerpt ? '\n' + p.excerpt.replace(/^/gm, '    ') : ''}`;
  return p.path ? `${file}: ${p.path}: ${p.message}` : `${file}: ${p.message}`;
}

const USAGE =
  'Usage: recap-widgets validate FILE...\n       recap-widgets export --gift|--aiken FILE\n' +
  '       recap-widgets render FILE [--element recap-article|recap-summary|recap-figures|recap-quiz]';

async function validateFiles(files: string[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      const buf = await readFile(file);
      if (buf.byteLength > MAX_DOCUMENT_BYTES) {
        console.log(`${file}: the file is ${(buf.byteLength / 1e6).toFixed(1)} MB; the limit is 1 MB`);
        failed++;
        continue;
      }
      text = buf.toString('utf8');
    } catch (error) {
      console.log(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      failed++;
      continue;
    }
    const result = parseArticleJson(text, 'the file');
    if (result.ok) console.log(`${file}: ok`);
    else {
      failed++;
      for (const p of result.problems) console.log(problemLines(file, p));
    }
  }
  return failed ? 1 : 0;
}

/** The article in a file, or undefined after its problems went to stderr. */
async function readArticle(file: string): Promise<Article | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
  const result = parseArticleJson(text, 'the file');
  if (result.ok) return result.article;
  for (const p of result.problems) console.error(problemLines(file, p));
  return undefined;
}

async function renderFile(file: string, element: string): Promise<number> {
  const article = await readArticle(file);
  if (!article) return 1;
  // Loaded only for this command: the server renderer brings @lit-labs/ssr.
  const { renderRecapHtml } = await import('./server/index.js');
  const result = await renderRecapHtml(article, { element: element as RecapTag });
  if (!result.ok) {
    for (const p of result.problems) console.error(problemLines(file, p));
    return 1;
  }
  process.stdout.write(result.html + '\n');
  return 0;
}

async function exportFile(format: string, file: string): Promise<number> {
  const article = await readArticle(file);
  if (!article) return 1;
  const result = { article };
  if (!result.article.quiz) {
    console.error(`${file}: /quiz: the article has no quiz to export`);
    return 1;
  }
  const out = format === '--gift' ? toGift(result.article) : toAiken(result.article);
  for (const w of out.warnings) console.error(`${file}: warning: ${w}`);
  process.stdout.write(out.text);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'validate' && rest.length) return validateFiles(rest);
  if (command === 'export' && rest.length === 2 && (rest[0] === '--gift' || rest[0] === '--aiken')) return exportFile(rest[0], rest[1]!);
  if (command === 'render' && rest.length === 1) return renderFile(rest[0]!, 'recap-article');
  if (command === 'render' && rest.length === 3 && rest.includes('--element')) {
    const i = rest.indexOf('--element');
    if (i < 2) return renderFile(rest[i === 0 ? 2 : 0]!, rest[i + 1]!);
  }
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
