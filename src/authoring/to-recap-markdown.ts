/**
 * toRecapMarkdown: an article record -> Recap Markdown, the inverse of parseRecapMarkdown.
 * Text is written as it is (it is Markdown already). A value that would read back
 * differently where it stands (a line break in a one-line field, leading spaces, a
 * `{…}` at the end of a heading) is written in the escaped form `` `"…"` ``; the writer
 * finds those by reading its own output back, so the round trip is lossless by construction.
 */
import { stringify } from 'yaml';
import type { Article } from '../data/types.js';
import { SCHEMA_VERSION } from '../data/article-schema.js';
import { readRecapMarkdown } from './parse-recap-markdown.js';
import { FORMAT_KEYS, escapeText, writeNumber, writeOptions } from './syntax.js';
import { writeClozeText, writeMatchList } from './read-cloze-matching.js';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where the natural form did not read back, every text field of that part is escaped. */
interface Escapes {
  summary: boolean;
  figures: Set<number>;
  questions: Set<number>;
  body: boolean;
}

const FRONT_MATTER_SKIP = new Set(['schemaVersion', 'summary', 'figures', 'quiz', 'body']);

export function toRecapMarkdown(article: Article): string {
  const a = article as unknown as Rec;
  const escapes: Escapes = { summary: false, figures: new Set(), questions: new Set(), body: false };
  let text = write(a, escapes);
  // Read it back; escape whatever part did not come back the same, once.
  const back = readRecapMarkdown(text).record;
  let again = false;
  if (a.summary !== undefined && !sameValue(back.summary, a.summary)) escapes.summary = again = true;
  const figs = Array.isArray(a.figures) ? a.figures : [];
  const backFigs = Array.isArray(back.figures) ? back.figures : [];
  figs.forEach((f, i) => !sameValue(backFigs[i], f) && escapes.figures.add(i) && (again = true));
  const qs = isRec(a.quiz) && Array.isArray(a.quiz.questions) ? a.quiz.questions : [];
  const backQs = isRec(back.quiz) && Array.isArray(back.quiz.questions) ? back.quiz.questions : [];
  qs.forEach((q, i) => !sameValue(backQs[i], q) && escapes.questions.add(i) && (again = true));
  if (a.body !== undefined && back.body !== a.body) escapes.body = again = true;
  if (again) text = write(a, escapes);
  return text;
}

/** Deep equality that tells -0 from 0 and ignores key order. */
export function sameValue(x: unknown, y: unknown): boolean {
  if (typeof x === 'number' && typeof y === 'number') return Object.is(x, y) || (x === y && x !== 0);
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    return x.every((v, i) => sameValue(v, y[i]));
  }
  if (isRec(x) && isRec(y)) {
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length) return false;
    return kx.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameValue(x[k], y[k]));
  }
  return x === y;
}

function write(a: Rec, escapes: Escapes): string {
  const out: string[] = [];
  out.push(frontMatter(a));
  if (isRec(a.summary)) out.push(summary(a.summary, escapes.summary));
  if (Array.isArray(a.figures)) {
    const figs = a.figures.map((f, i) => figure(f as Rec, i, escapes.figures.has(i)));
    out.push(['# Figures', ...figs].join('\n\n'));
  }
  if (isRec(a.quiz) && Array.isArray(a.quiz.questions)) {
    const qs = a.quiz.questions.map((q, i) => question(q as Rec, i, escapes.questions.has(i)));
    out.push(['# Quiz', ...qs].join('\n\n'));
  }
  if (typeof a.body === 'string') out.push(`# Article\n\n${escapes.body ? escapeText(a.body) : a.body}`);
  return out.join('\n\n') + '\n';
}

function frontMatter(a: Rec): string {
  const fm: Rec = {};
  for (const [k, v] of Object.entries(a)) if (!FRONT_MATTER_SKIP.has(k)) fm[k] = v;
  if (a.schemaVersion !== SCHEMA_VERSION) fm.schemaVersion = a.schemaVersion;
  if (isRec(a.quiz)) {
    const quiz: Rec = {};
    for (const [k, v] of Object.entries(a.quiz)) if (k !== 'questions') quiz[k] = v;
    if (Object.keys(quiz).length) fm.quiz = quiz;
  }
  // No block scalars or folded quotes: YAML reads whitespace-only lines in them as empty, which would lose them.
  const yaml = stringify(fm, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false, blockQuote: false, doubleQuotedAsJSON: true, doubleQuotedMinMultiLineLength: Infinity }).replace(/\n$/, '');
  return `---\n${yaml === '{}' ? '' : yaml + '\n'}---`;
}

/** A one-line text: as written, or escaped. */
const line = (s: unknown, escape: boolean): string => (escape ? escapeText(String(s)) : String(s));

/** `x-…` keys of an object as option entries, with an optional prefix (`claim.`). */
function extensions(o: unknown, prefix = ''): [string, unknown][] {
  if (!isRec(o)) return [];
  return Object.entries(o)
    .filter(([k]) => k.startsWith('x-'))
    .map(([k, v]) => [prefix + k, v]);
}

function formatOptions(format: unknown): [string, unknown][] {
  if (!isRec(format)) return [];
  const known = FORMAT_KEYS.filter((k) => k in format).map((k): [string, unknown] => [k, format[k]]);
  const ext = extensions(format, 'format.');
  return known.length || ext.length ? [...known, ...ext] : [['format', {}]];
}

function summary(s: Rec, escape: boolean): string {
  const parts = [`# Summary${writeOptions(extensions(s))}`];
  const points = Array.isArray(s.points) ? s.points : [];
  if (points.length) parts.push(points.map((p) => `- ${line(p, escape)}`).join('\n'));
  const fields: string[] = [];
  if (s.takeaway !== undefined) fields.push(`Takeaway: ${line(s.takeaway, escape)}`);
  if (s.disclosure !== undefined) fields.push(`Disclosure: ${line(s.disclosure, escape)}`);
  if (fields.length) parts.push(fields.join('\n'));
  return parts.join('\n\n');
}

function quoteLines(e: unknown, escape: boolean): string | undefined {
  if (!isRec(e) || typeof e.quote !== 'string') return undefined;
  const q = escape ? escapeText(e.quote) : e.quote;
  return q
    .split('\n')
    .map((l) => (l === '' ? '>' : `> ${l}`))
    .join('\n');
}

function figure(f: Rec, i: number, escape: boolean): string {
  const opts: [string, unknown][] = [];
  if (f.id !== `f${i + 1}`) opts.push(['#', f.id]);
  if (f.qualifier !== undefined) opts.push(['qualifier', f.qualifier]);
  if (f.asOf !== undefined) opts.push(['asOf', f.asOf]);
  if (f.format !== undefined) opts.push(...formatOptions(f.format));
  opts.push(...extensions(f), ...extensions(f.claim, 'claim.'), ...extensions(f.evidence, 'evidence.'));
  const parts = [`## ${writeNumber(f.value as number)}: ${line(f.label, escape)}${writeOptions(opts)}`];
  const fields: string[] = [];
  if (isRec(f.claim)) {
    fields.push(`Claim: ${line(f.claim.by, escape)} (${String(f.claim.status)})`);
    if (f.claim.note !== undefined) fields.push(`Claim note: ${line(f.claim.note, escape)}`);
  }
  if (fields.length) parts.push(fields.join('\n'));
  const quote = quoteLines(f.evidence, escape);
  if (quote) parts.push(quote);
  return parts.join('\n\n');
}

/** A choice or an item: marker, text, and the id when it is not the default letter. */
function listItem(marker: string, it: Rec, j: number, escape: boolean): string {
  const o: [string, unknown][] = it.id !== String.fromCharCode(97 + j) ? [['#', it.id]] : [];
  o.push(...extensions(it));
  return `${marker} ${line(it.text, escape)}${writeOptions(o)}`;
}

function question(q: Rec, i: number, escape: boolean): string {
  const opts: [string, unknown][] = [];
  if (q.id !== `q${i + 1}`) opts.push(['#', q.id]);
  const answers = Array.isArray(q.answers) ? q.answers : [];
  // The type is written where reading the answers would not give it.
  // A cloze or matching question whose parts the Markdown form cannot hold has them as options (escaped).
  const asOptions = escape && (q.type === 'cloze' || q.type === 'matching');
  if (q.type === 'order' || (q.type === 'multiple' && answers.length < 2) || asOptions) opts.push(['word', q.type]);
  if (q.points !== undefined) opts.push(['points', q.points]);
  if (q.type === 'multiple') {
    const inChoiceOrder = ((Array.isArray(q.choices) ? q.choices : []) as Rec[]).map((c) => c.id).filter((id) => answers.includes(id));
    if (!sameValue(inChoiceOrder, answers)) opts.push(['answers', answers]);
  }
  if (q.figure !== undefined) opts.push(['figure', q.figure]);
  if (q.tolerance !== undefined) opts.push(['tolerance', q.tolerance]);
  if (q.format !== undefined) opts.push(...formatOptions(q.format));
  for (const key of ['caseSensitive', 'ignoreAccents', 'reuseTargets']) if (q[key] !== undefined) opts.push([key, q[key]]);
  if (asOptions) for (const key of q.type === 'cloze' ? ['text', 'blanks'] : ['items', 'targets']) opts.push([key, q[key]]);
  opts.push(...extensions(q), ...extensions(q.evidence, 'evidence.'));
  const parts = [`## ${line(q.prompt, escape)}${writeOptions(opts)}`];
  if (q.type === 'cloze' && !asOptions) parts.push(writeClozeText(q) ?? '');
  if (q.type === 'matching' && !asOptions) parts.push(writeMatchList(q));
  if (q.type === 'single' || q.type === 'multiple') {
    const right = new Set(q.type === 'single' ? [q.answer] : answers);
    const choices = (Array.isArray(q.choices) ? q.choices : []) as Rec[];
    parts.push(
      choices
        .map((c, j) => {
          const head = listItem(`- [${right.has(c.id) ? 'x' : ' '}]`, c, j, escape);
          return c.feedback !== undefined ? `${head}\n  Feedback: ${line(c.feedback, escape)}` : head;
        })
        .join('\n'),
    );
  } else if (q.type === 'order') {
    const items = (Array.isArray(q.items) ? q.items : []) as Rec[];
    parts.push(items.map((it, j) => listItem(`${j + 1}.`, it, j, escape)).join('\n'));
  } else if (q.type === 'true-false') parts.push(`= ${String(q.answer)}`);
  else if (q.type === 'numeric') parts.push(`= ${writeNumber(q.answer as number)}`);
  const quote = quoteLines(q.evidence, escape);
  if (quote) parts.push(quote);
  if (q.explanation !== undefined) parts.push(escape ? escapeText(String(q.explanation)) : String(q.explanation));
  return parts.join('\n\n');
}
