/**
 * The events Recap elements fire. All bubble and cross shadow roots; their
 * detail types are declared once here and added to HTMLElementEventMap, so
 * `el.addEventListener('recap-answer', e => e.detail.correct)` is typed.
 */
import type { Article, Problem, QuestionType } from '../data/types.js';
import type { Response, Score } from '../data/quiz.js';
import type { XapiStatement } from '../data/xapi.js';

export type DataSource = 'property' | 'src' | 'inline';

export interface RecapLoadDetail {
  article: Article;
  source: DataSource;
}
export interface RecapErrorDetail {
  problems: readonly Problem[];
  source: DataSource;
}
export interface RecapAnswerDetail {
  articleId: string;
  questionId: string;
  questionType: QuestionType;
  /** 0-based position of the question in the quiz as the reader sees it. */
  index: number;
  response: Response;
  correct: boolean;
  points: number;
  maxPoints: number;
  /** The score so far, after this answer. */
  score: Score;
  /** The same answer as an xAPI 1.0.3 statement (verb "answered", a cmi.interaction activity). */
  statement: XapiStatement;
}
export interface RecapCompleteDetail {
  articleId: string;
  score: Score;
  answers: { questionId: string; response: Response; correct: boolean }[];
  /** The result as an xAPI 1.0.3 statement (verb "completed", the quiz as an assessment). */
  statement: XapiStatement;
}

export type RecapLoadEvent = CustomEvent<RecapLoadDetail>;
export type RecapErrorEvent = CustomEvent<RecapErrorDetail>;
export type RecapAnswerEvent = CustomEvent<RecapAnswerDetail>;
export type RecapCompleteEvent = CustomEvent<RecapCompleteDetail>;

declare global {
  interface HTMLElementEventMap {
    'recap-load': RecapLoadEvent;
    'recap-error': RecapErrorEvent;
    'recap-answer': RecapAnswerEvent;
    'recap-complete': RecapCompleteEvent;
  }
}

/** Every `recap-*` event declared in HTMLElementEventMap (the editor adds its own). */
export type RecapEventName = Extract<keyof HTMLElementEventMap, `recap-${string}`>;

export function emit<K extends RecapEventName>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
