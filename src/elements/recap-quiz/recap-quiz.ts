import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RecapElement } from '../../shared/recap-element.js';
import { baseStyles } from '../../shared/base.styles.js';
import { emit } from '../../shared/events.js';
import { clearProgressText, loadProgressText, saveProgressText } from '../../shared/progress-store.js';
import { formatNumber, parseLocaleNumber } from '../../data/format.js';
import { correctResponse, isCorrect, move, pointsOf, scoreQuiz, startingOrder, type Response } from '../../data/quiz.js';
import {
  anonymousReaderId,
  choiceOrder,
  freshProgress,
  progressStorageKey,
  quizContentHash,
  questionOrder,
  restoreProgress,
  type Draft,
  type QuizProgress,
} from '../../data/quiz-session.js';
import { answeredStatement, completedStatement, type XapiAgent } from '../../data/xapi.js';
import { plainInline, renderBlock, renderInline } from '../../render/markdown.js';
import { renderEvidence } from '../../render/evidence.js';
import type { Article, Question, QuestionOf, Quiz } from '../../data/types.js';
import { quizLayoutStyles, quizStyles } from './recap-quiz.styles.js';

type ChoiceQuestion = QuestionOf<'single'> | QuestionOf<'multiple'>;

/**
 * A comprehension quiz on the article: single and multiple choice, true/false,
 * numeric and ordering questions. Each answer gets per-choice feedback, the
 * explanation and the article's own sentence; the end shows the score, the pass
 * mark, the results band and a review of every answer. Progress is saved as the
 * reader goes (keyed by the article id and the quiz content) and resumes after a
 * reload; "Start over" clears it. Works by keyboard alone: Tab between controls,
 * arrows within a choice group, Space to pick up and arrows to move an ordering item.
 *
 * @summary The article's comprehension quiz.
 * @tag recap-quiz
 *
 * @fires {RecapLoadEvent} recap-load - The data from `src` or inline JSON is valid and shown. Detail: `{ article, source }`.
 * @fires {RecapErrorEvent} recap-error - The data from `src` or inline JSON could not be loaded or is invalid. Detail: `{ problems, source }`.
 * @fires {RecapAnswerEvent} recap-answer - The reader checked an answer. Detail: `{ articleId, questionId, questionType, index, response, correct, points, maxPoints, score, statement }` (statement: xAPI "answered").
 * @fires {RecapCompleteEvent} recap-complete - The reader answered the last question. Detail: `{ articleId, score, answers, statement }` (statement: xAPI "completed").
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
 * @csspart print-sheet - The question sheet that replaces the quiz when printed.
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
  static override styles = [baseStyles, quizStyles, quizLayoutStyles];
  protected readonly errorKey = 'errorQuiz' as const;

  /** `one-at-a-time` (default): one question per step, with "3 of 8". `all`: every question on one page, one submit. */
  @property({ reflect: true }) mode: 'one-at-a-time' | 'all' = 'one-at-a-time';

  /** `local` (default): save progress in this browser and resume it. `none`: keep nothing after the page closes. */
  @property({ reflect: true }) persist: 'local' | 'none' = 'local';

  /** When set, a printed quiz includes the answer key; otherwise it prints the questions only. */
  @property({ attribute: 'print-answer-key', type: Boolean, reflect: true }) printAnswerKey = false;

  /** Who answers, for the xAPI statements in events. Default: an anonymous account, stable per reader. */
  @property({ attribute: false }) xapiActor?: XapiAgent;

  @state() private progress?: QuizProgress;
  @state() private errors = new Map<string, string>();
  @state() private announcement = '';
  /** The ordering item picked up by keyboard, as question id + item id. */
  @state() private grabbed?: { question: string; item: string };

  private quiz?: Quiz;
  private pendingFocus?: string;
  private drag?: { question: QuestionOf<'order'>; item: string; moved: boolean; pointerId: number };
  private suppressClick = false;

  // ---- progress ----

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const quiz = this.data?.quiz;
    if (quiz && quiz !== this.quiz) {
      this.quiz = quiz;
      this.progress = this.restore(quiz);
    } else if (changed.has('persist') && this.persist === 'none' && this.data) {
      clearProgressText(progressStorageKey(this.data.id));
    }
  }

  private get storageKey(): string | undefined {
    return this.data && this.persist !== 'none' ? progressStorageKey(this.data.id) : undefined;
  }

  private restore(quiz: Quiz): QuizProgress {
    const hash = quizContentHash(quiz);
    // Same article and content again (a new object from a re-fetch): keep what the reader did.
    const current = this.progress;
    if (current && current.contentHash === hash) return current;
    const key = this.storageKey;
    if (!key) return freshProgress(quiz, undefined, hash);
    const result = restoreProgress(loadProgressText(key), quiz, hash);
    if (result.status === 'restored') return result.progress;
    if (result.status === 'corrupt') console.warn(`<recap-quiz>: saved progress for "${this.data!.id}" was unreadable (${result.reason}) and was discarded.`);
    const fresh = freshProgress(quiz, undefined, hash);
    saveProgressText(key, JSON.stringify(fresh));
    return fresh;
  }

  private commit(change: Partial<QuizProgress>): void {
    if (!this.progress) return;
    this.progress = { ...this.progress, ...change };
    const key = this.storageKey;
    if (key) saveProgressText(key, JSON.stringify(this.progress));
  }

  private startOver(): void {
    if (!this.quiz) return;
    const key = this.storageKey;
    if (key) clearProgressText(key);
    this.progress = freshProgress(this.quiz);
    if (key) saveProgressText(key, JSON.stringify(this.progress));
    this.errors = new Map();
    this.grabbed = undefined;
    this.announcement = '';
    this.pendingFocus = `#q-${this.order[0]?.id}`;
  }

  // Both are read many times per render; they change only with the quiz, the seed or the answers.
  private orderMemo?: { quiz: Quiz; seed: number; order: readonly Question[] };
  private answersMemo?: { from: QuizProgress['answers']; map: Map<string, Response> };

  private get order(): readonly Question[] {
    if (!this.quiz || !this.progress) return [];
    const m = this.orderMemo;
    if (m && m.quiz === this.quiz && m.seed === this.progress.seed) return m.order;
    const order = questionOrder(this.quiz, this.progress.seed);
    this.orderMemo = { quiz: this.quiz, seed: this.progress.seed, order };
    return order;
  }

  private get answers(): Map<string, Response> {
    const from = this.progress?.answers ?? {};
    if (this.answersMemo?.from !== from) this.answersMemo = { from, map: new Map(Object.entries(from)) };
    return this.answersMemo.map;
  }

  private draftOf(q: Question): Draft {
    return this.progress?.drafts[q.id] ?? {};
  }

  private setDraft(q: Question, draft: Draft): void {
    this.commit({ drafts: { ...this.progress!.drafts, [q.id]: { ...this.draftOf(q), ...draft } } });
    if (this.errors.has(q.id)) {
      const errors = new Map(this.errors);
      errors.delete(q.id);
      this.errors = errors;
    }
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
      this.pendingFocus = undefined;
      target?.focus();
    }
  }

  // ---- rendering ----

  protected renderReady(article: Article): TemplateResult {
    const quiz = article.quiz;
    const p = this.progress;
    if (!quiz || !p) return html`${this.heading(this.t('quizHeading'))}`;
    const started = Object.keys(p.answers).length > 0 || Object.keys(p.drafts).length > 0 || p.index > 0;
    return html`
      <div class="header">
        ${this.heading(quiz.title ? quiz.title : this.t('quizHeading'))}
        ${started && !p.finished
          ? html`<button type="button" part="start-over" class="secondary small" @click=${this.startOver}>${this.t('startOver')}</button>`
          : nothing}
      </div>
      ${quiz.intro ? html`<p part="intro" class="intro">${renderInline(quiz.intro)}</p>` : nothing}
      ${p.finished ? this.renderResults(article, quiz) : this.mode === 'all' ? this.renderAll(article, quiz) : this.renderOne(article, quiz)}
      <p class="visually-hidden" aria-live="assertive">${this.announcement}</p>
      ${this.renderPrintSheet()}
    `;
  }

  private renderOne(article: Article, quiz: Quiz): TemplateResult {
    const t = this.t;
    const order = this.order;
    const index = Math.min(this.progress!.index, order.length - 1);
    const q = order[index]!;
    const response = this.answers.get(q.id);
    const score = scoreQuiz(quiz, this.answers);
    const last = index === order.length - 1;
    return html`
      <form class="question-form" @submit=${this.onSubmitOne} novalidate>
        <div class="progress" part="progress">
          <p class="muted" id=${`q-${q.id}`} tabindex="-1">
            ${t('questionOf', { n: index + 1, total: order.length })}${pointsOf(q) !== 1 ? html` · ${t('points', { count: pointsOf(q) })}` : nothing}
          </p>
          <progress class="bar" aria-hidden="true" max=${order.length} .value=${index + (response ? 1 : 0)}></progress>
        </div>
        ${this.renderQuestion(q, response)}
        <div class="feedback" part="feedback" role="status">${response ? this.renderFeedback(article, q, response) : nothing}</div>
        <div class="actions">
          <button part="button" class="primary" type="submit" id="action">${response ? (last ? t('seeResults') : t('next')) : t('check')}</button>
          <p class="score" part="score">${t('runningScore', { points: score.points, max: score.maxPoints })}</p>
        </div>
      </form>
    `;
  }

  private renderAll(_article: Article, _quiz: Quiz): TemplateResult {
    const t = this.t;
    const order = this.order;
    const missing = order.filter((q) => this.errors.has(q.id)).length;
    return html`
      <form class="question-form all" @submit=${this.onSubmitAll} novalidate>
        <ol class="all-questions">
          ${order.map(
            (q, i) => html`<li class="all-question">
              <p class="muted" part="progress" id=${`q-${q.id}`} tabindex="-1">
                ${t('questionOf', { n: i + 1, total: order.length })}${pointsOf(q) !== 1 ? html` · ${t('points', { count: pointsOf(q) })}` : nothing}
              </p>
              ${this.renderQuestion(q, undefined)}
            </li>`,
          )}
        </ol>
        <div class="actions">
          <button part="button" class="primary" type="submit" id="action">${t('checkAll')}</button>
          <p class="input-error" role="status">${missing ? t('stillToAnswer', { count: missing }) : nothing}</p>
        </div>
      </form>
    `;
  }

  private renderQuestion(q: Question, response: Response | undefined): TemplateResult {
    const error = this.errors.get(q.id);
    const errorId = `err-${q.id}`;
    return html`
      <fieldset part="question" class="question type-${q.type}" aria-describedby=${error ? errorId : nothing}>
        <legend part="prompt" class="prompt">${renderInline(q.prompt)}</legend>
        ${this.renderControls(q, response)}
      </fieldset>
      <p class="input-error" id=${errorId} ?hidden=${!error}>${error ?? ''}</p>
    `;
  }

  private renderControls(q: Question, response: Response | undefined): TemplateResult {
    switch (q.type) {
      case 'single':
      case 'multiple':
        return this.renderChoices(q, response);
      case 'true-false':
        return this.renderTrueFalse(q, response);
      case 'numeric':
        return this.renderNumeric(q, response);
      case 'order':
        return this.renderOrder(q, response);
    }
  }

  private markPart(mark: string): string {
    return mark === 'correct' || mark === 'missed' ? 'choice choice-correct' : mark === 'incorrect' ? 'choice choice-incorrect' : 'choice';
  }

  private markText(mark: string): string {
    const t = this.t;
    return mark === 'correct' ? t('rightChoice') : mark === 'missed' ? t('missedChoice') : mark === 'incorrect' ? t('wrongChoice') : '';
  }

  private renderChoices(q: ChoiceQuestion, response: Response | undefined): TemplateResult {
    const draft = this.draftOf(q);
    const multiple = q.type === 'multiple';
    const right = new Set(multiple ? q.answers : [q.answer]);
    const picked = new Set(multiple ? (draft.choices ?? []) : draft.choice ? [draft.choice] : []);
    return html`<div class="choices">
      ${choiceOrder(this.quiz!, q, this.progress!.seed).map((c) => {
        const isPicked = picked.has(c.id);
        const mark = response ? (right.has(c.id) ? (isPicked ? 'correct' : 'missed') : isPicked ? 'incorrect' : '') : '';
        const markText = this.markText(mark);
        return html`<label part=${this.markPart(mark)} class="choice ${mark}">
          <input
            type=${multiple ? 'checkbox' : 'radio'}
            name=${q.id}
            value=${c.id}
            .checked=${isPicked}
            ?disabled=${!!response}
            @change=${(e: Event) => this.onChoice(q, c.id, (e.target as HTMLInputElement).checked)}
          />
          <span class="choice-text">${renderInline(c.text)}</span>
          ${markText ? html`<span class="mark">${markText}</span>` : nothing}
          ${response && isPicked && c.feedback ? html`<span class="choice-feedback">${renderInline(c.feedback)}</span>` : nothing}
        </label>`;
      })}
    </div>`;
  }

  private onChoice(q: Question, id: string, on: boolean): void {
    if (q.type === 'multiple') {
      const set = new Set(this.draftOf(q).choices ?? []);
      if (on) set.add(id);
      else set.delete(id);
      this.setDraft(q, { choices: q.choices.map((c) => c.id).filter((c) => set.has(c)) });
    } else if (on) this.setDraft(q, { choice: id });
  }

  private renderTrueFalse(q: QuestionOf<'true-false'>, response: Response | undefined): TemplateResult {
    const t = this.t;
    const draft = this.draftOf(q);
    return html`<div class="choices">
      ${[true, false].map((v) => {
        const isPicked = draft.value === v;
        const mark = response ? (v === q.answer ? (isPicked ? 'correct' : 'missed') : isPicked ? 'incorrect' : '') : '';
        const markText = mark === 'missed' ? t('rightChoice') : this.markText(mark);
        return html`<label part=${this.markPart(mark)} class="choice ${mark}">
          <input type="radio" name=${q.id} value=${String(v)} .checked=${isPicked} ?disabled=${!!response}
            @change=${(e: Event) => (e.target as HTMLInputElement).checked && this.setDraft(q, { value: v })} />
          <span class="choice-text">${v ? t('true') : t('false')}</span>
          ${markText ? html`<span class="mark">${markText}</span>` : nothing}
        </label>`;
      })}
    </div>`;
  }

  private renderNumeric(q: QuestionOf<'numeric'>, response: Response | undefined): TemplateResult {
    const draft = this.draftOf(q);
    const mark = response ? (isCorrect(q, response) ? 'correct' : 'incorrect') : '';
    return html`<label class="numeric ${mark}">
      <span>${this.t('numericLabel')}</span>
      <input
        part="input"
        id=${`num-${q.id}`}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        .value=${draft.text ?? ''}
        ?readonly=${!!response}
        aria-invalid=${this.errors.has(q.id) ? 'true' : 'false'}
        @input=${(e: Event) => this.setDraft(q, { text: (e.target as HTMLInputElement).value })}
      />
    </label>`;
  }

  private orderOf(q: QuestionOf<'order'>): string[] {
    return this.draftOf(q).order ?? startingOrder(q, this.progress!.seed);
  }

  private renderOrder(q: QuestionOf<'order'>, response: Response | undefined): TemplateResult {
    const t = this.t;
    const order = this.orderOf(q);
    const items = new Map(q.items.map((i) => [i.id, i]));
    return html`<p class="hint muted">${t('orderHint')}</p>
      <ol class="order">
        ${order.map((id, i) => {
          const item = items.get(id)!;
          const name = plainInline(item.text);
          const mark = response ? (q.items[i]?.id === id ? 'correct' : 'incorrect') : '';
          const grabbed = this.grabbed?.question === q.id && this.grabbed.item === id;
          const dragging = this.drag?.question.id === q.id && this.drag.item === id;
          return html`<li part="order-item" class="order-item ${mark} ${grabbed || dragging ? 'grabbed' : ''}" data-id=${id}>
            ${response
              ? nothing
              : html`<button type="button" part="drag-handle" class="handle secondary" id=${`grab-${q.id}-${i}`}
                  aria-pressed=${grabbed ? 'true' : 'false'}
                  aria-label=${t('grab', { item: name, position: i + 1, total: order.length })}
                  @click=${() => this.onGrabToggle(q, id)}
                  @keydown=${(e: KeyboardEvent) => this.onGrabKey(e, q, id)}
                  @pointerdown=${(e: PointerEvent) => this.onDragStart(e, q, id)}
                  @pointermove=${(e: PointerEvent) => this.onDragMove(e)}
                  @pointerup=${(e: PointerEvent) => this.onDragEnd(e)}
                  @pointercancel=${(e: PointerEvent) => this.onDragEnd(e)}
                  @blur=${() => this.grabbed?.item === id && (this.grabbed = undefined)}>⠿</button>`}
            <span class="order-text">${renderInline(item.text)}</span>
            ${mark ? html`<span class="mark">${this.markText(mark)}</span>` : nothing}
            ${response
              ? nothing
              : html`<span class="move">
                  <button type="button" part="move-button" class="secondary" id=${`up-${q.id}-${i}`} aria-label=${t('moveUp', { item: name })}
                    aria-disabled=${i === 0 ? 'true' : 'false'} @click=${() => this.moveItem(q, i, -1, 'button')}>↑</button>
                  <button type="button" part="move-button" class="secondary" id=${`down-${q.id}-${i}`} aria-label=${t('moveDown', { item: name })}
                    aria-disabled=${i === order.length - 1 ? 'true' : 'false'} @click=${() => this.moveItem(q, i, 1, 'button')}>↓</button>
                </span>`}
          </li>`;
        })}
      </ol>`;
  }

  /** A plain sheet of every question for printing (hidden on screen); answers print only with print-answer-key. */
  private renderPrintSheet(): TemplateResult {
    const t = this.t;
    return html`<ol class="print-sheet" part="print-sheet" aria-hidden="true">
      ${this.order.map(
        (q) => html`<li>
          <p>${renderInline(q.prompt)}</p>
          ${q.type === 'single' || q.type === 'multiple'
            ? html`<ul>${choiceOrder(this.quiz!, q, this.progress!.seed).map((c) => html`<li>${renderInline(c.text)}</li>`)}</ul>`
            : q.type === 'true-false'
              ? html`<p>${t('true')} / ${t('false')}</p>`
              : q.type === 'order'
                ? html`<ul>${startingOrder(q, this.progress!.seed).map((id) => html`<li>${renderInline(q.items.find((i) => i.id === id)!.text)}</li>`)}</ul>`
                : nothing}
          <p class="answer">${t('answerKey')}: ${this.rightAnswerText(q)}</p>
        </li>`,
      )}
    </ol>`;
  }

  // ---- ordering: buttons, keyboard grab, pointer drag ----

  private moveItem(q: QuestionOf<'order'>, from: number, delta: number, via: 'button' | 'grab' | 'drag'): void {
    const order = this.orderOf(q);
    const to = from + delta;
    if (to < 0 || to >= order.length) return;
    this.setDraft(q, { order: move(order, from, delta) });
    const item = q.items.find((i) => i.id === order[from])!;
    if (via !== 'drag') this.announcement = this.t('moved', { item: plainInline(item.text), position: to + 1, total: order.length });
    if (via === 'grab') this.pendingFocus = `#grab-${q.id}-${to}`;
    else if (via === 'button') {
      // Keep focus on the moved item's button; at either end, on the one that still works.
      const dir = delta < 0 ? (to === 0 ? 'down' : 'up') : to === order.length - 1 ? 'up' : 'down';
      this.pendingFocus = `#${dir}-${q.id}-${to}`;
    }
  }

  private onGrabToggle(q: QuestionOf<'order'>, id: string): void {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    const order = this.orderOf(q);
    const item = plainInline(q.items.find((i) => i.id === id)!.text);
    const position = order.indexOf(id) + 1;
    if (this.grabbed?.item === id && this.grabbed.question === q.id) {
      this.grabbed = undefined;
      this.announcement = this.t('dropped', { item, position, total: order.length });
    } else {
      this.grabbed = { question: q.id, item: id };
      this.announcement = this.t('grabbed', { item, position, total: order.length });
    }
  }

  private onGrabKey(e: KeyboardEvent, q: QuestionOf<'order'>, id: string): void {
    if (this.grabbed?.item !== id || this.grabbed.question !== q.id) return;
    const from = this.orderOf(q).indexOf(id);
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      this.moveItem(q, from, e.key === 'ArrowUp' ? -1 : 1, 'grab');
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      if (e.key === 'Escape') e.preventDefault();
      this.onGrabToggle(q, id);
    }
  }

  private onDragStart(e: PointerEvent, q: QuestionOf<'order'>, id: string): void {
    if (e.button !== 0) return;
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.drag = { question: q, item: id, moved: false, pointerId: e.pointerId };
  }

  private onDragMove(e: PointerEvent): void {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('.order-item')].filter((li) =>
      drag.question.items.some((i) => i.id === li.dataset.id),
    );
    const order = this.orderOf(drag.question);
    const from = order.indexOf(drag.item);
    // The target is the row whose vertical middle the pointer has passed.
    let to = 0;
    rows.forEach((row, i) => {
      const r = row.getBoundingClientRect();
      if (e.clientY > r.top + r.height / 2) to = i + (i >= from ? 0 : 1);
    });
    to = Math.max(0, Math.min(order.length - 1, to));
    if (to !== from) {
      drag.moved = true;
      this.moveItem(drag.question, from, to - from, 'drag');
    }
  }

  private onDragEnd(e: PointerEvent): void {
    const drag = this.drag;
    if (!drag || e.pointerId !== drag.pointerId) return;
    this.drag = undefined;
    if (drag.moved) {
      this.suppressClick = true;
      setTimeout(() => (this.suppressClick = false));
      const order = this.orderOf(drag.question);
      const item = plainInline(drag.question.items.find((i) => i.id === drag.item)!.text);
      this.announcement = this.t('dropped', { item, position: order.indexOf(drag.item) + 1, total: order.length });
    }
    this.requestUpdate();
  }

  // ---- answering ----

  /** The reader's answer to `q` from their draft, or a message saying what is missing. */
  private responseFor(q: Question): Response | string {
    const d = this.draftOf(q);
    const t = this.t;
    switch (q.type) {
      case 'single':
        return d.choice ? { type: 'single', choice: d.choice } : t('chooseOne');
      case 'multiple':
        return d.choices?.length ? { type: 'multiple', choices: d.choices } : t('chooseSome');
      case 'true-false':
        return d.value === undefined ? t('chooseOne') : { type: 'true-false', value: d.value };
      case 'numeric': {
        const text = (d.text ?? '').trim();
        if (!text) return t('typeNumber');
        const value = parseLocaleNumber(text, this.locale);
        if (value === undefined) return t('notANumber', { input: text, example: formatNumber(4300.5, this.locale) });
        return { type: 'numeric', value };
      }
      case 'order':
        return { type: 'order', order: this.orderOf(q) };
    }
  }

  private firstControl(q: Question): string {
    if (q.type === 'numeric') return `#num-${q.id}`;
    if (q.type === 'order') return `#grab-${q.id}-0`;
    return `input[name="${q.id}"]`;
  }

  private onSubmitOne(e: Event): void {
    e.preventDefault();
    const order = this.order;
    const index = this.progress!.index;
    const q = order[index];
    if (!q) return;
    if (this.answers.has(q.id)) {
      if (index < order.length - 1) {
        this.commit({ index: index + 1 });
        this.pendingFocus = `#q-${order[index + 1]!.id}`;
      } else {
        this.commit({ finished: true });
        this.pendingFocus = '#results';
      }
      return;
    }
    const r = this.responseFor(q);
    if (typeof r === 'string') {
      this.errors = new Map([[q.id, r]]);
      if (q.type === 'numeric') this.pendingFocus = this.firstControl(q);
      return;
    }
    this.errors = new Map();
    this.announcement = '';
    // Checked controls become disabled; keep keyboard focus on the button that now says "Next".
    this.pendingFocus = '#action';
    this.record([[q, r]]);
  }

  private onSubmitAll(e: Event): void {
    e.preventDefault();
    const order = this.order;
    const errors = new Map<string, string>();
    const responses: [Question, Response][] = [];
    for (const q of order) {
      const r = this.responseFor(q);
      if (typeof r === 'string') errors.set(q.id, r);
      else responses.push([q, r]);
    }
    this.errors = errors;
    if (errors.size) {
      const first = order.find((q) => errors.has(q.id))!;
      this.pendingFocus = this.firstControl(first);
      return;
    }
    this.record(responses);
    this.commit({ finished: true });
    this.pendingFocus = '#results';
  }

  private get actor(): XapiAgent {
    if (this.xapiActor) return this.xapiActor;
    const origin = globalThis.location?.origin;
    const homePage = origin && origin.startsWith('http') ? origin : 'https://recap-widgets.invalid';
    return { account: { homePage, name: anonymousReaderId(this.progress!.seed) } };
  }

  /** Stores checked answers and tells the page: recap-answer for each, recap-complete when all are in. */
  private record(entries: [Question, Response][]): void {
    const article = this.data!;
    const quiz = this.quiz!;
    const running = new Map(Object.entries(this.progress!.answers));
    const answers = { ...this.progress!.answers };
    for (const [q, r] of entries) answers[q.id] = r;
    this.commit({ answers });
    const order = this.order;
    for (const [q, r] of entries) {
      running.set(q.id, r);
      const correct = isCorrect(q, r);
      emit(this, 'recap-answer', {
        articleId: article.id,
        questionId: q.id,
        questionType: q.type,
        index: order.indexOf(q),
        response: r,
        correct,
        points: correct ? pointsOf(q) : 0,
        maxPoints: pointsOf(q),
        score: scoreQuiz(quiz, running),
        statement: answeredStatement(article, q, r, correct, this.actor),
      });
    }
    const map = this.answers;
    if (map.size === quiz.questions.length) {
      const score = scoreQuiz(quiz, map);
      emit(this, 'recap-complete', {
        articleId: article.id,
        score,
        answers: order.map((q) => ({ questionId: q.id, response: map.get(q.id)!, correct: isCorrect(q, map.get(q.id)!) })),
        statement: completedStatement(article, score, this.actor),
      });
    }
  }

  // ---- feedback, results, review ----

  private answerText(q: Question, r: Response): string {
    const t = this.t;
    switch (r.type) {
      case 'single':
        return plainInline((q as ChoiceQuestion).choices.find((c) => c.id === r.choice)?.text);
      case 'multiple':
        return (q as ChoiceQuestion).choices.filter((c) => r.choices.includes(c.id)).map((c) => plainInline(c.text)).join('; ');
      case 'true-false':
        return r.value ? t('true') : t('false');
      case 'numeric':
        return formatNumber(r.value, this.locale, (q as QuestionOf<'numeric'>).format);
      case 'order': {
        const items = (q as QuestionOf<'order'>).items;
        return r.order.map((id, n) => `${n + 1}. ${plainInline(items.find((i) => i.id === id)?.text)}`).join('; ');
      }
    }
  }

  private rightAnswerText(q: Question): string {
    const text = this.answerText(q, correctResponse(q));
    return q.type === 'numeric' && q.tolerance ? `${text} ± ${formatNumber(q.tolerance, this.locale, q.format)}` : text;
  }

  private renderFeedback(article: Article, q: Question, response: Response): TemplateResult {
    const t = this.t;
    const correct = isCorrect(q, response);
    return html`
      <p class="verdict ${correct ? 'correct' : 'incorrect'}"><strong>${correct ? t('correct') : t('incorrect')}</strong>
        ${correct ? nothing : html`<span>${t('rightAnswer', { answer: this.rightAnswerText(q) })}</span>`}</p>
      ${q.explanation ? html`<div class="explanation">${renderBlock(q.explanation)}</div>` : nothing}
      ${renderEvidence(q.evidence, article, { sourceQuote: t('sourceQuote'), openAtSentence: t('openAtSentence') })}
    `;
  }

  private renderResults(article: Article, quiz: Quiz): TemplateResult {
    const t = this.t;
    const answers = this.answers;
    const score = scoreQuiz(quiz, answers);
    const percent = formatNumber(score.percent / 100, this.locale, { style: 'percent', maximumFractionDigits: 0 });
    return html`<section part="results" class="results">
      ${this.heading(html`<span id="results" tabindex="-1">${t('finalScore', { points: score.points, max: score.maxPoints, percent })}</span>`, 1, 'results-heading')}
      ${score.passed === undefined
        ? nothing
        : html`<p class="pass ${score.passed ? 'correct' : 'incorrect'}">
            ${score.passed ? t('passed') : t('failed', { percent: formatNumber((quiz.passPercent ?? 0) / 100, this.locale, { style: 'percent', maximumFractionDigits: 1 }) })}
          </p>`}
      ${score.band ? html`<p class="band">${renderInline(score.band.text)}</p>` : nothing}
      <button part="retry" class="secondary" type="button" @click=${this.startOver}>${t('startOver')}</button>
      ${this.heading(t('review'), 1, 'review-heading')}
      <ol part="review" class="review">
        ${this.order.map((q) => {
          const r = answers.get(q.id);
          const correct = r ? isCorrect(q, r) : false;
          return html`<li class="review-item ${correct ? 'correct' : 'incorrect'}">
            <p class="prompt">${renderInline(q.prompt)}</p>
            <p class="verdict ${correct ? 'correct' : 'incorrect'}"><strong>${correct ? t('correct') : t('incorrect')}</strong>
              ${r ? html`<span>${t('yourAnswerIs', { answer: this.answerText(q, r) })}</span>` : nothing}</p>
            ${correct ? nothing : html`<p>${t('rightAnswer', { answer: this.rightAnswerText(q) })}</p>`}
            ${q.explanation ? html`<div class="explanation">${renderBlock(q.explanation)}</div>` : nothing}
            ${renderEvidence(q.evidence, article, { sourceQuote: t('sourceQuote'), openAtSentence: t('openAtSentence') })}
          </li>`;
        })}
      </ol>
    </section>`;
  }
}
