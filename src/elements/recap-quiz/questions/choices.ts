/** The parts single choice, multiple choice and true/false share: a list of options, marked once answered. */
import { html, isServer, noChange, nothing, type TemplateResult } from 'lit';
import { classNames } from '../../../shared/class-names.js';
import { plainInline, renderInline } from '../../../render/markdown.js';
import { choiceOrder } from '../../../data/quiz-session.js';
import type { QuestionOf } from '../../../data/types.js';
import type { Translate } from '../../../shared/messages.js';
import type { QuestionContext, QuizContext } from './kind.js';

type ChoiceQuestion = QuestionOf<'single'> | QuestionOf<'multiple'>;

/** How an option is marked once answered: picked and right, right but not picked, picked but wrong. */
export type Mark = '' | 'correct' | 'missed' | 'incorrect';

export function markOf(answered: boolean, right: boolean, picked: boolean): Mark {
  if (!answered) return '';
  return right ? (picked ? 'correct' : 'missed') : picked ? 'incorrect' : '';
}

/** The classes of a marked row (the styles colour `.correct`, `.missed` and `.incorrect`). */
export const markClasses = (mark: Mark) => classNames({ correct: mark === 'correct', missed: mark === 'missed', incorrect: mark === 'incorrect' });

/** The words beside a marked option, for those who cannot see its colour. */
export function markWords(mark: Mark, t: Translate, missed = t('missedChoice')): string {
  return mark === 'correct' ? t('rightChoice') : mark === 'missed' ? missed : mark === 'incorrect' ? t('wrongChoice') : '';
}

export interface Option {
  value: string;
  text: unknown;
  right: boolean;
  picked: boolean;
  /** Shown beside the option once the reader picked it and checked. */
  feedback?: string;
}

/** A group of radio buttons or checkboxes, one per option. */
export function renderOptions(
  name: string,
  ctx: QuestionContext,
  options: readonly Option[],
  multiple: boolean,
  onPick: (value: string, on: boolean) => void,
  missedWords?: string,
): TemplateResult {
  const answered = !!ctx.response;
  return html`<div class="choices">
    ${options.map((o) => {
      const mark = markOf(answered, o.right, o.picked);
      const words = markWords(mark, ctx.t, missedWords);
      return html`<label part=${mark === 'correct' || mark === 'missed' ? 'choice choice-correct' : mark ? 'choice choice-incorrect' : 'choice'} class="choice ${markClasses(mark)}">
        <input
          type=${multiple ? 'checkbox' : 'radio'}
          name=${name}
          value=${o.value}
          .checked=${isServer && !o.picked ? noChange : o.picked /* the server renderer would write checked="false", which checks the box */}
          ?disabled=${answered}
          @change=${(e: Event) => onPick(o.value, (e.target as HTMLInputElement).checked)}
        />
        <span class="choice-text">${o.text}</span>
        ${words ? html`<span class="mark">${words}</span>` : nothing}
        ${answered && o.picked && o.feedback ? html`<span class="choice-feedback">${renderInline(o.feedback)}</span>` : nothing}
      </label>`;
    })}
  </div>`;
}

/** A choice question's options in this reader's order, marked against the right ones. */
export function choiceOptions(q: ChoiceQuestion, ctx: QuestionContext, right: readonly string[], picked: readonly string[]): Option[] {
  return choiceOrder(ctx.quiz, q, ctx.seed).map((c) => ({
    value: c.id,
    text: renderInline(c.text),
    right: right.includes(c.id),
    picked: picked.includes(c.id),
    feedback: c.feedback,
  }));
}

/** The chosen options' texts, in the question's order. */
export function choiceWords(q: ChoiceQuestion, chosen: readonly string[]): string {
  return q.choices
    .filter((c) => chosen.includes(c.id))
    .map((c) => plainInline(c.text))
    .join('; ');
}

/** The options as a plain list, for the printed sheet. */
export function printChoices(q: ChoiceQuestion, ctx: QuizContext): TemplateResult {
  return html`<ul>${choiceOrder(ctx.quiz, q, ctx.seed).map((c) => html`<li>${renderInline(c.text)}</li>`)}</ul>`;
}
