/** What the reader learns after checking: right or wrong, the explanation, and the article's own words. */
import { html, nothing, type TemplateResult } from 'lit';
import { classNames } from '../../shared/class-names.js';
import { isCorrect, type Response } from '../../data/quiz.js';
import type { Article, Question } from '../../data/types.js';
import { renderBlock } from '../../render/markdown.js';
import { renderEvidence } from '../../render/evidence.js';
import { rightAnswerWords, type QuizContext } from './questions/index.js';

/** "Correct." or "Not quite.", followed by `detail`. */
export function renderVerdict(correct: boolean, { t }: QuizContext, detail: unknown): TemplateResult {
  return html`<p class="verdict ${classNames({ correct, incorrect: !correct })}"><strong>${correct ? t('correct') : t('incorrect')}</strong>
    ${detail}</p>`;
}

/** The explanation and the evidence sentence, when the question has them. */
export function renderExplanation(q: Question, article: Article, { t }: QuizContext): TemplateResult {
  return html`${q.explanation ? html`<div class="explanation">${renderBlock(q.explanation)}</div>` : nothing}
    ${renderEvidence(q.evidence, article, { sourceQuote: t('sourceQuote'), openAtSentence: t('openAtSentence') })}`;
}

/** The feedback under a checked question. */
export function renderFeedback(q: Question, response: Response, article: Article, ctx: QuizContext): TemplateResult {
  const correct = isCorrect(q, response);
  return html`${renderVerdict(correct, ctx, correct ? nothing : html`<span>${ctx.t('rightAnswer', { answer: rightAnswerWords(q, ctx) })}</span>`)}
    ${renderExplanation(q, article, ctx)}`;
}
