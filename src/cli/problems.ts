/** How the CLI prints a problem: `FILE:LINE:COL: message` in text, `FILE: /pointer: message` in data, `FILE: message` for the whole file. */
import type { Problem } from '../data/types.js';

type AnyProblem = Pick<Problem, 'message' | 'line' | 'column' | 'excerpt'> & { path?: string | undefined };

export function problemLine(file: string, p: AnyProblem): string {
  if (p.line !== undefined) return `${file}:${p.line}:${p.column ?? 1}: ${p.message}${p.excerpt ? '\n' + p.excerpt.replace(/^/gm, '    ') : ''}`;
  return p.path ? `${file}: ${p.path}: ${p.message}` : `${file}: ${p.message}`;
}

export function printProblems(file: string, problems: readonly AnyProblem[], out: NodeJS.WritableStream): void {
  for (const p of problems) out.write(problemLine(file, p) + '\n');
}
