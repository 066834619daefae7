import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { RecapElement } from '../../shared/recap-element.js';
import { baseStyles } from '../../shared/base.styles.js';
import { emit } from '../../shared/events.js';
import { formatNumber, parseLocaleNumber } from '../../data/format.js';
import { hashString, isCorrect, move, pointsOf, scoreQuiz, shuffled, startingOrder, type Response } from '../../data/quiz.js';
import { plainInline, renderBlock, renderInline } from '../../render/markdown.js';
import { renderEvidence } from '../../render/evidence.js';
import type { Article, Question, QuestionOf, Quiz } from '../../data/types.js';
import { quizStyles } from './recap-quiz.styles.js';

/** What the reader has selected but not yet checked, by question type. */
type Draft = { choice?: string; choices?: string[]; value?: boolean; text?: string; order?: string[] };

/**
 * A comprehension quiz on the article: single and multiple choice, true/false,
 * numeric and ordering questions, one at a time. Each answer is checked with
 * per-choice feedback, the explanation and the article's own sentence as
 * evidence; a running score leads to a final score, the pass mark, the results
 * band and a retry. Works by keyboard alone: Tab between controls, arrows within
 * a choice group, Enter or Space to check and go on.
 *
 * @summary The article's comprehension quiz.
 * @tag recap-quiz
 *
 * @fires {RecapLoadEvent} recap-load - The data from `src` or inline JSON is valid and shown. Detail: `{ article, source }`.
 * @fires {RecapErrorEvent} recap-error - The data from `src` or inline JSON could not be loaded or is invalid. Detail: `{ problems, source }`.
 * @fires {RecapAnswerEvent} recap-answer - The reader checked an answer. Detail: `{ articleId, questionId, questionType, index, response, correct, points, maxPoints, score }`.
 * @fires {RecapCompleteEvent} recap-complete - The reader checked the last question. Detail: `{ articleId, score, answers }`.
 *
 * @slot - An optional `<script type="application/json">` holding the article data.
 *
 * @csspart base - The quiz (also `error` or `placeholder` in those states).
 * @csspart heading - The quiz title.
 * @csspart intro - The introduction.
 * @csspart progress - "Question 3 of 8".
 * @csspart question - The current question (a fieldset).
 * @csspart prompt - The question's prompt.
 * @csspart choice - One answer option (also `choice-correct`, `choice-incorrect` after checking).
 * @csspart input - The numeric answer field.
 * @csspart order-item - One item of an ordering question.
 * @csspart move-button - The move up/down buttons of an ordering question.
 * @csspart feedback - Right or wrong, the explanation and the evidence.
 * @csspart evidence - The sentence of the article that gives the answer.
 * @csspart button - The check / next / results button.
 * @csspart score - The running score.
 * @csspart results - The final score, pass mark and results band.
 * @csspart retry - The "try again" button.
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
 */
export class RecapQuiz extends RecapElement {
  static override styles = [baseStyles, quizStyles];
  protected readonly errorKey = 'errorQuiz' as const;

  /** Position in `questionOrder` of the question on screen. */
  @state() private index = 0;
  @state() private checked = new Map<string, Response>();
  @state() private drafts = new Map<string, Draft>();
  @state() private inputError = '';
  @state() private finished = false;
  @state() private announcement = '';

  private questionOrder: Question[] = [];
  private quizKey = '';
  /** Per-reader shuffle seed. */
  private seed = (Math.random() * 2 ** 32) >>> 0;
  private pendingFocus?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.data?.quiz) {
      const key = this.data.id + ':' + hashString(JSON.stringify(this.data.quiz));
      if (key !== this.quizKey) {
        this.quizKey = key;
        this.reset();
      }
    }
  }

  private reset(): void {
    const quiz = this.data?.quiz;
    if (!quiz) return;
    const shuffleQuestions = quiz.shuffle === 'questions' || quiz.shuffle === 'both';
    this.questionOrder = shuffleQuestions ? shuffled(quiz.questions, this.seed) : quiz.questions.slice();
    this.index = 0;
    this.checked = new Map();
    this.drafts = new Map();
    this.inputError = '';
    this.finished = false;
    this.announcement = '';
  }

  protected override updated(): void {
    if (this.pendingFocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
      this.pendingFocus = undefined;
      target?.focus();
    }
  }

  protected renderReady(article: Article): TemplateResult {
    const quiz = article.quiz;
    if (!quiz) return html`${this.heading(this.t('quizHeading'))}`;
    return html`
      ${this.heading(quiz.title ? quiz.title : this.t('quizHeading'))}
      ${quiz.intro ? html`<p part="intro" class="intro">${renderInline(quiz.intro)}</p>` : nothing}
      ${this.finished ? this.renderResults(quiz) : this.renderQuestion(article, quiz)}
      <p class="visually-hidden" aria-live="assertive">${this.announcement}</p>
    `;
  }

  private get current(): Question | undefined {
    return this.questionOrder[this.index];
  }

  private draftOf(q: Question): Draft {
    return this.drafts.get(q.id) ?? {};
  }

  private setDraft(q: Question, draft: Draft): void {
    this.drafts = new Map(this.drafts).set(q.id, { ...this.draftOf(q), ...draft });
    this.inputError = '';
  }

  private renderQuestion(article: Article, quiz: Quiz): TemplateResult {
    const q = this.current!;
    const t = this.t;
    const response = this.checked.get(q.id);
    const score = scoreQuiz(quiz, this.checked);
    const last = this.index === this.questionOrder.length - 1;
    const errorId = 'input-error';
    return html`
      <form class="question-form" @submit=${this.onSubmit} novalidate>
        <p class="progress muted" part="progress" tabindex="-1" id="progress">
          ${t('questionOf', { n: this.index + 1, total: this.questionOrder.length })}${pointsOf(q) !== 1
            ? html` · ${t('points', { count: pointsOf(q) })}`
            : nothing}
        </p>
        <fieldset part="question" class="question type-${q.type}" aria-describedby=${this.inputError ? errorId : nothing}>
          <legend part="prompt" class="prompt">${renderInline(q.prompt)}</legend>
          ${this.renderControls(q, response)}
        </fieldset>
        <p class="input-error" id=${errorId} ?hidden=${!this.inputError}>${this.inputError}</p>
        <div class="feedback" part="feedback" role="status">${response ? this.renderFeedback(article, q, response) : nothing}</div>
        <div class="actions">
          <button part="button" class="primary" type="submit" id="action">
            ${response ? (last ? t('seeResults') : t('next')) : t('check')}
          </button>
          <p class="score" part="score">${t('runningScore', { points: score.points, max: score.maxPoints })}</p>
        </div>
      </form>
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

  private choiceOrder(q: QuestionOf<'single'> | QuestionOf<'multiple'>) {
    const shuffle = this.data?.quiz?.shuffle;
    return shuffle === 'choices' || shuffle === 'both' ? shuffled(q.choices, this.seed ^ hashString(q.id)) : q.choices;
  }

  private renderChoices(q: QuestionOf<'single'> | QuestionOf<'multiple'>, response: Response | undefined): TemplateResult {
    const t = this.t;
    const draft = this.draftOf(q);
    const multiple = q.type === 'multiple';
    const right = new Set(multiple ? q.answers : [q.answer]);
    const picked = new Set(multiple ? (draft.choices ?? []) : draft.choice ? [draft.choice] : []);
    return html`<div class="choices">
      ${this.choiceOrder(q).map((c) => {
        const isPicked = picked.has(c.id);
        const mark = response ? (right.has(c.id) ? (isPicked ? 'correct' : 'missed') : isPicked ? 'incorrect' : '') : '';
        const markText = mark === 'correct' ? t('rightChoice') : mark === 'missed' ? t('missedChoice') : mark === 'incorrect' ? t('wrongChoice') : '';
        return html`<label part="choice ${mark === 'correct' || mark === 'missed' ? 'choice-correct' : mark === 'incorrect' ? 'choice-incorrect' : ''}" class="choice ${mark}">
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
        const markText = mark === 'correct' ? t('rightChoice') : mark === 'missed' ? t('rightChoice') : mark === 'incorrect' ? t('wrongChoice') : '';
        return html`<label part="choice ${mark === 'incorrect' ? 'choice-incorrect' : mark ? 'choice-correct' : ''}" class="choice ${mark}">
          <input type="radio" name=${q.id} value=${String(v)} .checked=${isPicked} ?disabled=${!!response}
            @change=${(e: Event) => (e.target as HTMLInputElement).checked && this.setDraft(q, { value: v })} />
          <span class="choice-text">${v ? t('true') : t('false')}</span>
          ${markText ? html`<span class="mark">${markText}</span>` : nothing}
        </label>`;
      })}
    </div>`;
  }

  private renderNumeric(q: QuestionOf<'numeric'>, response: Response | undefined): TemplateResult {
    const t = this.t;
    const draft = this.draftOf(q);
    const mark = response ? (isCorrect(q, response) ? 'correct' : 'incorrect') : '';
    return html`<label class="numeric ${mark}">
      <span>${t('numericLabel')}</span>
      <input
        part="input"
        id="numeric"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        .value=${draft.text ?? ''}
        ?readonly=${!!response}
        aria-invalid=${this.inputError ? 'true' : 'false'}
        @input=${(e: Event) => this.setDraft(q, { text: (e.target as HTMLInputElement).value })}
      />
    </label>`;
  }

  private orderOf(q: QuestionOf<'order'>): string[] {
    return this.draftOf(q).order ?? startingOrder(q, this.seed);
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
          return html`<li part="order-item" class="order-item ${mark}">
            <span class="order-text">${renderInline(item.text)}</span>
            ${mark ? html`<span class="mark">${mark === 'correct' ? t('rightChoice') : t('wrongChoice')}</span>` : nothing}
            ${response
              ? nothing
              : html`<span class="move">
                  <button type="button" part="move-button" class="secondary" id=${`up-${i}`} aria-label=${t('moveUp', { item: name })}
                    aria-disabled=${i === 0 ? 'true' : 'false'} @click=${() => this.onMove(q, i, -1)}>↑</button>
                  <button type="button" part="move-button" class="secondary" id=${`down-${i}`} aria-label=${t('moveDown', { item: name })}
                    aria-disabled=${i === order.length - 1 ? 'true' : 'false'} @click=${() => this.onMove(q, i, 1)}>↓</button>
                </span>`}
          </li>`;
        })}
      </ol>`;
  }

  private onMove(q: QuestionOf<'order'>, from: number, delta: number): void {
    const order = this.orderOf(q);
    const to = from + delta;
    if (to < 0 || to >= order.length) return;
    const next = move(order, from, delta);
    this.setDraft(q, { order: next });
    const item = q.items.find((i) => i.id === order[from])!;
    this.announcement = this.t('moved', { item: plainInline(item.text), position: to + 1, total: order.length });
    // Keep focus on the moved item's button; at either end, on the one that still works.
    const dir = delta < 0 ? (to === 0 ? 'down' : 'up') : to === order.length - 1 ? 'up' : 'down';
    this.pendingFocus = `#${dir}-${to}`;
  }

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

  private onSubmit(e: Event): void {
    e.preventDefault();
    const q = this.current;
    if (!q || !this.data?.quiz) return;
    if (this.checked.has(q.id)) return this.next();
    const r = this.responseFor(q);
    if (typeof r === 'string') {
      this.inputError = r;
      this.pendingFocus = q.type === 'numeric' ? '#numeric' : undefined;
      return;
    }
    this.check(q, r);
  }

  private check(q: Question, response: Response): void {
    const quiz = this.data!.quiz!;
    this.checked = new Map(this.checked).set(q.id, response);
    this.inputError = '';
    this.announcement = '';
    const score = scoreQuiz(quiz, this.checked);
    const correct = isCorrect(q, response);
    // Checked controls become disabled; keep keyboard focus on the button that now says "Next".
    this.pendingFocus = '#action';
    emit(this, 'recap-answer', {
      articleId: this.data!.id,
      questionId: q.id,
      questionType: q.type,
      index: this.index,
      response,
      correct,
      points: correct ? pointsOf(q) : 0,
      maxPoints: pointsOf(q),
      score,
    });
    if (this.checked.size === quiz.questions.length) {
      emit(this, 'recap-complete', {
        articleId: this.data!.id,
        score,
        answers: this.questionOrder.map((qq) => {
          const r = this.checked.get(qq.id)!;
          return { questionId: qq.id, response: r, correct: isCorrect(qq, r) };
        }),
      });
    }
  }

  private next(): void {
    if (this.index < this.questionOrder.length - 1) {
      this.index++;
      this.pendingFocus = '#progress';
    } else {
      this.finished = true;
      this.pendingFocus = '#results';
    }
  }

  private rightAnswerText(q: Question): string {
    const t = this.t;
    switch (q.type) {
      case 'single':
        return plainInline(q.choices.find((c) => c.id === q.answer)?.text);
      case 'multiple':
        return q.choices.filter((c) => q.answers.includes(c.id)).map((c) => plainInline(c.text)).join('; ');
      case 'true-false':
        return q.answer ? t('true') : t('false');
      case 'numeric': {
        const n = formatNumber(q.answer, this.locale, q.format);
        return q.tolerance ? `${n} ± ${formatNumber(q.tolerance, this.locale, q.format)}` : n;
      }
      case 'order':
        return q.items.map((i, n) => `${n + 1}. ${plainInline(i.text)}`).join('; ');
    }
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

  private renderResults(quiz: Quiz): TemplateResult {
    const t = this.t;
    const score = scoreQuiz(quiz, this.checked);
    const percent = formatNumber(score.percent / 100, this.locale, { style: 'percent', maximumFractionDigits: 0 });
    return html`<section part="results" class="results" aria-labelledby="results">
      ${this.heading(html`<span id="results" tabindex="-1">${t('finalScore', { points: score.points, max: score.maxPoints, percent })}</span>`, 1, 'results-heading')}
      ${score.passed === undefined
        ? nothing
        : html`<p class="pass ${score.passed ? 'correct' : 'incorrect'}">
            ${score.passed ? t('passed') : t('failed', { percent: formatNumber((quiz.passPercent ?? 0) / 100, this.locale, { style: 'percent', maximumFractionDigits: 1 }) })}
          </p>`}
      ${score.band ? html`<p class="band">${renderInline(score.band.text)}</p>` : nothing}
      <button part="retry" class="secondary" type="button" @click=${this.retry}>${t('tryAgain')}</button>
    </section>`;
  }

  private retry(): void {
    this.reset();
    this.pendingFocus = '#progress';
  }
}
