/**
 * Fill in the blanks (cloze): a text with blanks, each typed, or picked from a short list when the
 * data gives choices. Each blank counts alone: a partly right text earns part of the points, and
 * once checked every blank is marked, a wrong one with its accepted answer. Loaded only by quizzes
 * that have such a question (see index.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { blankRight } from '../../../data/quiz.js';
import { HOLE, blankValue, clozeSource } from '../../../data/cloze-reading.js';
import type { QuestionOf } from '../../../data/types.js';
import { renderInlineWith, type Part } from '../../../render/markdown.js';
import { markClasses, markWords } from './choices.js';
import type { Kind, QuestionContext, QuizContext } from './kind.js';

type Cloze = QuestionOf<'cloze'>;

/** The text with `fill(i)` where blank i (its index in `blanks`) stands. */
function withBlanks(q: Cloze, fill: (i: number) => unknown): TemplateResult {
  const { source, ids } = clozeSource(q.text);
  let n = 0;
  // Each HOLE in the text is the next blank, in reading order.
  const next = () => {
    const id = ids[n++];
    return fill(q.blanks.findIndex((b) => b.id === id)) as Part;
  };
  const text = (plain: string): Part => plain.split(HOLE).map((piece, i) => (i ? [next(), piece] : piece));
  return html`<p class="cloze-text">${renderInlineWith(source, text)}</p>`;
}

/** Each blank's words, numbered when there are several. */
const numbered = (texts: readonly string[]) => (texts.length === 1 ? texts[0]! : texts.map((s, i) => `${i + 1}. ${s}`).join('; '));

function renderBlank(q: Cloze, i: number, ctx: QuestionContext, values: readonly string[]): unknown {
  const blank = q.blanks[i];
  if (!blank) return nothing;
  const { t } = ctx;
  const r = ctx.response?.type === 'cloze' ? ctx.response : undefined;
  const value = values[i] ?? '';
  const label = t('blankLabel', { n: i + 1, total: q.blanks.length });
  const set = (v: string) => {
    const next = q.blanks.map((_, j) => values[j] ?? '');
    next[i] = v;
    ctx.setDraft({ blanks: next });
  };
  const missing = !!ctx.error && !value.trim();
  const control = blank.choices
    ? html`<select part="blank" class="blank" aria-label=${label} ?disabled=${!!r} aria-invalid=${missing ? 'true' : 'false'}
        @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${t('pickOne')}</option>
        ${blank.choices.map((c) => html`<option value=${c} ?selected=${c === value}>${c}</option>`)}
      </select>`
    : html`<input part="blank" class="blank" type="text" autocomplete="off" spellcheck="false" aria-label=${label} .value=${value}
        ?readonly=${!!r} aria-invalid=${missing ? 'true' : 'false'} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />`;
  const mark = r ? (blankRight(q, i, r.blanks[i]) ? 'correct' : 'incorrect') : '';
  return html`<span class="blank-wrap ${markClasses(mark)}">${control}${mark
    ? html`<span class="mark">${markWords(mark, t)}${mark === 'incorrect' ? ` · ${t('rightAnswer', { answer: blank.answers[0]! })}` : ''}</span>`
    : nothing}</span>`;
}

export const kind: Kind<'cloze'> = {
  render: (q, ctx) => {
    const values = ctx.draft.blanks ?? [];
    return withBlanks(q, (i) => renderBlank(q, i, ctx, values));
  },
  read: (q, draft, { t, locale }: QuizContext) => {
    const values = draft.blanks ?? [];
    const empty = q.blanks.filter((_, i) => !(values[i] ?? '').trim()).length;
    if (empty) return t('fillBlanks', { count: empty });
    return { type: 'cloze', blanks: q.blanks.map((b, i) => blankValue(b, values[i]!, locale)) };
  },
  words: (_q, r) => numbered(r.blanks),
  parts: (q, r) => [q.blanks.filter((_, i) => blankRight(q, i, r.blanks[i])).length, q.blanks.length],
  // Every accepted answer: another spelling a reader typed is right too.
  rightWords: (q) => numbered(q.blanks.map((b) => b.answers.join(' / '))),
  print: (q) => withBlanks(q, (i) => html`<span class="print-blank">${q.blanks[i]?.choices ? `(${q.blanks[i]!.choices!.join(' / ')})` : '__________'}</span>`),
  refocusOnError: true,
};
