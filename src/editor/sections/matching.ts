/**
 * A matching question's own fields: the items, each with the target it matches; the targets
 * (those no item matches are distractors); and whether one target may match several items.
 */
import { html, type TemplateResult } from 'lit';
import { pointer } from '../../data/check.js';
import { questionSchema } from '../../data/article-schema.js';
import { listAt, type Path } from '../draft.js';
import { controlId, nextChoiceId, uniqueId } from '../edit.js';
import { field, itemButtons, problemNotes, select, type FormContext } from '../form.js';
import { toggle } from './cloze.js';

const schema = questionSchema.variants.matching.props;
const MAX_MATCH_ITEMS = schema.items.max!;
const MAX_TARGETS = schema.targets.max!;

type Entry = { id?: string; text?: string; match?: string };

export function renderMatching(ctx: FormContext, path: Path): TemplateResult {
  const t = ctx.t;
  const itemsPath = [...path, 'items'];
  const targetsPath = [...path, 'targets'];
  const items = listAt<Entry>(ctx.draft, itemsPath);
  const targets = listAt<Entry>(ctx.draft, targetsPath);
  const targetIds = targets.map((x) => String(x.id ?? ''));
  const itemsBase = controlId(pointer(itemsPath));
  const targetsBase = controlId(pointer(targetsPath));
  // A target's name in an item's list: its words, or its number while it has none.
  const targetName = (id: string) => {
    const k = targetIds.indexOf(id);
    return `${t('target', { n: k + 1 })}: ${targets[k]?.text || '…'}`;
  };
  // A new item matches a target no item has yet, else the first.
  const used = new Set(items.map((x) => x.match));
  const freeTarget = targetIds.find((id) => !used.has(id)) ?? targetIds[0] ?? '';
  // A removed target's items are left pointing at nothing: the problem shows at their match.
  return html`<fieldset id=${itemsBase} tabindex="-1">
      <legend>${t('matchItems')}</legend>
      ${problemNotes(ctx, pointer(itemsPath))}
      <ol class="items">
        ${items.map((item, j) => {
          const what = t('matchItem', { n: j + 1 });
          return html`<li>
            <div class="row">
              ${field(ctx, what, [...itemsPath, j, 'text'], { required: true })}
              ${select(ctx, t('matchName', { n: j + 1 }), [...itemsPath, j, 'match'], targetIds, targetName, { fallback: String(item.match ?? ''), keep: (v) => v })}
            </div>
            ${itemButtons(ctx, itemsPath, j, items.length, what, `${itemsBase}-item`, () => ctx.remove(itemsPath, j, what, (k) => pointer([...itemsPath, k, 'text']), `#${itemsBase}-add`), t('removeMatchItem', { n: j + 1 }))}
          </li>`;
        })}
      </ol>
      <button
        type="button"
        id="${itemsBase}-add"
        ?disabled=${items.length >= MAX_MATCH_ITEMS}
        @click=${() => ctx.add(itemsPath, { id: nextChoiceId(items), text: '', match: freeTarget }, pointer([...itemsPath, items.length, 'text']))}
      >
        ${t('addMatchItem')}
      </button>
    </fieldset>
    <fieldset id=${targetsBase} tabindex="-1">
      <legend>${t('targets')}</legend>
      <p class="hint">${t('targetsHint')}</p>
      ${problemNotes(ctx, pointer(targetsPath))}
      ${targets.map((target, k) => {
        const what = t('target', { n: k + 1 });
        const base = controlId(pointer([...targetsPath, k]));
        const distractor = !items.some((x) => x.match === target.id);
        return html`<div class="choice">
          ${field(ctx, what, [...targetsPath, k, 'text'], {
            required: true,
            hint: distractor ? t('distractor') : undefined,
            extra: html`<div class="row">
                <button type="button" id="${base}-remove" @click=${() => ctx.remove(targetsPath, k, what, (i) => pointer([...targetsPath, i, 'text']), `#${targetsBase}-add`)}>${t('removeTarget', { n: k + 1 })}</button>
              </div>`,
          })}
        </div>`;
      })}
      <button
        type="button"
        id="${targetsBase}-add"
        ?disabled=${targets.length >= MAX_TARGETS}
        @click=${() => ctx.add(targetsPath, { id: uniqueId(`t${targets.length + 1}`, targetIds), text: '' }, pointer([...targetsPath, targets.length, 'text']))}
      >
        ${t('addTarget')}
      </button>
      ${toggle(ctx, t('reuseTargets'), [...path, 'reuseTargets'])}
    </fieldset>`;
}

