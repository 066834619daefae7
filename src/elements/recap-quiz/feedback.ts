/** What the reader learns after checking: right or wrong, the explanation, and the article's own words. */
import { html, nothing, type TemplateResult } from 'lit';
import { classNames } from '../../shared/class-names.js';
import { isCorrect, type Response } from '../../data/quiz.js';
import type { Article, Question } from '../../data/types.js';
import { renderBlock } from '../../render/markdown.js';
import { renderEvidence } from '../../render/evidence.js';
import { kindOf, rightAnswerWords, type QuizContext } from './questions/index.js';

/** "Correct.", "Partly right: 2 of 3." (the blanks or pairs of a cloze or matching question) or "Not quite.", followed by `detail`. */
export function renderVerdict(correct: boolean, { t }: QuizContext, detail: unknown, q?: Question, response?: Response): TemplateResult {
  const [right, total] = (response && q && kindOf(q).parts?.(q, response as never)) || [0, 0];
  return html`<p class="verdict ${classNames({ correct, incorrect: !correct })}"><strong>${correct ? t('correct') : right ? t('partlyRight', { right, total }) : t('incorrect')}</strong>
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
  // A cloze or matching question marks each blank or pair with its right answer already.
  const right = correct || kindOf(q).parts ? nothing : html`<span>${ctx.t('rightAnswer', { answer: rightAnswerWords(q, ctx) })}</span>`;
  return html`${renderVerdict(correct, ctx, right, q, response)}
    ${renderExplanation(q, article, ctx)}`;
}
