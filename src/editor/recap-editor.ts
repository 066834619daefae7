import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { textDirection } from '../data/format.js';
import type { Article, Problem, QuestionType } from '../data/types.js';
import type { DraftFigure as Proposal } from '../authoring/draft-figures.js';
import { defineElement } from '../shared/define-element.js';
import { emit } from '../shared/events.js';
import { PageLangController } from '../shared/page-lang.js';
import { DraftController, type DraftEvent } from './draft-controller.js';
import { listAt, moveIn, setIn, type Draft } from './draft.js';
import { DragController } from './drag-controller.js';
import { EditController } from './edit-controller.js';
import { emptyArticle, newQuestion, questionIds } from './edit.js';
import { FiguresController } from './figures-controller.js';
import { InOutController } from './io-controller.js';
import { languageName } from './language.js';
import { editorMessagesReady, editorTranslator, loadEditorMessages, type EditorMessages } from './messages.js';
import { PreviewController } from './preview.js';
import { editorStyles } from './recap-editor.styles.js';
import { renderArticle } from './sections/article.js';
import { renderFigures } from './sections/figures.js';
import { renderOut } from './sections/out.js';
import { renderQuiz } from './sections/quiz.js';
import { renderSummary } from './sections/summary.js';
import { renderTop } from './sections/top.js';
import { DEFAULT_SCRIPT_URL } from './version.js';

export interface RecapChangeDetail {
  /** The article as the author has it now (it may not be valid yet). */
  article: Draft;
  /** What validateArticle says is wrong with it; empty when it is valid. */
  problems: readonly Problem[];
}
export type RecapChangeEvent = CustomEvent<RecapChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'recap-change': RecapChangeEvent;
  }
}

/**
 * An editor for Recap articles that starts from the article itself: paste or open the text
 * (its language is told from the text), fill in the details, draft the key figures from the
 * body, write questions with evidence picked by selecting words, and watch the real widgets
 * update as you type. Every problem `validateArticle` finds is shown at its field, with a list
 * at the top, by field name, that moves focus there. Drafts are saved in the browser as the
 * author types, and kept in step across tabs. The editor speaks the page's language (the ten
 * the widgets speak; right to left for Arabic and Hebrew), whatever the article's language.
 *
 * @summary Make a Recap (summary, key figures, quiz) from an article without touching JSON.
 * @tag recap-editor
 *
 * @fires {RecapChangeDetail} recap-change - The author changed the article. Detail: `{ article, problems }`; `problems` is empty when the article is valid.
 *
 * @csspart base - The editor's layout (form and preview).
 * @csspart preview - The preview pane.
 *
 * @cssprop [--recap-accent=#1d4ed8] - Accent colour: buttons, focus.
 * @cssprop [--recap-incorrect] - Colour of problems.
 * @cssprop [--recap-border] - Border colour of fields and groups.
 * @cssprop [--recap-font-family=inherit] - Font family.
 * @cssprop [--recap-space=1rem] - Base spacing.
 */
export class RecapEditor extends LitElement {
  static override styles = [editorStyles];
  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    storage: {},
    scriptUrl: { attribute: 'script-url' },
    messages: { attribute: false },
  };

  /** Registers the element as `tag` (default `recap-editor`) in `registry`, unless the tag is taken. */
  static define(tag = 'recap-editor', registry: CustomElementRegistry = customElements): void {
    defineElement(this, tag, registry);
  }

  /** The article to edit. Setting it replaces the draft being edited (and fires nothing). */
  article?: Article | Draft;
  /** `local` (default) saves drafts in this browser's localStorage as the author types; `none` saves nothing. */
  storage: 'local' | 'none' = 'local';
  /** The script address the embed snippet loads the widgets from (default: the README's CDN, this version). */
  scriptUrl: string = DEFAULT_SCRIPT_URL;
  /** Replacement UI strings, by key (for wording, or a language the editor lacks). */
  messages: Partial<EditorMessages> = {};

  readonly #page = new PageLangController(this);
  readonly #form = new EditController(this);
  readonly #drafts = new DraftController(this);
  readonly #preview = new PreviewController(this);
  readonly #figures = new FiguresController(this, this.#form);
  readonly #io = new InOutController(this, this.#form);
  readonly #drag = new DragController(this, {
    moveItem: (path, from, to) => this.#form.replace(moveIn(this.#form.draft, path, from, to), true),
    dropped: (_path, at, total) => this.#form.say(this.#form.t('dropped', { what: this.#form.t('point', { n: at + 1 }), position: at + 1, total })),
  });
  #langOffer?: { lang?: string; code: string };
  #restoring = false;

  /** The article as edited now, whether or not it is valid yet. */
  get value(): Draft {
    return this.#form.draft;
  }
  /** @internal The draft controller's view of what is edited (`value` is the public name). */
  get draft(): Draft {
    return this.#form.draft;
  }
  /** @internal */
  get proposals(): readonly Proposal[] | undefined {
    return this.#figures.proposals;
  }
  /** The language the editor speaks: the page's where the editor stands. */
  get uiLocale(): string {
    return this.#page.value || 'en';
  }

  /** Opens a file's text as a new draft (JSON, Recap Markdown, GIFT, quizdown, or an article's text). Resolves to false, and says why, when it cannot. */
  openText(text: string, name = ''): Promise<boolean> {
    return this.#io.openText(text, name);
  }

  /** The editor's words for `key` in its UI language (for the page around it, such as the studio's save bar). */
  word(key: keyof EditorMessages, vars?: Record<string, string | number>): string {
    return this.#form.t(key, vars);
  }

  override connectedCallback(): void {
    // The article set before connecting wins over the restored draft.
    this.#restoring = this.article === undefined;
    super.connectedCallback();
    this.#restoring = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = this.uiLocale;
    if (!editorMessagesReady(locale)) void loadEditorMessages(locale).then(() => this.requestUpdate());
    this.#form.t = editorTranslator(locale, this.messages);
    if (changed.has('article') && this.article !== undefined) {
      this.#drafts.adopt(String(this.article.id ?? ''));
      this.#figures.set(undefined);
      this.#form.replace(structuredClone(this.article) as Draft, false);
      this.#preview.schedule(this.#form.draft, this.#form.problems, true);
    }
  }

  /** @internal From the edit controller: validated; now save, preview and tell the page. */
  changed(save: boolean): void {
    this.#preview.schedule(this.#form.draft, this.#form.problems);
    this.#io.embed = '';
    if (!save) return;
    this.#drafts.schedule();
    emit(this, 'recap-change', { article: this.#form.draft, problems: this.#form.problems });
  }

  /** @internal From the draft controller: a draft from storage replaces the one being edited. */
  load(draft: Draft, proposals: Proposal[] | undefined, why: DraftEvent): void {
    if (why.kind === 'restored' && !this.#restoring) return;
    const t = this.#form.t;
    if (why.kind !== 'kept-copy') {
      this.#form.replace(draft, false);
      this.#figures.proposals = proposals?.length ? proposals : undefined;
      this.#preview.schedule(draft, this.#form.problems, true);
    }
    const time = (ms: number) => this.#time(ms);
    if (why.kind === 'restored') this.#form.say(t('restored', { title: why.title || t('draftUntitled'), time: time(why.saved) }));
    if (why.kind === 'other-tab') this.#form.say(t('followedOtherTab', { time: time(why.saved) }));
    if (why.kind === 'kept-copy') this.#form.say(t('keptCopy'));
  }

  /** @internal */
  proposalsChanged(): void {
    this.#drafts.schedule();
  }

  /** @internal */
  startingNew(): void {
    this.#drafts.startNew();
    this.#figures.proposals = undefined;
    this.#langOffer = undefined;
  }

  /** @internal */
  languageRead(lang: string | undefined, code: string, set: boolean): void {
    this.#langOffer = set ? undefined : { ...(lang ? { lang } : {}), code };
    if (set && lang) this.#form.say(this.#form.t('langSet', { name: languageName(lang, this.uiLocale), lang }));
    this.requestUpdate();
  }

  /** @internal */
  offerLanguage(lang: string | undefined, code: string): void {
    this.languageRead(lang, code, false);
  }

  #time(ms: number): string {
    return new Intl.DateTimeFormat(this.uiLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  }

  #newDraft = (): void => {
    this.startingNew();
    this.#io.pasteText = '';
    this.#form.replace(emptyArticle(), false, 'paste');
  };

  #deleteDraft = (): void => {
    const next = this.#drafts.deleteCurrent();
    if (next) this.#drafts.switchTo(next);
    else {
      this.startingNew();
      this.#form.replace(emptyArticle(), false);
    }
    this.#form.focusLater('drafts');
  };

  #addQuestion(type: QuestionType): void {
    const n = listAt(this.#form.draft, ['quiz', 'questions']).length;
    this.#form.update((d) => setIn(d, ['quiz', 'questions'], [...listAt(d, ['quiz', 'questions']), newQuestion(type, questionIds(d))]), `/quiz/questions/${n}/prompt`);
  }

  #removeQuestion(i: number): void {
    const path = ['quiz', 'questions'];
    const left = (this.#form.draft.quiz?.questions?.length ?? 0) - 1;
    if (left > 0) return this.#form.remove(path, i, this.#form.t('questionN', { n: i + 1 }), (j) => `/quiz/questions/${j}/prompt`, '#add-question-single');
    // The last question goes with its quiz: a quiz needs at least one.
    this.#form.say(this.#form.t('removed', { what: this.#form.t('questionN', { n: i + 1 }) }));
    this.#form.update(({ quiz: _quiz, ...rest }) => rest, '#add-question-single');
  }

  protected override render(): TemplateResult {
    const form = this.#form;
    const t = form.t;
    const drafts = this.#drafts;
    const trouble = drafts.trouble;
    const offer = this.#langOffer;
    return html`<div part="base" class="layout" dir=${textDirection(this.uiLocale)}>
      <div class="form">
        ${renderTop(t, {
          drafts: drafts.list,
          draftKey: drafts.key,
          title: String(form.draft.title ?? ''),
          draft: form.draft,
          storageNote: trouble === 'full' ? t('storageFull') : trouble === 'blocked' ? t('storageBlocked') : trouble === 'off' ? t('storageOff') : '',
          ...(drafts.conflict ? { conflict: { time: this.#time(drafts.conflict.saved) } } : {}),
          status: form.status,
          problems: form.problems,
          time: (ms) => this.#time(ms),
          switchDraft: (key) => drafts.switchTo(key),
          newDraft: this.#newDraft,
          deleteDraft: this.#deleteDraft,
          takeTheirs: () => drafts.takeTheirs(),
          keepMine: () => drafts.keepMine(),
          goTo: (p) => form.focus(p),
        })}
        ${renderArticle(form, {
          pasteText: this.#io.pasteText,
          setPaste: (text) => this.#io.setPaste(text),
          startFromText: () => void this.#io.startFromText(),
          openFile: (input) => void this.#io.openFile(input),
          rememberSelection: form.rememberSelection,
          ...(offer ? { langOffer: { lang: offer.lang ?? '', code: offer.code, name: languageName(offer.lang ?? offer.code, this.uiLocale) } } : {}),
          acceptLang: () => {
            this.#langOffer = undefined;
            if (offer?.lang) form.edit(['lang'], offer.lang);
            form.focusLater('#find-figures');
          },
        })}
        ${renderSummary(form, this.#drag)}
        ${renderFigures(form, {
          proposals: this.#figures.proposals,
          findFigures: () => void this.#figures.find(),
          accept: (i) => this.#figures.accept(i),
          reject: (i) => this.#figures.reject(i),
          questionFrom: (f) => void this.#figures.questionFrom(f),
        })}
        ${renderQuiz(form, { addQuestion: (type) => this.#addQuestion(type), removeQuestion: (i) => this.#removeQuestion(i) })}
        ${renderOut(t, { embed: this.#io.embed, exportAs: (f) => void this.#io.exportAs(f), copyEmbed: () => void this.#io.copyEmbed() })}
      </div>
      <div class="preview" part="preview">${this.#preview.render(t)}</div>
      <p class="visually-hidden" role="status" aria-live="polite">${form.status || nothing}</p>
    </div>`;
  }
}
