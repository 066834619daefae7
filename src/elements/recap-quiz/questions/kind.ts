import type { nothing, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Response } from '../../../data/quiz.js';
import type { Draft } from '../../../data/quiz-session.js';
import type { QuestionOf, QuestionType, Quiz } from '../../../data/types.js';
import type { MessageKey, Translate, Vars } from '../../../shared/messages.js';
import type { OrderingController, OrderingQuiz } from '../ordering-controller.js';
import type { Keep } from '../focus-controller.js';

/** The response a reader gives to a question of type T. */
export type ResponseOf<T extends QuestionType> = Extract<Response, { type: T }>;

/** What every question module may read: the words, the locale, and the reader's shuffle. */
export interface QuizContext {
  readonly t: Translate;
  readonly locale: string;
  readonly quiz: Quiz;
  /** The reader's shuffle seed (choice and item order). */
  readonly seed: number;
}

/** What a question's controls render from, and the ways they act. */
export interface QuestionContext extends QuizContext {
  /** What the reader has picked or typed but not checked yet. */
  readonly draft: Draft;
  /** The checked answer; once set, the controls are read-only and marked right or wrong. */
  readonly response?: Response;
  /** Why the last submit could not check this question (nothing picked, not a number). */
  readonly error?: string;
  setDraft(draft: Draft): void;
  /** The quiz's ordering controller, made by `make` on first use (only ordering questions need it; its code loads with them). */
  ordering(make: (host: ReactiveControllerHost, quiz: OrderingQuiz) => OrderingController): OrderingController;
  /** Keeps a control focus may move to, by its focus key (see FocusController). */
  readonly keep: Keep;
  /** Moves focus, after the next update, to the control kept under `key`. */
  focusLater(key: string): void;
  /** Says something to screen-reader users (the quiz's live region). */
  announce(key: MessageKey, vars?: Vars): void;
}

/**
 * One question type: everything that differs by type lives in its module under questions/,
 * and the table in questions/index.ts holds one entry per type of the data contract.
 */
export interface Kind<T extends QuestionType = QuestionType> {
  /** The controls the reader answers with, marked right and wrong once answered. */
  render(q: QuestionOf<T>, ctx: QuestionContext): TemplateResult;
  /** The reader's response from their draft, or a message saying what is missing. */
  read(q: QuestionOf<T>, draft: Draft, ctx: QuizContext): ResponseOf<T> | string;
  /** A response in words, for the review, the right answer and the print sheet's key. */
  words(q: QuestionOf<T>, response: ResponseOf<T>, ctx: QuizContext): string;
  /** The right answer in words, when it says more than the right response does (a tolerance). */
  rightWords?(q: QuestionOf<T>, ctx: QuizContext): string;
  /** What the printed sheet shows under the prompt (the options to choose from). */
  print(q: QuestionOf<T>, ctx: QuizContext): TemplateResult | typeof nothing;
  /** For a type scored part by part (cloze, matching): how many parts the response got right, and of how many. */
  parts?(q: QuestionOf<T>, response: ResponseOf<T>): [right: number, total: number];
  /** Whether a rejected answer takes focus to the control (typed input the reader must fix). */
  readonly refocusOnError?: boolean;
}
