import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { RecapElement, useTakeOver } from '../../shared/recap-element.js';
import { takeOver } from '../../shared/hydrate.js';
import { loadBoth } from '../../shared/load-both.js';
import { baseStyles } from '../../shared/base.styles.js';
import { emit } from '../../shared/events.js';
import type { Response } from '../../data/quiz.js';
import type { Draft } from '../../data/quiz-session.js';
import type { XapiAgent } from '../../data/xapi.js';
import { renderInline } from '../../render/markdown.js';
import type { Article, Question, Quiz } from '../../data/types.js';
import { quizLayoutStyles, quizStyles } from './recap-quiz.styles.js';
import { QuizProgressController } from './progress-controller.js';
import type { OrderingController } from './ordering-controller.js';
import { FocusController } from './focus-controller.js';
import { kindOf, kindsToLoad, type QuizContext, type QuestionContext } from './questions/index.js';
import { orderOf } from './questions/order-of.js';
import { controlsKey, firstControl, renderQuestion } from './questions/question.js';
import { numberKey, renderAllAtOnce, renderOneAtATime } from './steps.js';
import { renderResults } from './results.js';
import { renderPrintSheet } from './print-sheet.js';
import { anonymousActor, answerDetail, completeDetail } from './answer-events.js';
import { readerId } from '../../shared/progress-store.js';
import { usePart } from '../../data/check.js';
import { quizPart } from '../../data/check-quiz.js';

/** The details of the events the element fires (`@fires` below), beside it for code generated from the manifest. */
export type { RecapLoadDetail, RecapErrorDetail, RecapAnswerDetail, RecapCompleteDetail } from '../../shared/events.js';

/**
 * A comprehension quiz on the article: single and multiple choice, true/false,
 * numeric, ordering, fill-in-the-blanks (cloze) and matching questions. Each answer gets per-choice feedback, the
 * explanation and the article's own sentence; the end shows the score, the pass
 * mark, the results band and a review of every answer. Progress is saved as the
 * reader goes (keyed by the article id and the quiz content) and resumes after a
 * reload; "Start over" clears it. Works by keyboard alone: Tab between controls,
 * arrows within a choice group, Space to pick up and arrows to move an ordering item,
 * Enter to pick a matching item and Enter again on its match.
 *
 * @summary The article's comprehension quiz.
 * @tag recap-quiz
 *
 * @fires {RecapLoadDetail} recap-load - The data from `src` or inline JSON is valid and shown. Detail: `{ article, source }`.
 * @fires {RecapErrorDetail} recap-error - The data from `src` or inline JSON could not be loaded or is invalid. Detail: `{ problems, source, leftOut? }` (leftOut: what was left out when the rest is still shown).
 * @fires {RecapAnswerDetail} recap-answer - The reader checked an answer. Detail: `{ articleId, questionId, questionType, index, response, correct, points, maxPoints, score, article, actor }` (`statementFor(event)` in `recap-widgets/xapi` makes its xAPI "answered" statement; `points` may be a share of `maxPoints` for a partly right cloze or matching question, whose `correct` is false).
 * @fires {RecapCompleteDetail} recap-complete - The reader answered the last question. Detail: `{ articleId, score, answers, article, actor }` (`statementFor(event)` in `recap-widgets/xapi` makes its xAPI "completed" statement).
 *
 * @slot - An optional `<script type="application/json">` holding the article data.
 *
 * @csspart base - The quiz (also `error` or `placeholder` in those states).
 * @csspart heading - The quiz title.
 * @csspart intro - The introduction.
 * @csspart start-over - The "start over" button.
 * @csspart progress - "Question 3 of 8" and its bar.
 * @csspart question - One question (a fieldset).
 * @csspart prompt - The question's prompt.
 * @csspart choice - One answer option (also `choice-correct`, `choice-incorrect` after checking).
 * @csspart input - The numeric answer field.
 * @csspart blank - A blank of a cloze question (a text field, or a list to pick from).
 * @csspart match-item - An item of a matching question (a button that picks it up to be matched).
 * @csspart match-target - A target of a matching question (a button that matches the picked item with it).
 * @csspart order-item - One item of an ordering question.
 * @csspart drag-handle - The handle that picks up an ordering item (pointer drag, or Space then arrow keys).
 * @csspart move-button - The move up/down buttons of an ordering question.
 * @csspart feedback - Right or wrong, the explanation and the evidence.
 * @csspart evidence - The sentence of the article that gives the answer.
 * @csspart button - The check / next / results button.
 * @csspart score - The running score.
 * @csspart results - The final score, pass mark and results band.
 * @csspart review - The list of every question with the reader's and the right answer.
 * @csspart retry - The "Start over" button on the results screen (the same action as `start-over` during the quiz).
 * @csspart print-sheet - The question sheet that replaces the quiz when printed, and without JavaScript.
 * @csspart needs-script - The line saying that checking answers needs JavaScript (shown only without it).
 *
 * @cssprop [--recap-accent=#1d4ed8] - Accent colour: buttons, selection.
 * @cssprop [--recap-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--recap-correct=#15803d] - Colour for right answers.
 * @cssprop [--recap-incorrect=#b91c1c] - Colour for wrong answers.
 * @cssprop [--recap-text=inherit] - Text colour.
 * @cssprop [--recap-muted] - Secondary text colour.
 * @cssprop [--recap-surface=transparent] - Background.
 * @cssprop [--recap-border] - Border colour.
 * @cssprop [--recap-font-family=inherit] - Font family.
 * @cssprop [--recap-font-scale=1] - Multiplies every font size.
 * @cssprop [--recap-radius=0.5rem] - Corner radius.
 * @cssprop [--recap-space=1rem] - Base spacing.
 * @cssprop [--recap-reserved-block-size=28rem] - Height kept free while data loads from `src`.
 * @cssprop [--recap-link] - Link colour (defaults to the accent).
 * @cssprop [--recap-focus] - Focus outline colour (defaults to the accent).
 */
export class RecapQuiz extends RecapElement {
  // The quiz's part of the contract is checked wherever this element is on the page (summary- and
  // figures-only bundles leave it out).
  // Pre-rendered, it is taken over when the reader nears or touches it.
  static {
    usePart(quizPart);
    useTakeOver(takeOver);
  }
  /** Reactive properties and their attributes (declared here rather than by decorators: no decorator code in the bundles). */
  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    persist: { reflect: true },
    printAnswerKey: { attribute: 'print-answer-key', type: Boolean, reflect: true },
    xapiActor: { attribute: false },
    errors: { state: true },
    announcement: { state: true },
  };

  static override readonly defaultTag = 'recap-quiz';
  static override styles = [baseStyles, quizStyles, quizLayoutStyles];
  protected readonly errorKey = 'errorQuiz' as const;
  static override readonly part = '/quiz';

  /** `one-at-a-time` (default): one question per step, with "3 of 8". `all`: every question on one page, one submit. */
  mode: 'one-at-a-time' | 'all' = 'one-at-a-time';

  /** `local` (default): save progress in this browser and resume it. `none`: keep nothing after the page closes. */
  persist: 'local' | 'none' = 'local';

  /** When set, a printed quiz includes the answer key; otherwise it prints the questions only. */
  printAnswerKey = false;

  /**
   * Who answers (`actor` in the events' details, for xAPI statements). Default: an anonymous account named by a random
   * id of this reader's, kept in the browser (with `persist="local"`) across quizzes and "start over".
   */
  xapiActor?: XapiAgent;

  /** Why the last submit could not check a question, by question id. */
  private errors = new Map<string, string>();
  private announcement = '';

  readonly #saved = new QuizProgressController(this, () => ({
    articleId: this.data?.id,
    quiz: this.data?.quiz,
    persist: this.persist,
    hydrating: this.hydrating,
  }));
  readonly #focusTargets = new FocusController(this);
  #orderingController?: OrderingController;
  /** Made when an ordering question first renders, by the ordering module (loaded only for quizzes that have one). */
  #ordering: QuestionContext['ordering'] = (make) =>
    (this.#orderingController ??= make(this, {
      orderOf: (q) => orderOf(q, this.#saved.draftOf(q), this.#saved.progress!),
      setOrder: (q, order) => this.#setDraft(q, { order }),
      announce: (key, vars) => (this.announcement = this.t(key, vars)),
      focusLater: (key) => this.#focusTargets.later(key),
    }));

  /** Focuses where the quiz itself puts focus on a new step: the question's number, or the score. */
  override focus(options?: FocusOptions): void {
    const p = this.#saved.progress;
    const q = this.#saved.questions[this.mode === 'all' ? 0 : (p?.index ?? 0)];
    const target = p?.finished ? this.#focusTargets.get('results') : q && this.#focusTargets.get(numberKey(q));
    if (target) target.focus(options);
    else super.focus(options);
  }

  get #context(): QuizContext {
    return { t: this.t, locale: this.locale, quiz: this.data!.quiz!, seed: this.#saved.progress!.seed };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A server runs no controller hooks; the progress (a new reader's, no storage) is needed to render.
    if (isServer) this.#saved.hostUpdate();
  }

  #setDraft(q: Question, draft: Draft): void {
    this.#saved.setDraft(q, draft);
    if (this.errors.has(q.id)) {
      const errors = new Map(this.errors);
      errors.delete(q.id);
      this.errors = errors;
    }
  }

  #startOver(): void {
    this.#saved.startOver();
    this.errors = new Map();
    this.#orderingController?.release();
    this.announcement = '';
    const first = this.#saved.questions[0];
    if (first) this.#focusTargets.later(numberKey(first));
  }

  protected override shownText(article: Article): object {
    return article.quiz ?? [];
  }

  /** A quiz with a rarer question type (ordering, cloze, matching) also loads that type's module. */
  protected override codeToLoad(article: Article): (() => Promise<unknown>) | undefined {
    return loadBoth(super.codeToLoad(article), article.quiz && kindsToLoad(article.quiz));
  }

  protected renderReady(article: Article): TemplateResult {
    const quiz = article.quiz;
    const p = this.#saved.progress;
    if (!quiz || !p) return html`${this.heading(this.t('quizHeading'))}`;
    const ctx = this.#context;
    const view = { ...ctx, article, questions: this.#saved.questions, answers: this.#saved.answers, keep: (key: string) => this.#focusTargets.keep(key) };
    return html`
      <div class="header">
        ${this.heading(quiz.title ? quiz.title : this.t('quizHeading'))}
        ${this.#saved.started && !p.finished
          ? html`<button type="button" part="start-over" class="secondary small" @click=${this.#startOver}>${this.t('startOver')}</button>`
          : nothing}
      </div>
      ${quiz.intro ? html`<p part="intro" class="intro">${renderInline(quiz.intro)}</p>` : nothing}
      ${p.finished
        ? renderResults({ ...view, heading: (content, depth, part) => this.heading(content, depth, part), onRetry: () => this.#startOver() })
        : (this.mode === 'all' ? renderAllAtOnce : renderOneAtATime)({
            ...view,
            index: p.index,
            missing: this.#saved.questions.filter((q) => this.errors.has(q.id)).length,
            question: (q, response) => this.#renderQuestion(q, response),
            // Lit calls listeners with the host as `this`.
            onSubmit: this.mode === 'all' ? this.#onSubmitAll : this.#onSubmitOne,
          })}
      <p class="visually-hidden" aria-live="assertive">${this.announcement}</p>
      ${renderPrintSheet(this.#saved.questions, ctx, this.printAnswerKey)}
    `;
  }

  #renderQuestion(q: Question, response: Response | undefined): TemplateResult {
    return renderQuestion(q, {
      ...this.#context,
      draft: this.#saved.draftOf(q),
      response,
      error: this.errors.get(q.id),
      setDraft: (draft) => this.#setDraft(q, draft),
      ordering: this.#ordering,
      keep: (key) => this.#focusTargets.keep(key),
      focusLater: (key) => this.#focusTargets.later(key),
      announce: (key, vars) => (this.announcement = this.t(key, vars)),
    });
  }

  // ---- answering ----

  /** Moves focus to the first control of a question that still needs an answer. */
  #focusControls(q: Question): void {
    this.#focusTargets.later(controlsKey(q), firstControl);
  }

  #onSubmitOne(e: Event): void {
    e.preventDefault();
    const order = this.#saved.questions;
    const index = this.#saved.progress!.index;
    const q = order[index];
    if (!q) return;
    if (this.#saved.answers.has(q.id)) {
      const next = order[index + 1];
      this.#saved.commit(next ? { index: index + 1 } : { finished: true });
      this.#focusTargets.later(next ? numberKey(next) : 'results');
      return;
    }
    const r = kindOf(q).read(q, this.#saved.draftOf(q), this.#context);
    if (typeof r === 'string') {
      this.errors = new Map([[q.id, r]]);
      if (kindOf(q).refocusOnError) this.#focusControls(q);
      return;
    }
    this.errors = new Map();
    this.announcement = '';
    // Checked controls become disabled; keep keyboard focus on the button that now says "Next".
    this.#focusTargets.later('action');
    this.#record([[q, r]]);
  }


  #onSubmitAll(e: Event): void {
    e.preventDefault();
    const errors = new Map<string, string>();
    const responses: [Question, Response][] = [];
    for (const q of this.#saved.questions) {
      const r = kindOf(q).read(q, this.#saved.draftOf(q), this.#context);
      if (typeof r === 'string') errors.set(q.id, r);
      else responses.push([q, r]);
    }
    this.errors = errors;
    const first = this.#saved.questions.find((q) => errors.has(q.id));
    if (first) return this.#focusControls(first);
    this.#record(responses);
    this.#saved.commit({ finished: true });
    this.#focusTargets.later('results');
  }


  /** Stores checked answers and tells the page: recap-answer for each, recap-complete when all are in. */
  #record(entries: [Question, Response][], article = this.data as Article & { quiz: Quiz }): void {
    const actor = this.xapiActor ?? anonymousActor(readerId(this.persist !== 'none'));
    const running = new Map(this.#saved.answers);
    this.#saved.answer(entries);
    const order = this.#saved.questions;
    for (const [q, r] of entries) emit(this, 'recap-answer', answerDetail(article, q, r, order.indexOf(q), running.set(q.id, r), actor));
    if (this.#saved.answers.size === article.quiz.questions.length) emit(this, 'recap-complete', completeDetail(article, order, this.#saved.answers, actor));
  }
}
