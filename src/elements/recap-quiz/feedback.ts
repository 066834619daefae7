/** What the reader learns after checking: right or wrong, the explanation, and the article's own words. */
import { html, nothing, type TemplateResult } from 'lit';
import { classNames } from '../../shared/class-names.js';
import { creditOf, isCorrect, type Response } from '../../data/quiz.js';
import type { Article, Question } from '../../data/types.js';
import { renderBlock } from '../../render/markdown.js';
import { renderEvidence } from '../../render/evidence.js';
import { rightAnswerWords, type QuizContext } from './questions/index.js';

/** "Correct.", "Partly right." (some blanks or pairs of a cloze or matching question) or "Not quite.", followed by `detail`. */
export function renderVerdict(correct: boolean, { t }: QuizContext, detail: unknown, partly = false): TemplateResult {
  return html`<p class="verdict ${classNames({ correct, incorrect: !correct })}"><strong>${correct ? t('correct') : partly ? t('partlyRight') : t('incorrect')}</strong>
    ${detail}</p>`;
}

/** How many blanks or pairs were right, for a partly right question; '' otherwise. */
export function partWords(q: Question, response: Response, { t }: QuizContext): string {
  const parts = q.type === 'cloze' ? q.blanks.length : q.type === 'matching' ? q.items.length : 0;
  const credit = creditOf(q, response);
  return parts && credit > 0 && credit < 1 ? t('partCount', { right: Math.round(credit * parts), total: parts }) + ' ' : '';
}

/** The explanation and the evidence sentence, when the question has them. */
export function renderExplanation(q: Question, article: Article, { t }: QuizContext): TemplateResult {
  return html`${q.explanation ? html`<div class="explanation">${renderBlock(q.explanation)}</div>` : nothing}
    ${renderEvidence(q.evidence, article, { sourceQuote: t('sourceQuote'), openAtSentence: t('openAtSentence') })}`;
}

/** The feedback under a checked question. */
export function renderFeedback(q: Question, response: Response, article: Article, ctx: QuizContext): TemplateResult {
  const correct = isCorrect(q, response);
  const part = partWords(q, response, ctx);
  return html`${renderVerdict(correct, ctx, correct ? nothing : html`<span>${part}${ctx.t('rightAnswer', { answer: rightAnswerWords(q, ctx) })}</span>`, !!part)}
    ${renderExplanation(q, article, ctx)}`;
}
