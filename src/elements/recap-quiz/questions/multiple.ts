/** Multiple choice: every right option must be picked, and no wrong one. */
import { html } from 'lit';
import { choiceOptions, choiceWords, printChoices, renderOptions } from './choices.js';
import type { Kind } from './kind.js';

export const multiple: Kind<'multiple'> = {
  // Checkboxes alone do not say that more than one option may be right.
  render: (q, ctx) =>
    html`<p class="hint muted">${ctx.t('chooseAll')}</p>
      ${renderOptions(q.id, ctx, choiceOptions(q, ctx, q.answers, ctx.draft.choices ?? []), true, (id, on) => {
        const picked = new Set(ctx.draft.choices ?? []);
        if (on) picked.add(id);
        else picked.delete(id);
        // Kept in the question's own order, whatever order they were clicked in.
        ctx.setDraft({ choices: q.choices.map((c) => c.id).filter((c) => picked.has(c)) });
      })}`,
  read: (_q, draft, { t }) => (draft.choices?.length ? { type: 'multiple', choices: draft.choices } : t('chooseSome')),
  words: (q, r) => choiceWords(q, r.choices),
  print: (q, ctx) => html`<p>${ctx.t('chooseAll')}</p>${printChoices(q, ctx)}`,
};
