/** Section 5, taking the recap out: JSON, Recap Markdown, GIFT, Aiken, SCORM packages, and the embed snippet. */
import { html, nothing, type TemplateResult } from 'lit';
import type { EditorTranslate } from '../messages.js';

export type ExportFormat = 'json' | 'markdown' | 'gift' | 'aiken' | 'scorm12' | 'scorm2004';

export interface OutHandlers {
  embed: string;
  exportAs(format: ExportFormat): void;
  copyEmbed(): void;
}

export function renderOut(t: EditorTranslate, h: OutHandlers): TemplateResult {
  return html`<section aria-labelledby="s-out">
    <h2 id="s-out">${t('stepOut')}</h2>
    <div class="row">
      <button type="button" id="download-json" class="primary" @click=${() => h.exportAs('json')}>${t('downloadJson')}</button>
      <button type="button" id="download-markdown" @click=${() => h.exportAs('markdown')}>${t('downloadMarkdown')}</button>
      <button type="button" id="copy-embed" @click=${h.copyEmbed}>${t('copyEmbed')}</button>
      <button type="button" id="download-gift" @click=${() => h.exportAs('gift')}>${t('downloadGift')}</button>
      <button type="button" id="download-aiken" @click=${() => h.exportAs('aiken')}>${t('downloadAiken')}</button>
      <button type="button" id="download-scorm12" @click=${() => h.exportAs('scorm12')}>${t('downloadScorm', { version: '1.2' })}</button>
      <button type="button" id="download-scorm2004" @click=${() => h.exportAs('scorm2004')}>${t('downloadScorm', { version: '2004' })}</button>
    </div>
    ${h.embed
      ? html`<div class="field">
          <label for="embed">${t('embedSnippet')}</label>
          <textarea id="embed" class="snippet" readonly .value=${h.embed}></textarea>
        </div>`
      : nothing}
  </section>`;
}
