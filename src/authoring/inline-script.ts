/**
 * parseInlineScript: Recap Markdown from a page's `<script type="text/markdown">`, for the
 * elements. It lives here, in the authoring file, so the reader bundles carry only the import.
 */
import type { Problem, ValidationResult } from '../data/types.js';
import { parseRecapMarkdown } from './parse-recap-markdown.js';

/**
 * Markup puts the script's text on the lines after the tag, often indented: reads it as written
 * there, and counts lines from the tag's line, as the page's author sees them.
 */
export function parseInlineScript(text: string): ValidationResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let skipped = 0;
  while (skipped < lines.length - 1 && lines[skipped]!.trim() === '') skipped++;
  const body = lines.slice(skipped);
  const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length));
  const result = parseRecapMarkdown(body.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n'));
  if (result.ok) return result;
  return {
    ok: false,
    input: result.input,
    problems: result.problems.map((p): Problem => ({ path: p.path ?? '', message: p.message, line: p.line + skipped, ...(p.column ? { column: p.column } : {}) })),
  };
}
