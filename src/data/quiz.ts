/**
 * Quiz logic with no DOM: what counts as right, scores, result bands and
 * deterministic shuffling.
 */
import type { Question, QuestionOf, Quiz, ResultBand } from './types.js';

/** What a reader gave for one question, by question type. */
export type Response =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: readonly string[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'numeric'; value: number }
  | { type: 'order'; order: readonly string[] }
  /** What the reader wrote or picked in each blank, in the order of the question's blanks. */
  | { type: 'cloze'; blanks: readonly string[] }
  /** Each item's id with the id of the target the reader matched it with, in the order of the question's items. */
  | { type: 'matching'; pairs: readonly (readonly [string, string])[] };

export const pointsOf = (q: Question): number => q.points ?? 1;

/** The right answer to a question, as the response a reader would give. */
export function correctResponse(q: Question): Response {
  switch (q.type) {
    case 'single':
      return { type: 'single', choice: q.answer };
    case 'multiple':
      return { type: 'multiple', choices: q.answers };
    case 'true-false':
      return { type: 'true-false', value: q.answer };
    case 'numeric':
      return { type: 'numeric', value: q.answer };
    case 'order':
      return { type: 'order', order: q.items.map((i) => i.id) };
    case 'cloze':
      return { type: 'cloze', blanks: q.blanks.map((b) => b.answers[0]!) };
    case 'matching':
      return { type: 'matching', pairs: q.items.map((i) => [i.id, i.match] as const) };
  }
}

/** A number written as JSON writes it: an accepted answer such as "4300" is also read as a number. */
export const NUMBER_TEXT = /^-?\d+(?:\.\d+)?$/;

type TextRules = Pick<QuestionOf<'cloze'>, 'caseSensitive' | 'ignoreAccents'>;

/**
 * An answer as it is compared: surrounding and repeated spaces dropped, typographic quotes as
 * plain ones, lower case unless the question is case-sensitive, and without accents (é = e)
 * when it ignores them.
 */
export function normalizeAnswer(text: string, rules: TextRules): string {
  let s = text.normalize('NFC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  if (!rules.caseSensitive) s = s.toLowerCase();
  if (rules.ignoreAccents) s = s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return s;
}

/** Whether `given` is an accepted answer of the question's blank `i`. */
export function blankRight(q: QuestionOf<'cloze'>, i: number, given: string | undefined): boolean {
  const blank = q.blanks[i];
  if (!blank || given === undefined) return false;
  const g = normalizeAnswer(given, q);
  return blank.answers.some((a) => normalizeAnswer(a, q) === g || (NUMBER_TEXT.test(a) && NUMBER_TEXT.test(g) && Number(a) === Number(g)));
}

/**
 * The share of a question the response gets right, 0 to 1: each blank of a cloze and each pair of
 * a matching question counts alone (partial credit); the other types are right or wrong.
 */
export function creditOf(question: Question, response: Response): number {
  if (response.type !== question.type) return 0;
  if (question.type === 'cloze') {
    const given = (response as Extract<Response, { type: 'cloze' }>).blanks;
    return question.blanks.filter((_, i) => blankRight(question, i, given[i])).length / question.blanks.length;
  }
  if (question.type === 'matching') {
    const pairs = new Map((response as Extract<Response, { type: 'matching' }>).pairs);
    return question.items.filter((item) => pairs.get(item.id) === item.match).length / question.items.length;
  }
  return isCorrect(question, response) ? 1 : 0;
}

/** Points to two decimals, without binary noise (1/3 of 1 point is 0.33). */
const hundredths = (n: number) => Math.round(n * 100) / 100;

/** The points a response earns: a share of the question's points for a partly right cloze or matching. */
export const pointsEarned = (q: Question, r: Response): number => hundredths(pointsOf(q) * creditOf(q, r));

/** True when `response` is the right answer to `question` under the contract's rules. */
export function isCorrect(question: Question, response: Response): boolean {
  if (response.type !== question.type) return false;
  switch (question.type) {
    case 'single':
      return (response as Extract<Response, { type: 'single' }>).choice === question.answer;
    case 'multiple': {
      const picked = new Set((response as Extract<Response, { type: 'multiple' }>).choices);
      const right = new Set(question.answers);
      return picked.size === right.size && [...right].every((id) => picked.has(id));
    }
    case 'true-false':
      return (response as Extract<Response, { type: 'true-false' }>).value === question.answer;
    case 'numeric':
      return Math.abs((response as Extract<Response, { type: 'numeric' }>).value - question.answer) <= (question.tolerance ?? 0);
    case 'order': {
      const order = (response as Extract<Response, { type: 'order' }>).order;
      return order.length === question.items.length && question.items.every((item, i) => order[i] === item.id);
    }
    case 'cloze':
    case 'matching':
      // Right when every blank (every pair) is; partly right earns points too (creditOf).
      return creditOf(question, response) === 1;
  }
}

export interface Score {
  /** Points earned, to two decimals: a partly right cloze or matching question earns a share of its points. */
  points: number;
  maxPoints: number;
  /** 0-100, rounded to one decimal. */
  percent: number;
  /** Questions answered entirely right. */
  correct: number;
  answered: number;
  total: number;
  /** Undefined when the quiz sets no passPercent. */
  passed: boolean | undefined;
  band: ResultBand | undefined;
}

/** Scores the answers given so far (keyed by question id). */
export function scoreQuiz(quiz: Quiz, responses: ReadonlyMap<string, Response>): Score {
  let points = 0;
  let maxPoints = 0;
  let correct = 0;
  let answered = 0;
  for (const q of quiz.questions) {
    maxPoints += pointsOf(q);
    const r = responses.get(q.id);
    if (!r) continue;
    answered++;
    if (isCorrect(q, r)) correct++;
    points += pointsEarned(q, r);
  }
  points = hundredths(points);
  const percent = maxPoints ? Math.round((points / maxPoints) * 1000) / 10 : 0;
  return {
    points,
    maxPoints,
    percent,
    correct,
    answered,
    total: quiz.questions.length,
    passed: quiz.passPercent === undefined ? undefined : percent >= quiz.passPercent,
    band: resultBand(quiz, percent),
  };
}

/** The band with the highest minPercent not above the score. */
export function resultBand(quiz: Quiz, percent: number): ResultBand | undefined {
  let best: ResultBand | undefined;
  for (const band of quiz.results ?? []) {
    if (band.minPercent <= percent && (!best || band.minPercent > best.minPercent)) best = band;
  }
  return best;
}

/** A small seeded generator (mulberry32): the same seed gives the same order on every reload. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit hash of a string (FNV-1a; another `basis` gives an independent hash). */
export function hashString(s: string, basis = 0x811c9dc5): number {
  let h = basis;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fisher-Yates with a seeded generator; returns a new array. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const rand = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The order an ordering question starts in: never already correct, and the
 * same every time for the same question, so a reader is not handed the answer.
 */
export function startingOrder(question: QuestionOf<'order'>, seed = 0): string[] {
  const ids = question.items.map((i) => i.id);
  let order = shuffled(ids, hashString(question.id) ^ seed);
  if (order.every((id, i) => id === ids[i])) order = [...ids.slice(1), ids[0]!];
  return order;
}

/** Moves one entry of a list by `delta` places; returns a new list. */
export function move<T>(list: readonly T[], from: number, delta: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, from + delta));
  const out = list.slice();
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}
