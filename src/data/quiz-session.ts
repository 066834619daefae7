/**
 * A reader's progress through a quiz, as plain data that can be saved and
 * restored: the shuffle seed, the position, checked answers and unfinished
 * drafts. Saved progress is tied to a hash of the quiz content, so a changed
 * quiz never receives answers meant for another version of it.
 */
import { hashString, shuffled, type Response } from './quiz.js';
import type { Question, QuestionOf, Quiz } from './types.js';

/** What the reader has selected but not yet checked. */
export interface Draft {
  choice?: string;
  choices?: string[];
  value?: boolean;
  text?: string;
  order?: string[];
  /** A cloze question's blanks as typed or picked so far, in the order of its blanks ('' for an empty one). */
  blanks?: string[];
  /** A matching question's pairs so far: [item id, target id]. */
  pairs?: [string, string][];
  /** The item of a matching question picked up to be matched next. */
  picked?: string;
}

export interface QuizProgress {
  version: 1;
  /** quizContentHash of the quiz this progress belongs to. */
  contentHash: string;
  /** Per-reader seed for shuffling; kept until "start over". */
  seed: number;
  /** Position of the current question in the reader's order. */
  index: number;
  /** Checked answers by question id. */
  answers: Record<string, Response>;
  /** Unchecked selections by question id, so a reload mid-answer loses nothing. */
  drafts: Record<string, Draft>;
  finished: boolean;
}

/** A short stable hash of everything in the quiz that affects answers. */
export function quizContentHash(quiz: Quiz): string {
  const text = JSON.stringify(quiz);
  // Two independent 32-bit hashes and the length make accidental collisions negligible.
  return hashString(text).toString(36) + '.' + hashString(text, 0x01000193).toString(36) + '.' + text.length.toString(36);
}

/**
 * The draft that gives the response `r`: what an answered question shows as picked, also when
 * no draft was kept. Typed answers keep the reader's own writing (the `kept` draft) when there is one.
 */
export function draftFor(r: Response, kept: Draft = {}): Draft {
  switch (r.type) {
    case 'single':
      return { choice: r.choice };
    case 'multiple':
      return { choices: [...r.choices] };
    case 'true-false':
      return { value: r.value };
    case 'numeric':
      return { text: kept.text ?? String(r.value) };
    case 'order':
      return { order: [...r.order] };
    case 'cloze':
      // What the reader typed ("4.300"), where the response keeps it as a number reads ("4300").
      return { blanks: kept.blanks?.length === r.blanks.length ? [...kept.blanks] : [...r.blanks] };
    case 'matching':
      return { pairs: r.pairs.map(([item, target]) => [item, target]) };
  }
}

export const progressStorageKey = (articleId: string) => `recap-widgets:quiz:${articleId}`;

/** A new seed from the platform's randomness. */
export function newSeed(): number {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0]!;
  return (Math.random() * 2 ** 32) >>> 0;
}

/**
 * A new reader's progress in a pre-rendered quiz, shuffled by a seed from the quiz content, so
 * the server and the browser that hydrates its HTML put questions and choices in the same order.
 * (The content hash is worked out once: it is most of the cost of a quiz on a server.)
 */
export function prerenderProgress(quiz: Quiz): QuizProgress {
  const contentHash = quizContentHash(quiz);
  return freshProgress(quiz, hashString(contentHash), contentHash);
}

export function freshProgress(quiz: Quiz, seed = newSeed(), contentHash = quizContentHash(quiz)): QuizProgress {
  return { version: 1, contentHash, seed, index: 0, answers: {}, drafts: {}, finished: false };
}

/** The questions in the order this reader sees them. */
export function questionOrder(quiz: Quiz, seed: number): readonly Question[] {
  return quiz.shuffle === 'questions' || quiz.shuffle === 'both' ? shuffled(quiz.questions, seed) : quiz.questions;
}

/** A question's choices in the order this reader sees them. */
export function choiceOrder(quiz: Quiz, q: QuestionOf<'single'> | QuestionOf<'multiple'>, seed: number) {
  return quiz.shuffle === 'choices' || quiz.shuffle === 'both' ? shuffled(q.choices, (seed ^ hashString(q.id)) >>> 0) : q.choices;
}

export type RestoreResult =
  | { status: 'restored'; progress: QuizProgress }
  | { status: 'none' }
  | { status: 'changed' }
  | { status: 'corrupt'; reason: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function validResponse(q: Question, r: unknown): r is Response {
  if (!isObj(r) || r.type !== q.type) return false;
  switch (q.type) {
    case 'single':
      return typeof r.choice === 'string' && q.choices.some((c) => c.id === r.choice);
    case 'multiple':
      return isStrList(r.choices) && r.choices.every((id) => q.choices.some((c) => c.id === id));
    case 'true-false':
      return typeof r.value === 'boolean';
    case 'numeric':
      return typeof r.value === 'number' && Number.isFinite(r.value);
    case 'order':
      return isStrList(r.order) && r.order.length === q.items.length && q.items.every((i) => (r.order as string[]).includes(i.id));
    case 'cloze':
      return isStrList(r.blanks) && r.blanks.length === q.blanks.length;
    case 'matching':
      return Array.isArray(r.pairs) && r.pairs.length === q.items.length && q.items.every((item, i) => isPair(q, (r.pairs as unknown[])[i]) && (r.pairs as string[][])[i]![0] === item.id);
  }
}

/** A pair of this matching question's item and one of its targets. */
const isPair = (q: QuestionOf<'matching'>, p: unknown): p is [string, string] =>
  isStrList(p) && p.length === 2 && q.items.some((i) => i.id === p[0]) && q.targets.some((t) => t.id === p[1]);

function cleanDraft(q: Question, d: unknown): Draft | undefined {
  if (!isObj(d)) return undefined;
  const out: Draft = {};
  if (typeof d.choice === 'string' && 'choices' in q && q.choices.some((c) => c.id === d.choice)) out.choice = d.choice;
  if (isStrList(d.choices) && 'choices' in q) out.choices = d.choices.filter((id) => q.choices.some((c) => c.id === id));
  if (typeof d.value === 'boolean') out.value = d.value;
  if (typeof d.text === 'string') out.text = d.text.slice(0, 200);
  const order = d.order;
  if (isStrList(order) && q.type === 'order' && order.length === q.items.length && q.items.every((i) => order.includes(i.id)))
    out.order = order;
  if (isStrList(d.blanks) && q.type === 'cloze' && d.blanks.length === q.blanks.length) out.blanks = d.blanks.map((b) => b.slice(0, 200));
  if (q.type === 'matching') {
    if (Array.isArray(d.pairs)) out.pairs = d.pairs.filter((p) => isPair(q, p));
    if (q.items.some((i) => i.id === d.picked)) out.picked = d.picked as string;
  }
  return out;
}

/**
 * Reads saved progress for `quiz`. Anything that does not fit this quiz exactly
 * is refused: a different content hash is "changed", anything malformed is "corrupt".
 */
export function restoreProgress(saved: string | null | undefined, quiz: Quiz, contentHash = quizContentHash(quiz)): RestoreResult {
  if (saved === null || saved === undefined || saved === '') return { status: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(saved);
  } catch {
    return { status: 'corrupt', reason: 'saved progress is not JSON' };
  }
  if (!isObj(value) || value.version !== 1) return { status: 'corrupt', reason: 'saved progress has an unknown shape' };
  if (value.contentHash !== contentHash) return { status: 'changed' };
  const { seed, index, answers, drafts, finished } = value;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) return { status: 'corrupt', reason: 'bad seed' };
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= quiz.questions.length)
    return { status: 'corrupt', reason: 'bad position' };
  if (!isObj(answers) || !isObj(drafts) || typeof finished !== 'boolean') return { status: 'corrupt', reason: 'bad answers' };
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const cleanAnswers: Record<string, Response> = {};
  for (const [id, r] of Object.entries(answers)) {
    const q = byId.get(id);
    if (!q || !validResponse(q, r)) return { status: 'corrupt', reason: `bad answer for ${id}` };
    cleanAnswers[id] = r;
  }
  const cleanDrafts: Record<string, Draft> = {};
  for (const [id, d] of Object.entries(drafts)) {
    const q = byId.get(id);
    const clean = q && cleanDraft(q, d);
    if (clean) cleanDrafts[id] = clean;
  }
  if (finished && Object.keys(cleanAnswers).length !== quiz.questions.length) return { status: 'corrupt', reason: 'finished without every answer' };
  return {
    status: 'restored',
    progress: { version: 1, contentHash: value.contentHash as string, seed, index, answers: cleanAnswers, drafts: cleanDrafts, finished },
  };
}

/**
 * A new random id for an anonymous reader (for xAPI): 128 bits from the platform's randomness,
 * as 32 hex digits. Never derived from the shuffle seed, which a pre-rendered page gives every
 * reader alike.
 */
export function newReaderId(): string {
  return Array.from({ length: 4 }, () => newSeed().toString(16).padStart(8, '0')).join('');
}

/** Where a browser keeps its anonymous reader id (one for every quiz of a site, kept across "start over"). */
export const READER_ID_KEY = 'recap-widgets:reader';
export const isReaderId = (s: unknown): s is string => typeof s === 'string' && /^[0-9a-f]{32}$/.test(s);
