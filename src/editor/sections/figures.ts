/** Section 3, key figures: figures drafted from the body (accept or reject each), and every figure's fields. */
import { html, nothing, type TemplateResult } from 'lit';
import { pointer } from '../../data/check.js';
import { formatNumber } from '../../data/format.js';
import type { Figure } from '../../data/types.js';
import type { DraftFigure as Proposal } from '../../authoring/draft-figures.js';
import { CLAIM_STATUSES, listAt, MAX_FIGURES, QUALIFIERS, STYLES, type DraftFigure, type DraftFormat, type Path } from '../draft.js';
import { controlId, relabelFigure } from '../edit.js';
import { describedBy, evidence, field, itemButtons, problemNotes, select, type FormContext } from '../form.js';
import type { EditorMessageKey } from '../messages.js';

export interface FigureHandlers {
  proposals?: readonly Proposal[];
  findFigures(): void;
  accept(i: number): void;
  reject(i: number): void;
  questionFrom(figure: Figure): void;
}

export function describeProposal(ctx: FormContext, d: Proposal): string {
  const q = d.qualifier && d.qualifier !== 'exact' ? `${ctx.t(`qualifier.${d.qualifier}`)} ` : '';
  return q + formatNumber(d.value, String(ctx.draft.lang || 'en'), d.format);
}

export function renderFigures(ctx: FormContext, h: FigureHandlers): TemplateResult {
  const t = ctx.t;
  const figures = listAt<DraftFigure>(ctx.draft, ['figures']);
  return html`<section aria-labelledby="s-figures">
    <h2 id="s-figures">${t('stepFigures')}</h2>
    <button type="button" id="find-figures" class="primary" @click=${h.findFigures}>${t('findFigures')}</button>
    ${h.proposals?.length
      ? html`<ul class="proposals" aria-label=${t('foundFigures', { count: h.proposals.length })}>
          ${h.proposals.map((d, i) => {
            const what = `${describeProposal(ctx, d)} ${d.label}`;
            return html`<li class="proposal">
              <strong>${t('proposal', { value: describeProposal(ctx, d) })}</strong> — ${d.label}
              <p class="quote">“${d.evidence.quote}”</p>
              <div class="row">
                <button type="button" id="proposal-${i}-accept" aria-label="${t('accept')}: ${what}" @click=${() => h.accept(i)}>${t('accept')}</button>
                <button type="button" id="proposal-${i}-reject" aria-label="${t('reject')}: ${what}" @click=${() => h.reject(i)}>${t('reject')}</button>
              </div>
            </li>`;
          })}
        </ul>`
      : nothing}
    ${problemNotes(ctx, '/figures')} ${figures.map((f, i) => renderFigure(ctx, h, f, i, figures.length))}
    <button
      type="button"
      id="add-figure"
      ?disabled=${figures.length >= MAX_FIGURES}
      @click=${() => ctx.add(['figures'], { id: `figure-${figures.length + 1}`, value: 0, label: '' }, pointer(['figures', figures.length, 'value']))}
    >
      ${t('addFigure')}
    </button>
  </section>`;
}

function renderFigure(ctx: FormContext, h: FigureHandlers, f: DraftFigure, i: number, count: number): TemplateResult {
  const t = ctx.t;
  const path = ['figures', i];
  const style = f.format?.style ?? 'decimal';
  const what = t('figure', { n: i + 1 });
  return html`<fieldset id=${controlId(pointer(path))} tabindex="-1">
    <legend>${what}${f.label ? `: ${f.label}` : ''}</legend>
    ${problemNotes(ctx, pointer(path))}
    <div class="row">
      ${field(ctx, t('value'), [...path, 'value'], { kind: 'number', required: true })}
      ${select(ctx, t('qualifier'), [...path, 'qualifier'], QUALIFIERS, (q) => t(`qualifier.${q}`), { fallback: 'exact' })}
    </div>
    ${field(ctx, t('label'), [...path, 'label'], { required: true, onInput: (v) => ctx.update((d) => relabelFigure(d, i, v)) })}
    <div class="row">
      ${select(ctx, t('style'), [...path, 'format'], STYLES, (s) => t(`style.${s}` as EditorMessageKey), { fallback: 'decimal', keep: (s) => formatFor(f.format, s), shown: style })}
      ${style === 'unit' ? field(ctx, t('unit'), [...path, 'format', 'unit'], { required: true }) : nothing}
      ${style === 'currency' ? field(ctx, t('currency'), [...path, 'format', 'currency'], { required: true }) : nothing}
    </div>
    ${renderClaim(ctx, f, path)} ${field(ctx, t('id'), [...path, 'id'], { required: true, hint: t('idFollowsLabel') })} ${evidence(ctx, path)}
    <div class="row">
      <button type="button" id="figure-question-${i}" @click=${() => h.questionFrom(f as Figure)}>${t('questionFromFigure')}</button>
    </div>
    ${itemButtons(ctx, ['figures'], i, count, what, 'figure', () => ctx.remove(['figures'], i, what, (j) => pointer(['figures', j, 'value']), '#find-figures'), t('removeFigure', { n: i + 1 }))}
  </fieldset>`;
}

/** Who says so and how far it is established; the claim goes when "claimed by" is emptied. */
function renderClaim(ctx: FormContext, f: DraftFigure, path: Path): TemplateResult {
  const t = ctx.t;
  const claimPath = [...path, 'claim'];
  const byPointer = pointer([...claimPath, 'by']);
  const id = controlId(byPointer);
  return html`<div class="row">
    <div class="field">
      <label for=${id}>${t('claimBy')}</label>
      <input
        id=${id}
        type="text"
        .value=${String(f.claim?.by ?? '')}
        aria-invalid=${ctx.problemsAt(byPointer).length ? 'true' : nothing}
        aria-describedby=${describedBy(ctx, byPointer, false)}
        @input=${(e: Event) => {
          const by = (e.target as HTMLInputElement).value;
          ctx.edit(claimPath, by ? { ...f.claim, by, status: f.claim?.status ?? 'reported' } : undefined);
        }}
      />
      ${problemNotes(ctx, byPointer)}
    </div>
    ${f.claim ? select(ctx, t('claimStatus'), [...claimPath, 'status'], CLAIM_STATUSES, (v) => t(`status.${v}`), { fallback: 'reported', keep: (v) => v }) : nothing}
    ${field(ctx, t('asOf'), [...path, 'asOf'])}
  </div>`;
}

/** A figure's format after choosing how it is shown: keeps what still applies. */
export function formatFor(format: DraftFormat | undefined, style: (typeof STYLES)[number]): DraftFormat | undefined {
  const { style: _s, unit, currency, ...rest } = format ?? {};
  void _s;
  if (style === 'decimal') return Object.keys(rest).length ? rest : undefined;
  if (style === 'unit') return { ...rest, style, unit: unit ?? '' };
  if (style === 'currency') return { ...rest, style, currency: currency ?? '' };
  return { ...rest, style };
}
