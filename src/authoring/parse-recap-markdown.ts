/**
 * parseRecapMarkdown: Recap Markdown (docs/recap-markdown.md) -> a validated article record.
 * Markdown is read with marked's lexer; fields keep their Markdown source, so emphasis and
 * links arrive in the record as written. Every problem comes back at once with its line,
 * including the contract validator's, mapped from their JSON Pointer to the line that wrote
 * the field. It never throws. This file reads the document's sections in order; each section
 * has its reader (read-front-matter, read-summary-figures, read-questions), and what they
 * share is in markdown-reader and read-options.
 */
import type { Tokens } from 'marked';
import { SCHEMA_VERSION, articleSchema } from '../data/article-schema.js';
import { validateArticle } from '../data/validate.js';
import type { Article } from '../data/types.js';
import { didYouMean, splitOptions } from './syntax.js';
import { Reader, blocksOf, put, readBlockText, type Block, type MarkdownProblem, type Reading, type Rec } from './markdown-reader.js';
import { readFrontMatter } from './read-front-matter.js';
import { headingOptions } from './read-options.js';
import { readFigures, readSummary } from './read-summary-figures.js';
import { readQuestions } from './read-questions.js';

export { trimBlock, type MarkdownProblem, type Reading } from './markdown-reader.js';

/** A failure keeps the record as far as it was read (`input`), so the parts without problems can still be shown. */
export type MarkdownResult = { ok: true; article: Article } | { ok: false; problems: MarkdownProblem[]; input?: unknown };

/** A Recap Markdown file is at most 1 MB, like the JSON it compiles to. */
export const MAX_MARKDOWN_BYTES = 1_000_000;

export const SECTIONS = ['Summary', 'Figures', 'Quiz', 'Article'] as const;


export function readRecapMarkdown(input: string): Reading {
  const r = new Reader(input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const src = r.src;
  const record: Rec = {};
  let from = 0;

  // ---- Front matter ----
  let fmQuiz: Rec | undefined;
  if (/^---[ \t]*\n/.test(src)) {
    const close = /^(?:---|\.\.\.)[ \t]*$/m;
    const rest = src.slice(src.indexOf('\n') + 1);
    const m = close.exec(rest);
    const yamlStart = src.indexOf('\n') + 1;
    if (!m) {
      r.problem(0, 'the front matter that starts on line 1 is never closed; end it with a line "---"');
      return { record, problems: r.problems, places: r.places, broken: r.broken };
    }
    const yamlText = rest.slice(0, m.index);
    from = yamlStart + m.index + m[0].length;
    const fm = readFrontMatter(r, yamlText, yamlStart);
    for (const [key, value] of Object.entries(fm)) {
      if (key === 'quiz' && value && typeof value === 'object' && !Array.isArray(value)) fmQuiz = value as Rec;
      else put(record, key, value);
    }
  } else if (/^\s*\n---[ \t]*\n/.test(src)) {
    r.problem(src.indexOf('---'), 'front matter must start on the first line of the file; remove the blank lines above "---"');
  } else {
    const m = /^\s*(?:[A-Za-z$][\w$-]*):[ \t]/.exec(src);
    if (m && !/^\s*#/.test(src)) r.problem(0, 'this looks like front matter without its opening line; start the file with a line "---"');
  }
  if (!('schemaVersion' in record)) record.schemaVersion = SCHEMA_VERSION;

  // ---- Sections ----
  const blocks = blocksOf(src.slice(from), from);
  const seen = new Map<string, number>();
  let current: { name: string; heading: Block; blocks: Block[] } | undefined;
  const sections: { name: string; heading: Block; blocks: Block[] }[] = [];
  for (const b of blocks) {
    if (b.token.type === 'heading' && (b.token as Tokens.Heading).depth === 1) {
      const { text } = splitOptions((b.token as Tokens.Heading).text);
      let name = SECTIONS.find((s) => s.toLowerCase() === text.trim().toLowerCase());
      if (!name) {
        const hint = didYouMean(text.trim(), SECTIONS);
        // "neither summary nor quiz" would only repeat this problem.
        r.problem(b.start, `unknown section "# ${text.trim()}"${hint}; the sections are ${SECTIONS.map((s) => `# ${s}`).join(', ')}`, ['summary']);
        // Read a near miss as the section it almost names, so its own problems show up now too.
        name = SECTIONS.find((s) => hint.includes(`"${s}"`));
        if (!name || name === 'Article') {
          current = { name: '?', heading: b, blocks: [] };
          continue;
        }
      }
      if (seen.has(name)) r.problem(b.start, `"# ${name}" appears twice (first on line ${r.pos(seen.get(name)!).line}); write each section once`);
      seen.set(name, b.start);
      current = { name, heading: b, blocks: [] };
      sections.push(current);
      if (name === 'Article') break;
      continue;
    }
    if (current) current.blocks.push(b);
    else if (b.token.type !== 'space')
      r.problem(b.start, `text before the first section; start it with a section heading (${SECTIONS.map((s) => `# ${s}`).join(', ')}), and put the title and other metadata in the front matter`);
  }

  for (const section of sections) {
    if (section.name === 'Summary') readSummary(r, section.heading, section.blocks, record);
    else if (section.name === 'Figures') record.figures = readFigures(r, section.heading, section.blocks);
    else if (section.name === 'Quiz') {
      const quiz: Rec = fmQuiz ?? {};
      fmQuiz = quiz;
      quiz.questions = readQuestions(r, section.heading, section.blocks);
    } else if (section.name === 'Article') {
      const lineEnd = src.indexOf('\n', section.heading.start);
      const bodyStart = lineEnd === -1 ? src.length : lineEnd + 1;
      const entries = headingOptions(r, section.heading, []);
      for (const e of entries) r.problem(section.heading.start, `"# Article" takes no options, found "${e.key === 'word' ? String(e.value) : e.key}"`);
      r.place(['body'], section.heading.start);
      record.body = readBlockText(src.slice(bodyStart));
    }
  }
  if (fmQuiz) record.quiz = fmQuiz;
  // The contract's order, so compiled JSON reads like a hand-written record.
  const ordered: Rec = {};
  for (const key of ['$schema', 'schemaVersion', ...Object.keys(articleSchema.props), ...Object.keys(record)]) if (key in record && !(key in ordered)) put(ordered, key, record[key]);
  return { record: ordered, problems: r.problems, places: r.places, broken: r.broken };
}

/** Where a validator problem's pointer was written: the longest known prefix. */
function placeOf(reading: Reading, path: string): { line: number; column: number } {
  let p = path;
  for (;;) {
    const hit = reading.places.get(p);
    if (hit) return hit;
    if (p === '') return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** Reads Recap Markdown into a validated article, or every problem with its line. Never throws. */
export function parseRecapMarkdown(text: string): MarkdownResult {
  try {
    if (typeof text !== 'string') return { ok: false, problems: [{ line: 1, message: `expected Recap Markdown text, found ${text === null ? 'null' : typeof text}` }] };
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_MARKDOWN_BYTES)
      return { ok: false, problems: [{ line: 1, message: `the file is ${(bytes / 1e6).toFixed(1)} MB; the limit is 1 MB` }] };
    if (text.trim() === '') return { ok: false, problems: [{ line: 1, message: 'the file is empty; a recap needs at least front matter (id, title) and a "# Summary" or a "# Quiz"' }] };
    const reading = readRecapMarkdown(text);
    const problems = [...reading.problems];
    const result = validateArticle(reading.record);
    if (!result.ok) {
      for (const p of result.problems) {
        if (reading.broken.some((b) => p.path === b || p.path.startsWith(b + '/'))) continue;
        // A repeat names the line of the first use rather than its JSON Pointer.
        const message = p.related ? p.message.replace(`(${p.related})`, `(line ${placeOf(reading, p.related).line})`) : p.message;
        problems.push({ ...placeOf(reading, p.path), path: p.path, message });
      }
    }
    if (problems.length) {
      problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
      return { ok: false, problems, input: reading.record };
    }
    return { ok: true, article: (result as { ok: true; article: Article }).article };
  } catch (error) {
    return { ok: false, problems: [{ line: 1, message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
