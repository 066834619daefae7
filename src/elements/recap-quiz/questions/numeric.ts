/** Numeric: a number typed in the reader's own locale, right within the tolerance. */
import { html, nothing } from 'lit';
import { classNames } from '../../../shared/class-names.js';
import { isCorrect } from '../../../data/quiz.js';
import { formatNumber, parseLocaleNumber, percentSign, withoutPercentSign } from '../../../data/format.js';
import type { Kind } from './kind.js';

export const numeric: Kind<'numeric'> = {
  render: (q, ctx) => {
    const r = ctx.response;
    const input = html`<input
      part="input"
      id=${`num-${q.id}`}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      .value=${ctx.draft.text ?? ''}
      ?readonly=${!!r}
      aria-invalid=${ctx.error ? 'true' : 'false'}
      @input=${(e: Event) => ctx.setDraft({ text: (e.target as HTMLInputElement).value })}
    />`;
    return html`<label class="numeric ${classNames({ correct: !!r && isCorrect(q, r), incorrect: !!r && !isCorrect(q, r) })}">
      <span>${ctx.t('numericLabel')}</span>
      ${q.format?.style === 'percent' ? html`<span class="with-unit">${input}<span>${percentSign(ctx.locale)}</span></span>` : input}
    </label>`;
  },
  read: (q, draft, { t, locale }) => {
    const text = (draft.text ?? '').trim();
    if (!text) return t('typeNumber');
    // A percent question is answered as the article writes it: 94, or "94 %".
    const value = parseLocaleNumber(q.format?.style === 'percent' ? withoutPercentSign(text) : text, locale);
    if (value === undefined) return t('notANumber', { input: text, example: formatNumber(4300.5, locale) });
    return { type: 'numeric', value };
  },
  words: (q, r, { locale }) => formatNumber(r.value, locale, q.format),
  rightWords: (q, { locale }) => {
    const text = formatNumber(q.answer, locale, q.format);
    return q.tolerance ? `${text} ± ${formatNumber(q.tolerance, locale, q.format)}` : text;
  },
  print: () => nothing,
  refocusOnError: true,
};
