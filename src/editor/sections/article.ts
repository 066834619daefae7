/** Section 1, the article: paste or open it, its details, its lead image and its body. */
import { html, nothing, type TemplateResult } from 'lit';
import { textDirection } from '../../data/format.js';
import { controlId, retitle } from '../edit.js';
import { describedBy, field, problemNotes, type FormContext } from '../form.js';

export interface ArticleHandlers {
  pasteText: string;
  setPaste(text: string): void;
  startFromText(): void;
  openFile(input: HTMLInputElement): void;
  rememberSelection(e: Event): void;
  /** A language the text reads as, different from the one set, offered to the author. */
  langOffer?: { lang: string; code: string; name: string };
  acceptLang(): void;
}

export function renderArticle(ctx: FormContext, h: ArticleHandlers): TemplateResult {
  const { t, draft } = ctx;
  const lang = String(draft.lang || '');
  return html`<section aria-labelledby="s-article">
    <h2 id="s-article">${t('stepArticle')}</h2>
    <div class="field">
      <label for="paste">${t('pasteLabel')}</label>
      <textarea id="paste" aria-describedby="paste-hint" .value=${h.pasteText} @input=${(e: Event) => h.setPaste((e.target as HTMLTextAreaElement).value)}></textarea>
      <p class="hint" id="paste-hint">${t('pasteHint')}</p>
      <div class="row">
        <button type="button" id="start-from-text" class="primary" ?disabled=${!h.pasteText.trim()} @click=${h.startFromText}>${t('startFromText')}</button>
        <label for="open-file">${t('openFile')}</label>
        <input id="open-file" type="file" accept=".json,.md,.markdown,.txt,.gift,application/json,text/plain,text/markdown" @change=${(e: Event) => h.openFile(e.target as HTMLInputElement)} />
      </div>
    </div>
    ${field(ctx, t('title'), ['title'], { required: true, onInput: (v) => ctx.update((d) => retitle(d, v)) })}
    <div class="row">${field(ctx, t('id'), ['id'], { required: true })} ${field(ctx, t('lang'), ['lang'], { hint: t('langHint') })}</div>
    ${h.langOffer
      ? html`<p class="offer" id="lang-offer">
          ${t('langDetected', { name: h.langOffer.name, lang: h.langOffer.lang || h.langOffer.code, current: lang || '-' })}
          ${h.langOffer.lang ? html`<button type="button" id="use-detected-lang" @click=${h.acceptLang}>${t('useLang', { name: h.langOffer.name })}</button>` : nothing}
        </p>`
      : nothing}
    ${field(ctx, t('dek'), ['dek'], { kind: 'multiline' })}
    <div class="row">${field(ctx, t('byline'), ['byline'])} ${field(ctx, t('url'), ['url'], { kind: 'url' })}</div>
    <div class="row">${field(ctx, t('sourceName'), ['source', 'name'])} ${field(ctx, t('sourceUrl'), ['source', 'url'], { kind: 'url' })}</div>
    <div class="row">${field(ctx, t('published'), ['published'])} ${field(ctx, t('updated'), ['updated'])}</div>
    ${renderImage(ctx)}
    <div class="field">
      <label for=${controlId('/body')}>${t('body')}</label>
      <textarea
        id=${controlId('/body')}
        class="body"
        lang=${lang || nothing}
        dir=${textDirection(lang || 'en')}
        .value=${String(draft.body ?? '')}
        aria-invalid=${ctx.problemsAt('/body').length ? 'true' : nothing}
        aria-describedby=${describedBy(ctx, '/body', true)}
        @input=${(e: Event) => ctx.edit(['body'], (e.target as HTMLTextAreaElement).value || undefined)}
        @select=${h.rememberSelection}
        @keyup=${h.rememberSelection}
        @pointerup=${h.rememberSelection}
      ></textarea>
      <p class="hint" id="${controlId('/body')}-hint">${t('bodyHint')}</p>
      ${problemNotes(ctx, '/body')}
    </div>
  </section>`;
}

/** The lead image: address, text for those who cannot see it, credit. Emptying the address removes it. */
function renderImage(ctx: FormContext): TemplateResult {
  const { t, draft } = ctx;
  const image = draft.image;
  const set = (key: 'src' | 'alt' | 'credit', v: string) => {
    const next = { src: '', alt: '', ...image, [key]: v };
    if (key === 'credit' && !v) delete next.credit;
    ctx.edit(['image'], next.src || next.alt || next.credit ? next : undefined);
  };
  return html`<fieldset id=${controlId('/image')} tabindex="-1">
    <legend>${t('image')}</legend>
    ${problemNotes(ctx, '/image')}
    <div class="row">
      ${field(ctx, t('imageSrc'), ['image', 'src'], { kind: 'url', required: !!image, onInput: (v) => set('src', v) })}
      ${field(ctx, t('imageAlt'), ['image', 'alt'], { required: !!image, onInput: (v) => set('alt', v) })}
      ${field(ctx, t('imageCredit'), ['image', 'credit'], { onInput: (v) => set('credit', v) })}
    </div>
  </fieldset>`;
}
