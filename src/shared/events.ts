/**
 * The events Recap elements fire. All bubble and cross shadow roots; their
 * detail types are declared once here and added to HTMLElementEventMap, so
 * `el.addEventListener('recap-answer', e => e.detail.correct)` is typed.
 */
import type { Article, Problem, QuestionType } from '../data/types.js';
import type { Response, Score } from '../data/quiz.js';
import type { XapiAgent } from '../data/xapi.js';

export type DataSource = 'property' | 'src' | 'inline';

export interface RecapLoadDetail {
  /** The validated article now shown. */
  article: Article;
  /** Where it came from: the `article` property, the `src` URL or inline JSON. */
  source: DataSource;
}
export interface RecapErrorDetail {
  /** What is wrong: each problem's `path` (a JSON Pointer into the data) and `message` (plain words). */
  problems: readonly Problem[];
  /** Where the data came from: the `article` property, the `src` URL or inline JSON. */
  source: DataSource;
  /**
   * Set when the widget still shows the parts without problems: the JSON Pointers of what it
   * left out ("/quiz", "/figures/2", "/quiz/questions/3"). Absent when nothing is shown.
   */
  leftOut?: readonly string[];
}
export interface RecapAnswerDetail {
  /** The article's `id`. */
  articleId: string;
  /** The question's `id`. */
  questionId: string;
  /** `single`, `multiple`, `true-false`, `numeric`, `order`, `cloze` or `matching`. */
  questionType: QuestionType;
  /** 0-based position of the question in the quiz as the reader sees it. */
  index: number;
  /** What the reader answered, by type: `{ type: 'single', choice }`, `{ type: 'multiple', choices }`, `{ type: 'true-false', value }`, `{ type: 'numeric', value }`, `{ type: 'order', order }`, `{ type: 'cloze', blanks }` or `{ type: 'matching', pairs }` (choice and item ids, blank texts, item-target id pairs). */
  response: Response;
  /** Whether the answer is right. */
  correct: boolean;
  /** Points scored for this question. */
  points: number;
  /** Points the question is worth. */
  maxPoints: number;
  /** The score so far, after this answer. */
  score: Score;
  /** The article the quiz shows (the same object as `recap-load`'s), for what the ids above refer to. */
  article: Article;
  /** Who answered: the quiz's `xapiActor`, or an anonymous account named by the reader's random id. `statementFor(event)` from `recap-widgets/xapi` makes the xAPI statement of this answer. */
  actor: XapiAgent;
}
export interface RecapCompleteDetail {
  /** The article's `id`. */
  articleId: string;
  /** The final score: `points`, `maxPoints`, `percent`, `correct`, `answered`, `total`, `passed` (undefined without a pass mark) and the results `band`. */
  score: Score;
  /** Every question's response and whether it was right, in the order the reader saw them. */
  answers: { questionId: string; response: Response; correct: boolean }[];
  /** The article the quiz shows. */
  article: Article;
  /** Who answered (as in `recap-answer`). `statementFor(event)` from `recap-widgets/xapi` makes the xAPI "completed" statement. */
  actor: XapiAgent;
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
