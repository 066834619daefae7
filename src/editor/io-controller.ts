/**
 * The article in and the recap out: pasted text started as an article (its language told from
 * the text), files opened by what they are, and the recap downloaded as JSON, Recap Markdown,
 * GIFT or Aiken, or copied as an embed snippet. Formats other than JSON load on first use.
 */
import type { ReactiveControllerHost } from 'lit';
import { validateArticle } from '../data/validate.js';
import type { Article } from '../data/types.js';
import { articleFromText } from './edit.js';
import type { EditController } from './edit-controller.js';
import { embedSnippet } from './embed.js';
import { detectLanguage, sameLanguage } from './language.js';
import { readDraft } from './open.js';
import type { ExportFormat } from './sections/out.js';

export interface InOutHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly scriptUrl: string;
  /** A new draft is about to replace the one being edited (save that one first, start a new key). */
  startingNew(): void;
  /** The text reads as this language (set, or offered when it is not one the host knows). */
  languageRead(lang: string | undefined, code: string, set: boolean): void;
}

export class InOutController {
  pasteText = '';
  embed = '';

  constructor(
    private readonly host: InOutHost,
    private readonly form: EditController,
  ) {}

  setPaste(text: string): void {
    this.pasteText = text;
    this.host.requestUpdate();
  }

  async startFromText(): Promise<void> {
    const base = { ...this.form.draft, title: '', dek: undefined, body: '' };
    const draft = articleFromText(this.pasteText, base);
    if (!draft.dek) delete draft.dek;
    this.pasteText = '';
    this.form.replace(draft, true, '/title');
    await this.#readLanguage();
  }

  /**
   * Opens a file's text as a new draft: JSON as an article (even an invalid one, to fix here),
   * anything else by what it is (see open.ts). Resolves to false, and says why, when it cannot.
   */
  async openText(text: string, name = ''): Promise<boolean> {
    const { t } = this.form;
    const read = await readDraft(text, name);
    if (!read.ok) {
      const reason = read.reason === 'not-object' ? t('notObject') : read.reason;
      this.form.say(read.line ? t('openFailedAt', { name, line: read.line, reason }) : t('openFailed', { name, reason }));
      return false;
    }
    this.host.startingNew();
    this.form.replace(read.draft, true);
    if (read.warnings.length) this.form.say(t('importWarnings', { name, list: read.warnings.join('; ') }));
    else this.form.say(name ? t('opened', { name }) : '');
    if (read.kind === 'text') await this.#readLanguage();
    return true;
  }

  async openFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    await this.openText(text, file.name);
  }

  /** Sets the article's language from its body when the body plainly is in another one. */
  async #readLanguage(): Promise<void> {
    const { draft } = this.form;
    const read = await detectLanguage(String(draft.body ?? ''));
    if (!read || sameLanguage(read.lang ?? read.code, String(draft.lang || ''))) return;
    if (read.lang) this.form.edit(['lang'], read.lang);
    this.host.languageRead(read.lang, read.code, !!read.lang);
  }

  /** The recap, when it is valid; else focus goes to the problems. */
  #valid(): Article | undefined {
    const result = validateArticle(this.form.draft);
    if (result.ok) return result.article;
    this.form.say(this.form.t('notValidYet'));
    this.form.focusLater('problems');
    return undefined;
  }

  async exportAs(format: ExportFormat): Promise<void> {
    const article = this.#valid();
    if (!article) return;
    const base = article.id || 'recap';
    if (format === 'json') return this.#download(`${base}.json`, 'application/json', JSON.stringify(article, null, 2) + '\n');
    if (format === 'scorm12' || format === 'scorm2004') return this.#scorm(article, format, base);
    const formats = await import('./formats.js');
    if (format === 'markdown') return this.#download(`${base}.md`, 'text/markdown', formats.toRecapMarkdown(article));
    const out = format === 'gift' ? formats.toGift(article) : formats.toAiken(article);
    this.#download(`${base}.${format}.txt`, 'text/plain', out.text);
    this.form.say(out.warnings.length ? this.form.t('exportWarnings', { format: format === 'gift' ? 'GIFT' : 'Aiken', list: out.warnings.join('; ') }) : '');
  }

  async copyEmbed(): Promise<void> {
    const article = this.#valid();
    if (!article) return;
    this.embed = embedSnippet(article, this.host.scriptUrl);
    this.host.requestUpdate();
    try {
      await navigator.clipboard.writeText(this.embed);
      this.form.say(this.form.t('copied'));
    } catch {
      this.form.say(this.form.t('copyFailed'));
    }
  }

  async #scorm(article: Article, version: 'scorm12' | 'scorm2004', base: string): Promise<void> {
    this.form.say(this.form.t('makingPackage'));
    try {
      const { scormZipInBrowser } = await import('./lms-export.js');
      const zip = await scormZipInBrowser(article, version === 'scorm12' ? '1.2' : '2004');
      this.#download(`${base}-${version}.zip`, 'application/zip', zip);
      this.form.say(this.form.t('packageMade', { name: `${base}-${version}.zip` }));
    } catch (error) {
      this.form.say(this.form.t('packageFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  }

  #download(name: string, type: string, text: string | Uint8Array): void {
    const url = URL.createObjectURL(new Blob([text as BlobPart], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    this.host.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
