/**
 * Matching: pair each item with its target. Pick an item (Enter, Space or a click), then its match
 * among the targets; each step is announced, focus moves to where the next step is, and Escape
 * puts a picked item down. Without reuseTargets a target matches one item: giving it to another
 * moves it. Each pair counts alone. Loaded only by quizzes that have such a question (see index.ts).
 */
import { html, nothing } from 'lit';
import { classNames } from '../../../shared/class-names.js';
import { hashString, shuffled } from '../../../data/quiz.js';
import type { QuestionOf } from '../../../data/types.js';
import { plainInline, renderInline } from '../../../render/markdown.js';
import { markClasses, markWords } from './choices.js';
import type { Kind, QuestionContext } from './kind.js';

type Matching = QuestionOf<'matching'>;
/** A matching question's targets in the order this reader sees them: shuffled, so that they do not stand beside their items. */
export function targetOrder(q: Matching, seed: number) {
  return shuffled(q.targets, (seed ^ hashString(q.id + '/targets')) >>> 0);
}

type Pair = [string, string];

/** Focus keys of a matching question's buttons. */
const itemKey = (q: Matching, i: number) => `match-item ${q.id} ${i}`;
const targetKey = (q: Matching, j: number) => `match-target ${q.id} ${j}`;

const textOf = (list: readonly { id: string; text: string }[], id: string | undefined) => plainInline(list.find((x) => x.id === id)?.text);

function pick(q: Matching, ctx: QuestionContext, i: number): void {
  const item = q.items[i]!;
  const name = plainInline(item.text);
  if (ctx.draft.picked === item.id) {
    ctx.setDraft({ picked: undefined });
    ctx.announce('putDown', { item: name });
    return;
  }
  ctx.setDraft({ picked: item.id });
  ctx.announce('matchPicked', { item: name });
  ctx.focusLater(targetKey(q, 0));
}

function choose(q: Matching, ctx: QuestionContext, target: string): void {
  const picked = ctx.draft.picked;
  const i = q.items.findIndex((it) => it.id === picked);
  if (i < 0) {
    ctx.announce('matchHint');
    return;
  }
  // Without reuse, a target given to this item leaves the item that had it.
  const kept = (ctx.draft.pairs ?? []).filter(([item, t]) => item !== picked && (q.reuseTargets || t !== target));
  const pairs: Pair[] = [...kept, [picked!, target]];
  pairs.sort((a, b) => q.items.findIndex((it) => it.id === a[0]) - q.items.findIndex((it) => it.id === b[0]));
  ctx.setDraft({ pairs, picked: undefined });
  ctx.announce('matched', { item: textOf(q.items, picked), target: textOf(q.targets, target) });
  // On to the next item without a match; back to this one when every item has one.
  const matched = new Set(pairs.map(([item]) => item));
  const next = [...q.items.slice(i + 1), ...q.items.slice(0, i)].find((it) => !matched.has(it.id));
  ctx.focusLater(itemKey(q, next ? q.items.indexOf(next) : i));
}

function unmatch(q: Matching, ctx: QuestionContext, i: number): void {
  const item = q.items[i]!;
  ctx.setDraft({ pairs: (ctx.draft.pairs ?? []).filter(([id]) => id !== item.id) });
  ctx.announce('unmatched', { item: plainInline(item.text) });
  ctx.focusLater(itemKey(q, i));
}

/** Escape on a target puts the picked item down, with focus back on it. */
function onTargetKey(q: Matching, ctx: QuestionContext, e: KeyboardEvent): void {
  const i = q.items.findIndex((it) => it.id === ctx.draft.picked);
  if (e.key !== 'Escape' || i < 0) return;
  e.preventDefault();
  pick(q, ctx, i);
  ctx.focusLater(itemKey(q, i));
}

export const kind: Kind<'matching'> = {
  render: (q, ctx) => {
    const { t } = ctx;
    const pairs = new Map(ctx.draft.pairs ?? []);
    const r = ctx.response?.type === 'matching' ? ctx.response : undefined;
    if (r) {
      const given = new Map(r.pairs);
      return html`<ul class="order match-result">
        ${q.items.map((item) => {
          const mark = given.get(item.id) === item.match ? 'correct' : 'incorrect';
          return html`<li class="match-item ${markClasses(mark)}">
            <span class="match-text">${renderInline(item.text)}</span>
            <span class="match-slot">${renderInline(q.targets.find((x) => x.id === given.get(item.id))?.text)}</span>
            <span class="mark">${markWords(mark, t)}${mark === 'incorrect' ? ` · ${t('rightAnswer', { answer: textOf(q.targets, item.match) })}` : ''}</span>
          </li>`;
        })}
      </ul>`;
    }
    const picked = ctx.draft.picked;
    return html`<p class="hint muted">${t('matchHint')}</p>
      <div class="matching">
        <ul class="order">
          ${q.items.map((item, i) => {
            const target = pairs.get(item.id);
            const slot = `slot-${q.id}-${i}`;
            return html`<li class="match-item ${classNames({ grabbed: picked === item.id })}">
              <button type="button" part="match-item" class="secondary" ${ctx.keep(itemKey(q, i))} aria-pressed=${picked === item.id ? 'true' : 'false'}
                aria-describedby=${slot} @click=${() => pick(q, ctx, i)}>${renderInline(item.text)}</button>
              <span class="match-slot" id=${slot}>${target ? t('matchedWith', { target: textOf(q.targets, target) }) : t('notMatched')}</span>
              ${target
                ? html`<button type="button" class="secondary small unmatch" aria-label=${t('unmatch', { item: plainInline(item.text) })} @click=${() => unmatch(q, ctx, i)}>×</button>`
                : nothing}
            </li>`;
          })}
        </ul>
        <ul class="order match-targets">
          ${targetOrder(q, ctx.seed).map((target, j) => {
            const users = [...pairs].filter(([, id]) => id === target.id).map(([id]) => textOf(q.items, id));
            return html`<li>
              <button type="button" part="match-target" class="secondary" ${ctx.keep(targetKey(q, j))}
                @click=${() => choose(q, ctx, target.id)} @keydown=${(e: KeyboardEvent) => onTargetKey(q, ctx, e)}>
                ${renderInline(target.text)} ${users.length ? html`<span class="match-users">${t('matchedWith', { target: users.join(', ') })}</span>` : nothing}
              </button>
            </li>`;
          })}
        </ul>
      </div>`;
  },
  read: (q, draft, { t }) => {
    const pairs = new Map(draft.pairs ?? []);
    const missing = q.items.filter((item) => !pairs.has(item.id)).length;
    if (missing) return t('matchEvery', { count: missing });
    return { type: 'matching', pairs: q.items.map((item) => [item.id, pairs.get(item.id)!] as const) };
  },
  words: (q, r) => r.pairs.map(([item, target]) => `${textOf(q.items, item)} – ${textOf(q.targets, target)}`).join('; '),
  parts: (q, r) => [r.pairs.filter(([item, target]) => q.items.some((i) => i.id === item && i.match === target)).length, q.items.length],
  print: (q, ctx) => html`<ol>${q.items.map((item) => html`<li>${renderInline(item.text)}</li>`)}</ol>
    <ul class="print-targets">${targetOrder(q, ctx.seed).map((target) => html`<li>${renderInline(target.text)}</li>`)}</ul>`,
};
