/** Single choice: one option of several is right. */
import { choiceOptions, choiceWords, printChoices, renderOptions } from './choices.js';
import type { Kind } from './kind.js';

export const single: Kind<'single'> = {
  render: (q, ctx) =>
    renderOptions(
      q.id,
      ctx,
      choiceOptions(q, ctx, [q.answer], ctx.draft.choice ? [ctx.draft.choice] : []),
      false,
      (choice, on) => on && ctx.setDraft({ choice }),
      // One answer is right: after a wrong pick it is "the right answer", not "also right".
      ctx.t('rightChoice'),
    ),
  read: (_q, draft, { t }) => (draft.choice ? { type: 'single', choice: draft.choice } : t('chooseOne')),
  words: (q, r) => choiceWords(q, [r.choice]),
  print: printChoices,
};
