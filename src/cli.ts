#!/usr/bin/env node
/**
 * recap-widgets CLI.
 *   recap-widgets validate FILE...        every problem as `FILE: /path: message`; exit 1 if any
 *   recap-widgets export --gift FILE      the quiz in Moodle GIFT on stdout; warnings on stderr
 *   recap-widgets export --aiken FILE     the quiz in Moodle Aiken on stdout
 *   recap-widgets compile STORY.md [-o FILE]  Recap Markdown -> the JSON record (stdout, or FILE);
 *                                         problems as `STORY.md:LINE:COL: message`, exit 1
 *   recap-widgets to-markdown STORY.json  the record as Recap Markdown on stdout
 *   recap-widgets import --gift BANK.gift | --quizdown QUIZ.md
 *                                         a quiz-only Recap Markdown file on stdout; what could
 *                                         not be carried over, and why, on stderr
 *   recap-widgets render STORY.json|STORY.md [--element NAME]
 *                                         the element pre-rendered as HTML on stdout (recap-widgets/server)
 * Authoring code (Markdown, YAML) is loaded only by the commands that need it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_DOCUMENT_BYTES } from './data/validate.js';
import { parseArticleJson } from './data/load-with-hints.js';
import { toAiken, toGift } from './data/export.js';

import type { Problem } from './data/types.js';
import type { RecapTag } from './server/index.js';

/** `FILE:LINE:COL: message` for text that is not JSON, `FILE: /path: message` for data, `FILE: message` for the whole file. */
function problemLines(file: string, p: Problem): string {
  if (p.line !== undefined) return `${file}:${p.line}:${p.column ?? 1}: ${p.message}${p.excerpt ? '\n' + p.excerpt.replace(/^/gm, '    ') : ''}`;
  return p.path ? `${file}: ${p.path}: ${p.message}` : `${file}: ${p.message}`;
}

const USAGE = [
  'Usage: recap-widgets validate FILE...          (.json or Recap Markdown .md)',
  '       recap-widgets compile STORY.md [-o FILE]',
  '       recap-widgets to-markdown STORY.json',
  '       recap-widgets import --gift BANK.gift | --quizdown QUIZ.md',
  '       recap-widgets export --gift|--aiken FILE',
  '       recap-widgets render FILE [--element recap-article|recap-summary|recap-figures|recap-quiz]',
].join('\n');

const isMarkdown = (file: string) => /\.(md|markdown)$/i.test(file);
const authoring = () => import('./authoring/index.js');

/** Reads a file as text, or says why not (too big, unreadable). */
async function readText(file: string): Promise<{ text: string } | { error: string }> {
  try {
    const buf = await readFile(file);
    if (buf.byteLength > MAX_DOCUMENT_BYTES) return { error: `${file}: the file is ${(buf.byteLength / 1e6).toFixed(1)} MB; the limit is 1 MB` };
    return { text: buf.toString('utf8') };
  } catch (error) {
    return { error: `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

async function compileFile(file: string, out: string | undefined): Promise<number> {
  const read = await readText(file);
  if ('error' in read) {
    console.error(read.error);
    return 1;
  }
  const { parseRecapMarkdown } = await authoring();
  const result = parseRecapMarkdown(read.text);
  if (!result.ok) {
    for (const p of result.problems) console.error(`${file}:${p.line}:${p.column ?? 1}: ${p.message}`);
    return 1;
  }
  const json = JSON.stringify(result.article, null, 2) + '\n';
  if (out) await writeFile(out, json);
  else process.stdout.write(json);
  return 0;
}

async function toMarkdownFile(file: string): Promise<number> {
  const read = await readText(file);
  if ('error' in read) {
    console.error(read.error);
    return 1;
  }
  const result = parseArticleJson(read.text, 'the file');
  if (!result.ok) {
    for (const p of result.problems) console.error(problemLines(file, p));
    return 1;
  }
  const { toRecapMarkdown } = await authoring();
  process.stdout.write(toRecapMarkdown(result.article));
  return 0;
}

async function importFile(format: string, file: string): Promise<number> {
  const read = await readText(file);
  if ('error' in read) {
    console.error(read.error);
    return 1;
  }
  const { importGift, importQuizdown } = await authoring();
  const name = basename(file).replace(/\.[^.]*$/, '');
  const result = (format === '--gift' ? importGift : importQuizdown)(read.text, { id: name, title: name });
  for (const w of result.warnings) console.error(`${file}: not carried over: ${w}`);
  process.stdout.write(result.markdown);
  return 0;
}

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
    if (isMarkdown(file)) {
      const { parseRecapMarkdown } = await authoring();
      const md = parseRecapMarkdown(text);
      if (md.ok) console.log(`${file}: ok`);
      else {
        failed++;
        for (const p of md.problems) console.log(`${file}:${p.line}:${p.column ?? 1}: ${p.message}`);
      }
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

async function exportFile(format: string, file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }
  const result = parseArticleJson(text, 'the file');
  if (!result.ok) {
    for (const p of result.problems) console.error(problemLines(file, p));
    return 1;
  }
  if (!result.article.quiz) {
    console.error(`${file}: /quiz: the article has no quiz to export`);
    return 1;
  }
  const out = format === '--gift' ? toGift(result.article) : toAiken(result.article);
  for (const w of out.warnings) console.error(`${file}: warning: ${w}`);
  process.stdout.write(out.text);
  return 0;
}

/** `render FILE [--element NAME]`: the element pre-rendered as HTML (the server renderer loads only for this command). */
async function renderFile(file: string, element: string): Promise<number> {
  const read = await readText(file);
  if ('error' in read) {
    console.error(read.error);
    return 1;
  }
  let article: unknown;
  if (isMarkdown(file)) {
    const md = (await authoring()).parseRecapMarkdown(read.text);
    if (!md.ok) {
      for (const p of md.problems) console.error(`${file}:${p.line}:${p.column ?? 1}: ${p.message}`);
      return 1;
    }
    article = md.article;
  } else {
    const json = parseArticleJson(read.text, 'the file');
    if (!json.ok) {
      for (const p of json.problems) console.error(problemLines(file, p));
      return 1;
    }
    article = json.article;
  }
  const { renderRecapHtml } = await import('./server/index.js');
  const result = await renderRecapHtml(article, { element: element as RecapTag });
  if (!result.ok) {
    for (const p of result.problems) console.error(problemLines(file, p));
    return 1;
  }
  process.stdout.write(result.html + '\n');
  return 0;
}

/** `studio [FILE] [--port N]`: serves the editor until interrupted (the server module loads only for this command). */
async function studio(args: string[]): Promise<number> {
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 0;
  const file = args.filter((_, i) => portAt < 0 || (i !== portAt && i !== portAt + 1))[0];
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number, found "${args[portAt + 1] ?? ''}"`);
    return 2;
  }
  const { startStudio } = await import('./studio/server.js');
  const server = await startStudio({ ...(file ? { file } : {}), port });
  console.log(`Recap Studio${file ? ` for ${file}` : ''}: ${server.url}  (Ctrl+C to stop)`);
  await new Promise<void>((done) => process.once('SIGINT', done).once('SIGTERM', done));
  await server.close();
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'validate' && rest.length) return validateFiles(rest);
  if (command === 'studio') return studio(rest);
  if (command === 'export' && rest.length === 2 && (rest[0] === '--gift' || rest[0] === '--aiken')) return exportFile(rest[0], rest[1]!);
  if (command === 'compile' && (rest.length === 1 || (rest.length === 3 && rest[1] === '-o'))) return compileFile(rest[0]!, rest[2]);
  if (command === 'compile' && rest.length === 3 && rest[0] === '-o') return compileFile(rest[2]!, rest[1]);
  if (command === 'to-markdown' && rest.length === 1) return toMarkdownFile(rest[0]!);
  if (command === 'import' && rest.length === 2 && (rest[0] === '--gift' || rest[0] === '--quizdown')) return importFile(rest[0], rest[1]!);
  if (command === 'render' && rest.length === 1) return renderFile(rest[0]!, 'recap-article');
  if (command === 'render' && rest.length === 3 && rest.indexOf('--element') >= 0 && rest.indexOf('--element') < 2) {
    const at = rest.indexOf('--element');
    return renderFile(rest[at === 0 ? 2 : 0]!, rest[at + 1]!);
  }
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
