/**
 * Compiles an inline `<script type="text/markdown">` (Recap Markdown) into a validated record.
 * The authoring code (marked's lexer is already in the reader; YAML and the compiler are not)
 * is fetched only here, the first time a page has such a script: in the script-tag bundles it
 * is the file recap-authoring.min.js next to the bundle, for npm users a chunk of their build.
 */
import type { Problem, ValidationResult } from '../data/types.js';

export async function compileInlineMarkdown(text: string): Promise<ValidationResult> {
  let authoring: typeof import('../authoring/index.js');
  try {
    authoring = await import('../authoring/index.js');
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `the Recap Markdown compiler (recap-authoring.min.js, next to the Recap script) could not be loaded: ${why}` }] };
  }
  // Markup puts the script's text on the lines after the tag, often indented: read it as written
  // there, and count lines from the tag's line, as a page author sees them.
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let skipped = 0;
  while (skipped < lines.length - 1 && lines[skipped]!.trim() === '') skipped++;
  const body = lines.slice(skipped);
  const indent = Math.min(...body.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length));
  const dedented = body.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
  const result = authoring.parseRecapMarkdown(dedented);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems.map((p): Problem => ({ path: p.path ?? '', message: p.message, line: p.line + skipped, ...(p.column ? { column: p.column } : {}) })),
  };
}
