/** True or false: a statement about the article. */
import { html } from 'lit';
import { renderOptions } from './choices.js';
import type { Kind } from './kind.js';

export const trueFalse: Kind<'true-false'> = {
  render: (q, ctx) =>
    renderOptions(
      q.id,
      ctx,
      [true, false].map((v) => ({ value: String(v), text: v ? ctx.t('true') : ctx.t('false'), right: v === q.answer, picked: ctx.draft.value === v })),
      false,
      (value, on) => on && ctx.setDraft({ value: value === 'true' }),
      // Of two options, the one not picked is simply the right one.
      ctx.t('rightChoice'),
    ),
  read: (_q, draft, { t }) => (draft.value === undefined ? t('chooseOne') : { type: 'true-false', value: draft.value }),
  words: (_q, r, { t }) => (r.value ? t('true') : t('false')),
  print: (_q, { t }) => html`<p>${t('true')} / ${t('false')}</p>`,
};
