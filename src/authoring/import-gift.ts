/**
 * importGift: a Moodle GIFT question bank -> a quiz-only record (and its Recap Markdown).
 * Carries over multiple choice (single and multiple right answers), true-false, numeric,
 * short-answer and missing-word (as cloze) and matching questions with their feedback; says,
 * for each thing it cannot carry, what and why.
 * GIFT reference: https://docs.moodle.org/en/GIFT_format
 */
import type { Article } from '../data/types.js';
import { slugId } from '../data/slug.js';
import { SCHEMA_VERSION } from '../data/article-schema.js';
import { validateArticle } from '../data/validate.js';
import { toRecapMarkdown } from './to-recap-markdown.js';

export interface ImportOptions {
  /** The record's id (default "imported-quiz"). */
  id?: string;
  /** The record's title (default "Quiz"). */
  title?: string;
}

export interface ImportResult {
  /** The quiz-only record, as far as it could be carried over. */
  record: Article;
  /** The record as Recap Markdown. */
  markdown: string;
  /** What could not be carried over, and why; one line each, with the source line. */
  warnings: string[];
}

type Rec = Record<string, unknown>;


/** Builds the record, validates it, and writes it; shared by the importers. */
export function finishImport(questions: Rec[], quiz: Rec, options: ImportOptions, warnings: string[]): ImportResult {
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    let id = typeof q.id === 'string' && q.id ? q.id : `q${i + 1}`;
    while (seen.has(id)) id = `${id}-${i + 1}`.slice(-64).replace(/^-+/, '');
    seen.add(id);
    q.id = id;
  });
  const record: Rec = { schemaVersion: SCHEMA_VERSION, id: slugId(options.id ?? '') || 'imported-quiz', title: options.title ?? 'Quiz' };
  if (questions.length) record.quiz = { ...quiz, questions };
  else warnings.push('no question could be carried over, so the quiz is empty');
  const checked = validateArticle(record);
  if (!checked.ok) for (const p of checked.problems) warnings.push(`${p.path}: ${p.message} (fix this in the Markdown)`);
  const markdown = toRecapMarkdown(record as unknown as Article);
  return { record: record as unknown as Article, markdown, warnings };
}

const GIFT_ESCAPES: Record<string, string> = { '~': '~', '=': '=', '#': '#', '{': '{', '}': '}', ':': ':', '\\': '\\', n: '\n' };

/** Removes GIFT's backslash escapes. */
function unescapeGift(s: string): string {
  return s.replace(/\\([~=#{}:\\n])/g, (_, c: string) => GIFT_ESCAPES[c]!);
}

/** Index of the first unescaped `ch` in s from `from`, or -1. */
function findUnescaped(s: string, ch: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === ch) return i;
  }
  return -1;
}

/** Splits an answer block on unescaped markers `=` and `~` (answers start with one). */
interface GiftAnswer {
  right: boolean;
  weight?: number;
  text: string;
  feedback?: string;
}

function splitAnswers(body: string): { answers: GiftAnswer[]; general?: string } {
  let general: string | undefined;
  const g = body.indexOf('####');
  let rest = body;
  if (g >= 0 && body[g - 1] !== '\\') {
    general = body.slice(g + 4).trim();
    rest = body.slice(0, g);
  }
  const answers: GiftAnswer[] = [];
  let i = 0;
  let current: { marker: string; raw: string } | undefined;
  const flush = () => {
    if (!current) return;
    let raw = current.raw;
    let weight: number | undefined;
    const w = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(raw);
    if (w) {
      weight = Number(w[1]);
      raw = raw.slice(w[0].length);
    }
    const hash = findUnescaped(raw, '#');
    const text = unescapeGift((hash >= 0 ? raw.slice(0, hash) : raw).trim());
    const feedback = hash >= 0 ? unescapeGift(raw.slice(hash + 1).trim()) : undefined;
    answers.push({ right: current.marker === '=', weight, text, ...(feedback ? { feedback } : {}) });
  };
  for (; i < rest.length; i++) {
    const c = rest[i]!;
    if (c === '\\') {
      if (current) current.raw += c + (rest[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '=' || c === '~') {
      flush();
      current = { marker: c, raw: '' };
      continue;
    }
    if (current) current.raw += c;
  }
  flush();
  return { answers, ...(general ? { general } : {}) };
}

/** Reads a GIFT question bank. Never throws. */
export function importGift(text: string, options: ImportOptions = {}): ImportResult {
  const warnings: string[] = [];
  const questions: Rec[] = [];
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let category: string | undefined;
  let block: { text: string; line: number } | undefined;
  const blocks: { text: string; line: number; category?: string }[] = [];
  const end = () => {
    if (block && block.text.trim()) blocks.push({ ...block, ...(category ? { category } : {}) });
    block = undefined;
  };
  lines.forEach((line, n) => {
    if (/^\s*\/\//.test(line)) return;
    const cat = /^\s*\$CATEGORY:\s*(.*)$/.exec(line);
    if (cat) {
      end();
      category = cat[1]!.trim();
      return;
    }
    if (line.trim() === '') {
      // A blank line ends a question, unless it is inside the answer braces.
      if (block && findUnescaped(block.text, '{') >= 0 && findUnescaped(block.text, '}', findUnescaped(block.text, '{')) < 0) block.text += '\n';
      else end();
      return;
    }
    if (block) block.text += '\n' + line;
    else block = { text: line, line: n + 1 };
  });
  end();

  for (const b of blocks) {
    const q = readGiftQuestion(b.text, b.line, warnings);
    if (!q) continue;
    if (b.category) q['x-gift-category'] = b.category;
    questions.push(q);
  }
  if (blocks.some((b) => b.category)) warnings.push('$CATEGORY: Recap has no question categories; each question keeps its category as "x-gift-category"');
  return finishImport(questions, {}, options, warnings);
}

function readGiftQuestion(source: string, line: number, warnings: string[]): Rec | undefined {
  const at = `line ${line}`;
  let s = source.trim();
  let title: string | undefined;
  const t = /^::((?:\\.|[^:\\]|:(?!:))*)::/.exec(s);
  if (t) {
    title = unescapeGift(t[1]!.trim());
    s = s.slice(t[0].length).trim();
  }
  const fmt = /^\[(html|moodle|plain|markdown)\]/i.exec(s);
  if (fmt) {
    if (fmt[1]!.toLowerCase() === 'html') warnings.push(`${at}: [html] text is kept as written; Recap shows HTML tags as text, not markup`);
    s = s.slice(fmt[0].length);
  }
  const open = findUnescaped(s, '{');
  const name = title ? `"${title}" (${at})` : at;
  if (open < 0) {
    warnings.push(`${name}: a description without answers (no "{…}"); Recap has no text-only questions, so it is left out`);
    return undefined;
  }
  const close = findUnescaped(s, '}', open);
  if (close < 0) {
    warnings.push(`${name}: the answers are not closed with "}"; the question is left out`);
    return undefined;
  }
  const before = unescapeGift(s.slice(0, open).trim());
  const after = unescapeGift(s.slice(close + 1).trim());
  const body = s.slice(open + 1, close).trim();
  const oneLine = (t: string) => t.replace(/\s*\n\s*/g, ' ').trim();
  const prompt = oneLine(after ? `${before} … ${after}` : before);
  const q: Rec = { id: title ? slugId(title) : '', prompt };

  if (body === '') {
    warnings.push(`${name}: an essay question (free text, marked by hand) has no Recap type; left out`);
    return undefined;
  }
  if (/^(T|TRUE|F|FALSE)\b/i.test(body)) {
    const m = /^(T|TRUE|F|FALSE)\s*((?:#(?:\\.|[^#\\])*){0,2})\s*(?:####([\s\S]*))?$/i.exec(body);
    if (!m) {
      warnings.push(`${name}: a true-false answer that cannot be read ("${body}"); left out`);
      return undefined;
    }
    q.type = 'true-false';
    q.answer = /^t/i.test(m[1]!);
    const feedback = m[2]!.split(/(?<!\\)#/).slice(1).map((f) => unescapeGift(f.trim())).filter(Boolean);
    const explanation = [m[3] ? unescapeGift(m[3].trim()) : '', ...feedback].filter(Boolean);
    if (feedback.length) warnings.push(`${name}: true-false feedback for each answer has no place in Recap; it is added to the explanation`);
    if (explanation.length) q.explanation = explanation.join('\n\n');
    return q;
  }
  if (body.startsWith('#')) return readGiftNumeric(q, body.slice(1), name, warnings);

  const { answers, general } = splitAnswers(body);
  if (general) q.explanation = unescapeGift(general);
  if (!answers.length) {
    warnings.push(`${name}: no answers could be read in "{${body}}"; left out`);
    return undefined;
  }
  if (answers.some((a) => /->/.test(a.text))) return readGiftMatching(q, answers, name, warnings);
  // Only "=" answers, no "~": the reader types the answer (short answer); a gap in the text
  // with "~" answers is a missing word picked from a list. Both are a cloze with one blank.
  if (answers.every((a) => a.right) || after) {
    const full = answers.filter((a) => a.right && (a.weight === undefined || a.weight === 100));
    const partial = answers.filter((a) => a.weight !== undefined && a.weight > 0 && a.weight < 100);
    if (partial.length) warnings.push(`${name}: partial credit (${partial.map((a) => `${a.weight}% for "${a.text}"`).join(', ')}) has no place in a Recap blank; only full-credit answers are accepted`);
    const blank: Rec = { id: 'b1', answers: full.map((a) => a.text) };
    if (!answers.every((a) => a.right)) blank.choices = answers.map((a) => a.text);
    q.type = 'cloze';
    q.text = oneLine(after ? `${before} {{b1}} ${after}` : '{{b1}}');
    q.blanks = [blank];
    if (answers.some((a) => a.feedback)) q.explanation = [q.explanation, ...answers.filter((a) => a.feedback).map((a) => `${a.text}: ${a.feedback}`)].filter(Boolean).join('\n\n');
    return q;
  }
  const choices = answers.map((a, j) => ({ id: String.fromCharCode(97 + j), text: a.text, ...(a.feedback ? { feedback: a.feedback } : {}) }));
  q.choices = choices;
  const weighted = answers.some((a) => a.weight !== undefined);
  const right = answers.map((a, j) => ({ a, id: choices[j]!.id })).filter(({ a }) => (weighted ? a.right || (a.weight ?? 0) > 0 : a.right));
  if (weighted) {
    const partial = answers.filter((a) => a.weight !== undefined && a.weight > 0 && a.weight < 100);
    if (partial.length && answers.filter((a) => a.right).length === 1)
      warnings.push(`${name}: partial credit (${partial.map((a) => `${a.weight}% for "${a.text}"`).join(', ')}) has no place in Recap; only the = answer counts as right`);
  }
  if (weighted && answers.filter((a) => a.right).length === 0) {
    q.type = 'multiple';
    q.answers = right.map((r) => r.id);
    if (answers.some((a) => (a.weight ?? 0) < 0)) warnings.push(`${name}: negative marks for wrong choices have no place in Recap; the reader must pick exactly the right ones`);
  } else if (answers.filter((a) => a.right).length === 1) {
    q.type = 'single';
    q.answer = choices[answers.findIndex((a) => a.right)]!.id;
  } else {
    q.type = 'multiple';
    q.answers = answers.map((a, j) => (a.right ? choices[j]!.id : '')).filter(Boolean);
  }
  if (choices.length > 8) warnings.push(`${name}: ${choices.length} choices; Recap allows at most 8`);
  return q;
}

/** `{=item -> target …}`: a matching question; `= -> target` is a target no item matches, the same target text twice one reused target. */
function readGiftMatching(q: Rec, answers: GiftAnswer[], name: string, warnings: string[]): Rec | undefined {
  const items: Rec[] = [];
  const targets: Rec[] = [];
  const targetId = (text: string) => {
    let t = targets.find((x) => x.text === text);
    if (!t) targets.push((t = { id: `t${targets.length + 1}`, text }));
    return t.id as string;
  };
  for (const a of answers) {
    const at = a.text.indexOf('->');
    const left = a.text.slice(0, at).trim();
    const right = a.text.slice(at + 2).trim();
    if (!right) {
      warnings.push(`${name}: the pair "${a.text}" has no target; left out of the question`);
      continue;
    }
    if (left) items.push({ id: String.fromCharCode(97 + items.length), text: left, match: targetId(right) });
    else targetId(right);
  }
  q.type = 'matching';
  q.items = items;
  q.targets = targets;
  if (new Set(items.map((i) => i.match)).size < items.length) q.reuseTargets = true;
  if (answers.some((a) => a.feedback)) warnings.push(`${name}: feedback on a pair has no place in a matching question; left out`);
  return q;
}

function readGiftNumeric(q: Rec, body: string, name: string, warnings: string[]): Rec | undefined {
  let general: string | undefined;
  const g = body.indexOf('####');
  if (g >= 0) {
    general = body.slice(g + 4).trim();
    body = body.slice(0, g);
  }
  if (general) q.explanation = unescapeGift(general);
  q.type = 'numeric';
  // Several answers: {#=5:0 =%50%5:2}; the full-credit one is the answer.
  const options = /^\s*=/.test(body) ? splitAnswers(body).answers : [{ right: true, text: body.replace(/(?<!\\)#[\s\S]*$/, '').trim(), feedback: undefined as string | undefined }];
  const full = options.find((o) => o.right && ((o as GiftAnswer).weight === undefined || (o as GiftAnswer).weight === 100)) ?? options[0];
  if (!full) {
    warnings.push(`${name}: a numeric answer that cannot be read; left out`);
    return undefined;
  }
  if (options.length > 1) warnings.push(`${name}: ${options.length - 1} further numeric answer(s) with partial credit have no place in Recap; only ${full.text} counts`);
  const range = /^(-?[\d.]+(?:e[+-]?\d+)?)\.\.(-?[\d.]+(?:e[+-]?\d+)?)$/i.exec(full.text);
  const tol = /^(-?[\d.]+(?:e[+-]?\d+)?)(?::(-?[\d.]+(?:e[+-]?\d+)?))?$/i.exec(full.text);
  if (range) {
    const lo = Number(range[1]);
    const hi = Number(range[2]);
    q.answer = (lo + hi) / 2;
    q.tolerance = Math.abs(hi - lo) / 2;
  } else if (tol) {
    q.answer = Number(tol[1]);
    if (tol[2] !== undefined && Number(tol[2]) !== 0) q.tolerance = Math.abs(Number(tol[2]));
  } else {
    warnings.push(`${name}: the numeric answer "${full.text}" cannot be read; left out`);
    return undefined;
  }
  if (full.feedback) q.explanation = [q.explanation, full.feedback].filter(Boolean).join('\n\n');
  return q;
}
