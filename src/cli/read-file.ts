/**
 * The one way the CLI reads a file it was given: at most 1 MB (the contract's limit for a record,
 * and Recap Markdown's), with the reason in plain words when it cannot; and a record from JSON or
 * Recap Markdown (chosen by the file's extension), with every problem printed.
 */
import { open } from 'node:fs/promises';
import { MAX_DOCUMENT_BYTES } from '../data/validate.js';
import { parseArticleJson } from '../data/load-with-hints.js';
import { printProblems } from './problems.js';
import type { Article, ValidationResult } from '../data/types.js';
import type { MarkdownResult } from '../authoring/parse-recap-markdown.js';

export type ReadResult = { ok: true; text: string } | { ok: false; message: string; code?: string };

const tooBig = (file: string, bytes: number) => `${file}: the file is ${(bytes / 1e6).toFixed(1)} MB; the limit is 1 MB`;

/** The file as UTF-8 text, or `FILE: why not` (missing, unreadable, over 1 MB); a file over the limit is not read whole. */
export async function readDocument(file: string): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size > MAX_DOCUMENT_BYTES) return { ok: false, message: tooBig(file, size) };
    // A pipe or a special file reports no size: its length is known once read.
    const buf = await handle.readFile();
    if (buf.byteLength > MAX_DOCUMENT_BYTES) return { ok: false, message: tooBig(file, buf.byteLength) };
    return { ok: true, text: buf.toString('utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `${file}: cannot be read (${code ?? String(error)})`, ...(code ? { code } : {}) };
  } finally {
    await handle?.close();
  }
}

export const isMarkdown = (file: string) => /\.(md|markdown)$/i.test(file);

/**
 * A record from FILE, JSON or Recap Markdown (`.md`), checked against the contract. When it cannot be
 * read or has problems, every problem is printed to `out` and the result is undefined.
 */
export async function readArticle(file: string, out: NodeJS.WritableStream): Promise<Article | undefined> {
  const result = await readRecord(file, out);
  if (result?.ok) return result.article;
  if (result) printProblems(file, result.problems, out);
  return undefined;
}

/**
 * FILE as a record, checked: the article, or its problems and the data as read (`input`, for
 * showing the parts without problems). Undefined, with the reason printed to `out`, when the file
 * cannot be read.
 */
export async function readRecord(file: string, out: NodeJS.WritableStream): Promise<ValidationResult | MarkdownResult | undefined> {
  const read = await readDocument(file);
  if (!read.ok) {
    out.write(read.message + '\n');
    return undefined;
  }
  return isMarkdown(file) ? (await import('../authoring/index.js')).parseRecapMarkdown(read.text) : parseArticleJson(read.text, 'the file');
}
