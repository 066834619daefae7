/**
 * What a file or pasted text is, read into a draft: JSON as an article (even an invalid one, to
 * fix in the form), a GIFT file, Recap Markdown (front matter first), a quizdown quiz (task
 * lists), or else the article's own text. The formats load on first use.
 */
import type { Draft } from './draft.js';
import { articleFromText, emptyArticle, slug } from './edit.js';

export type Opened =
  | { ok: true; draft: Draft; kind: 'json' | 'markdown' | 'gift' | 'quizdown' | 'text'; warnings: readonly string[] }
  | { ok: false; reason: string; line?: number };

const formats = () => import('./formats.js');
const TASK_LIST = /^\s*[-*] \[[ xX]\]/m;

export async function readDraft(text: string, name: string): Promise<Opened> {
  const clean = text.replace(/^\uFEFF/, '');
  if (/\.json$/i.test(name) || /^\s*\{/.test(clean)) {
    let value: unknown;
    try {
      value = JSON.parse(clean);
    } catch {
      const result = (await formats()).parseArticleJson(text, name || 'the file');
      const p = result.ok ? undefined : result.problems[0];
      return { ok: false, reason: p?.message ?? '', ...(p?.line ? { line: p.line } : {}) };
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'not-object' };
    return { ok: true, draft: value as Draft, kind: 'json', warnings: [] };
  }
  const id = slug(name.replace(/\..*$/, ''), 'quiz');
  if (/\.gift(\.txt)?$/i.test(name)) {
    const result = (await formats()).importGift(text, { id });
    return { ok: true, draft: structuredClone(result.record) as Draft, kind: 'gift', warnings: result.warnings };
  }
  if (clean.trimStart().startsWith('---')) {
    const result = (await formats()).parseRecapMarkdown(text);
    if (result.ok) return { ok: true, draft: structuredClone(result.article) as Draft, kind: 'markdown', warnings: [] };
    if (!TASK_LIST.test(text)) {
      const p = result.problems[0]!;
      return { ok: false, reason: p.message, line: p.line };
    }
  }
  if (TASK_LIST.test(text)) {
    const result = (await formats()).importQuizdown(text, { id });
    return { ok: true, draft: structuredClone(result.record) as Draft, kind: 'quizdown', warnings: result.warnings };
  }
  return { ok: true, draft: articleFromText(text, emptyArticle()), kind: 'text', warnings: [] };
}
