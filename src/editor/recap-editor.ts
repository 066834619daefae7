import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pointer, validateArticle } from '../data/validate.js';
import { parseArticleJson } from '../data/load-with-hints.js';
import { formatNumber, textDirection } from '../data/format.js';
import { toAiken, toGift } from '../data/export.js';
import type { Article, Figure, Problem, QuestionType } from '../data/types.js';
import { draftFigures, type DraftFigure } from '../authoring/draft-figures.js';
import { parseRecapMarkdown } from '../authoring/parse-recap-markdown.js';
import { toRecapMarkdown } from '../authoring/to-recap-markdown.js';
import { importGift, type ImportResult } from '../authoring/import-gift.js';
import { importQuizdown } from '../authoring/import-quizdown.js';
import '../elements/recap-summary/define.js';
import '../elements/recap-figures/define.js';
import '../elements/recap-quiz/define.js';
import {
  articleFromText,
  controlFor,
  controlId,
  emptyArticle,
  figureFromDraft,
  getIn,
  insertIn,
  moveIn,
  newQuestion,
  nextChoiceId,
  previewable,
  questionFromFigure,
  removeIn,
  setIn,
  slug,
  type Draft,
  type Path,
} from './edit.js';
import { DraftStore, DraftStoreError, newDraftKey, type DraftInfo } from './drafts.js';
import { embedSnippet } from './embed.js';
import { editorTranslator, type EditorMessageKey, type EditorMessages, type EditorTranslate } from './messages.js';
import { editorStyles } from './recap-editor.styles.js';

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

/** Milliseconds after the last keystroke before the preview updates. */
const PREVIEW_DELAY = 40;
/** Milliseconds after the last keystroke before the draft is saved. */
const SAVE_DELAY = 250;
const QUESTION_TYPES: QuestionType[] = ['single', 'multiple', 'true-false', 'numeric', 'order'];
const QUALIFIERS = ['exact', 'approximately', 'at-least', 'more-than', 'up-to', 'less-than'] as const;
const STYLES = ['decimal', 'percent', 'unit', 'currency'] as const;
const CLAIM_STATUSES = ['reported', 'claimed', 'disputed', 'confirmed'] as const;
const WIDTHS = [320, 600, 1000] as const;

type Width = (typeof WIDTHS)[number];
type FieldKind = 'text' | 'multiline' | 'number' | 'date' | 'url';

interface FieldOptions {
  kind?: FieldKind;
  /** Keep an empty string (required fields) instead of removing the key. */
  required?: boolean;
  hint?: string;
  extra?: TemplateResult;
  cls?: string;
}

/**
 * An editor for Recap articles that starts from the article itself: paste or open the text,
 * fill in the details, draft the key figures from the body, write questions with evidence
 * picked by selecting words, and watch the real widgets update as you type. Every problem
 * `validateArticle` finds is shown at its field, with a list at the top that moves focus there.
 * Drafts are saved in the browser as the author types.
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

  /** The article to edit. Setting it replaces the draft being edited (and fires nothing). */
  @property({ attribute: false }) article?: Article | Draft;

  /** `local` (default) saves drafts in this browser's localStorage as the author types; `none` saves nothing. */
  @property() storage: 'local' | 'none' = 'local';

  /** The script address the embed snippet loads the widgets from. */
  @property({ attribute: 'script-url' }) scriptUrl = 'https://cdn.jsdelivr.net/npm/recap-widgets/dist/recap.min.js';

  /** Replacement UI strings, by key (for wording, or a language the editor lacks). */
  @property({ attribute: false }) messages: Partial<EditorMessages> = {};

  @state() private draft: Draft = emptyArticle();
  @state() private problems: readonly Problem[] = [];
  @state() private preview?: Article;
  /** False while the summary is missing or has problems (the preview then leaves it out). */
  @state() private previewSummary = false;
  private previewFor: { figures?: Article; quiz?: Article } = {};
  private previewKeys: Record<string, string> = {};
  @state() private proposals?: DraftFigure[];
  @state() private status = '';
  @state() private storageNote = '';
  @state() private drafts: DraftInfo[] = [];
  @state() private draftKey = newDraftKey();
  @state() private previewWidth: Width = 600;
  @state() private previewTheme: 'light' | 'dark' = 'light';
  @state() private embed = '';
  @state() private pasteText = '';

  private store = new DraftStore();
  private problemsByControl = new Map<string, Problem[]>();
  private previewTimer?: ReturnType<typeof setTimeout>;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private selection = { start: 0, end: 0 };
  private pendingFocus?: string;
  private started = false;
  private t: EditorTranslate = editorTranslator('en');

  /** The article as edited now, whether or not it is valid yet. */
  get value(): Draft {
    return this.draft;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.started) return;
    this.started = true;
    if (this.article === undefined) this.restore();
    addEventListener('pagehide', this.flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.flush);
    this.flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('messages')) this.t = editorTranslator('en', this.messages);
    if (changed.has('article') && this.article !== undefined) {
      this.draft = structuredClone(this.article) as Draft;
      this.draftKey = `article-${String(this.draft.id || newDraftKey())}`;
      this.proposals = undefined;
      this.revalidate();
      this.updatePreviewNow();
    }
  }

  protected override updated(): void {
    if (this.pendingFocus === undefined) return;
    const target = this.pendingFocus;
    this.pendingFocus = undefined;
    this.focusTarget(target);
  }

  // ---- drafts ----

  private restore(): void {
    if (this.storage === 'none') {
      this.storageNote = this.t('storageOff');
      this.revalidate();
      return;
    }
    try {
      this.drafts = this.store.list();
      const latest = this.drafts[0];
      const saved = latest && this.store.load(latest.key);
      if (latest && saved) {
        this.draft = saved;
        this.draftKey = latest.key;
        this.status = this.t('restored', { title: latest.title || this.t('draftUntitled'), time: this.time(latest.saved) });
      }
    } catch (error) {
      this.storageTrouble(error);
    }
    this.revalidate();
    this.updatePreviewNow();
  }

  private readonly flush = (): void => {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.saveNow();
  };

  private saveNow(): void {
    if (this.storage === 'none') return;
    try {
      this.store.save(this.draftKey, this.draft);
      this.drafts = this.store.list();
      if (this.storageNote) this.storageNote = '';
    } catch (error) {
      this.storageTrouble(error);
    }
  }

  private storageTrouble(error: unknown): void {
    const trouble = error instanceof DraftStoreError ? error.trouble : 'blocked';
    this.storageNote = this.t(trouble === 'full' ? 'storageFull' : 'storageBlocked');
  }

  private time(ms: number): string {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  }

  private switchDraft(key: string): void {
    this.flush();
    try {
      const saved = this.store.load(key);
      if (!saved) return;
      this.draft = saved;
      this.draftKey = key;
      this.proposals = undefined;
      this.afterEdit(false);
    } catch (error) {
      this.storageTrouble(error);
    }
  }

  private newDraft(): void {
    this.flush();
    this.draft = emptyArticle();
    this.draftKey = newDraftKey();
    this.proposals = undefined;
    this.pasteText = '';
    this.afterEdit();
    this.pendingFocus = 'paste';
  }

  private deleteDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    try {
      this.store.remove(this.draftKey);
      this.drafts = this.store.list();
    } catch (error) {
      this.storageTrouble(error);
    }
    const next = this.drafts[0];
    if (next) this.switchDraft(next.key);
    else {
      this.draft = emptyArticle();
      this.draftKey = newDraftKey();
      this.afterEdit(false);
    }
    this.pendingFocus = 'drafts';
  }

  // ---- editing ----

  /** Validates, schedules the preview and the save, and tells the host. */
  private afterEdit(save = true): void {
    this.revalidate();
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.updatePreviewNow(), PREVIEW_DELAY);
    if (save && this.storage !== 'none') {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => {
        this.saveTimer = undefined;
        this.saveNow();
      }, SAVE_DELAY);
    }
    this.embed = '';
    this.dispatchEvent(new CustomEvent('recap-change', { detail: { article: this.draft, problems: this.problems }, bubbles: true, composed: true }));
  }

  private revalidate(): void {
    const result = validateArticle(this.draft);
    this.problems = result.ok ? [] : result.problems;
    const map = new Map<string, Problem[]>();
    for (const p of this.problems) {
      const at = controlFor(p.path);
      map.set(at, [...(map.get(at) ?? []), p]);
    }
    this.problemsByControl = map;
  }

  private updatePreviewNow(): void {
    clearTimeout(this.previewTimer);
    const part = previewable(this.draft, this.problems);
    this.previewSummary = !!part.summary;
    // Figures can be previewed before the summary is written: the record needs one of summary and quiz.
    if (!part.summary && !part.quiz) part.summary = { points: ['…'] };
    const result = validateArticle(part);
    this.preview = result.ok ? result.article : undefined;
    if (!result.ok) return;
    // Each widget gets a new object only when what it shows changed, so typing in the summary
    // re-renders the summary alone (the quiz is the costly one).
    const a = result.article;
    const { summary: _s, dek: _d, byline: _b, ...noSummary } = a;
    void [_s, _d, _b];
    this.previewFor.figures = this.stable('figures', { ...noSummary, quiz: undefined, body: undefined }, a);
    this.previewFor.quiz = this.stable('quiz', { ...noSummary, body: undefined }, a);
  }

  /** `article`, or the object given last time when `relevant` has not changed since. */
  private stable(which: 'figures' | 'quiz', relevant: unknown, article: Article): Article {
    const key = JSON.stringify(relevant);
    if (this.previewKeys[which] === key && this.previewFor[which]) return this.previewFor[which]!;
    this.previewKeys[which] = key;
    return article;
  }

  private edit(path: Path, value: unknown): void {
    this.draft = setIn(this.draft, path, value);
    this.afterEdit();
  }

  private list(path: Path): Draft[] {
    const v = getIn(this.draft, path);
    return Array.isArray(v) ? (v as Draft[]) : [];
  }

  private add(path: Path, item: unknown, focus: string): void {
    this.draft = insertIn(this.draft, path, item);
    this.pendingFocus = focus;
    this.afterEdit();
  }

  /** Removes an item and moves focus to the one that took its place, or to `fallback`. */
  private removeItem(path: Path, index: number, what: string, focusAt: (i: number) => string, fallback: string): void {
    this.draft = removeIn(this.draft, path, index);
    const left = this.list(path).length;
    this.pendingFocus = left ? focusAt(Math.min(index, left - 1)) : fallback;
    this.status = this.t('removed', { what });
    this.afterEdit();
  }

  private move(path: Path, from: number, to: number, buttonId: string): void {
    const len = this.list(path).length;
    if (to < 0 || to >= len) return;
    this.draft = moveIn(this.draft, path, from, to);
    // Keep focus on the same button of the moved item, unless it has gone (first/last).
    const dir = to < from ? 'up' : 'down';
    const edge = (dir === 'up' && to === 0) || (dir === 'down' && to === len - 1);
    this.pendingFocus = `#${buttonId}-${edge ? (dir === 'up' ? 'down' : 'up') : dir}-${to}`;
    this.afterEdit();
  }

  private focusTarget(target: string): void {
    const root = this.renderRoot as ShadowRoot;
    let el: HTMLElement | null;
    if (target.startsWith('#')) el = root.querySelector(target);
    else if (target === 'paste' || target === 'drafts' || target === 'problems') el = root.getElementById(target);
    else {
      let p = target;
      for (;;) {
        el = root.getElementById(controlId(p)) ?? root.getElementById(controlId(p.replace(/\/answer$/, '/choices')));
        if (el || !p) break;
        p = p.slice(0, p.lastIndexOf('/'));
      }
    }
    el?.focus();
  }

  // ---- article text ----

  private startFromText(): void {
    const base = { ...this.draft, title: '', dek: undefined, body: '' };
    this.draft = articleFromText(this.pasteText, base);
    if (!this.draft.dek) delete this.draft.dek;
    this.pasteText = '';
    this.proposals = undefined;
    this.afterEdit();
    this.pendingFocus = '/title';
  }

  /**
   * Text that is not JSON: a GIFT file (.gift), Recap Markdown (front matter first), a quizdown
   * quiz (task lists), or else the article's own text. Says why and returns undefined when a
   * Recap Markdown file has problems.
   */
  private readAuthoringText(text: string, name: string): Draft | undefined {
    const head = text.replace(/^\uFEFF/, '').trimStart();
    if (/\.gift(\.txt)?$/i.test(name)) return this.imported(importGift(text, { id: slug(name.replace(/\..*$/, ''), 'quiz') }), name);
    if (head.startsWith('---')) {
      const result = parseRecapMarkdown(text);
      if (result.ok) return structuredClone(result.article) as Draft;
      if (!/^\s*[-*] \[[ xX]\]/m.test(text)) {
        const p = result.problems[0]!;
        this.status = this.t('openFailed', { name, reason: `line ${p.line}: ${p.message}` });
        return undefined;
      }
    }
    if (/^\s*[-*] \[[ xX]\]/m.test(text)) return this.imported(importQuizdown(text, { id: slug(name.replace(/\..*$/, ''), 'quiz') }), name);
    return articleFromText(text, emptyArticle());
  }

  private imported(result: ImportResult, name: string): Draft {
    if (result.warnings.length) this.status = this.t('importWarnings', { name, list: result.warnings.join('; ') });
    return structuredClone(result.record) as Draft;
  }

  private async openFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    this.openText(text, file.name);
  }

  /**
   * Opens a file's text as a new draft: JSON as an article (even an invalid one, to fix here),
   * anything else as the article's text. Returns false, and says why, when JSON cannot be read.
   */
  openText(text: string, name = ''): boolean {
    let article: Draft;
    this.status = '';
    if (/\.json$/i.test(name) || /^\s*\{/.test(text)) {
      try {
        article = JSON.parse(text.replace(/^\uFEFF/, '')) as Draft;
      } catch {
        const result = parseArticleJson(text, name || 'the file');
        this.status = this.t('openFailed', { name, reason: result.ok ? 'unknown' : result.problems[0]!.message });
        return false;
      }
      if (!article || typeof article !== 'object' || Array.isArray(article)) {
        this.status = this.t('openFailed', { name, reason: 'not a JSON object' });
        return false;
      }
    } else {
      const read = this.readAuthoringText(text, name);
      if (!read) return false;
      article = read;
    }
    this.flush();
    this.draft = article;
    this.draftKey = newDraftKey();
    this.proposals = undefined;
    if (name && !this.status.startsWith(name)) this.status = this.t('opened', { name });
    this.afterEdit();
    return true;
  }

  private rememberSelection(e: Event): void {
    const ta = e.target as HTMLTextAreaElement;
    this.selection = { start: ta.selectionStart, end: ta.selectionEnd };
  }

  /** The words selected in the body pane, as an evidence quote at `path`. */
  private useSelection(path: Path): void {
    const body = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${controlId('/body')}`);
    let { start, end } = this.selection;
    if (body && body.selectionEnd > body.selectionStart) ({ selectionStart: start, selectionEnd: end } = body);
    const quote = String(this.draft.body ?? '').slice(start, end).trim();
    if (!quote) {
      this.status = this.t('selectFirst');
      return;
    }
    this.status = this.t('evidenceSet', { quote });
    this.edit([...path, 'evidence'], { quote });
  }

  // ---- figures and questions ----

  private findFigures(): void {
    const taken = this.list(['figures']);
    this.proposals = draftFigures(String(this.draft.body ?? ''), String(this.draft.lang || 'en')).filter(
      (d) => !taken.some((f) => f.value === d.value && (f.qualifier ?? 'exact') === (d.qualifier ?? 'exact')),
    );
    this.status = this.proposals.length ? this.t('foundFigures', { count: this.proposals.length }) : this.t('foundNone');
    this.pendingFocus = this.proposals.length ? '#proposal-0-accept' : '#find-figures';
  }

  private acceptProposal(i: number): void {
    const d = this.proposals![i]!;
    const figures = this.list(['figures']);
    const figure = figureFromDraft(d, figures.map((f) => String(f.id)));
    this.proposals = this.proposals!.filter((_, j) => j !== i);
    this.draft = insertIn(this.draft, ['figures'], figure);
    this.pendingFocus = this.proposals.length ? `#proposal-${Math.min(i, this.proposals.length - 1)}-accept` : pointer(['figures', figures.length, 'label']);
    this.afterEdit();
  }

  private rejectProposal(i: number): void {
    this.proposals = this.proposals!.filter((_, j) => j !== i);
    this.pendingFocus = this.proposals.length ? `#proposal-${Math.min(i, this.proposals.length - 1)}-accept` : '#find-figures';
  }

  private questionFrom(figure: Figure): void {
    const questions = this.list(['quiz', 'questions']);
    const q = questionFromFigure(figure, questions.map((x) => String(x.id)), this.t('figurePrompt', { label: String(figure.label ?? '') }));
    if (!this.draft.quiz) this.draft = setIn(this.draft, ['quiz'], { questions: [] });
    this.add(['quiz', 'questions'], q, pointer(['quiz', 'questions', questions.length, 'prompt']));
  }

  private addQuestion(type: QuestionType): void {
    const questions = this.list(['quiz', 'questions']);
    if (!this.draft.quiz) this.draft = setIn(this.draft, ['quiz'], { questions: [] });
    this.add(['quiz', 'questions'], newQuestion(type, questions.map((x) => String(x.id))), pointer(['quiz', 'questions', questions.length, 'prompt']));
  }

  private removeQuestion(i: number): void {
    const path = ['quiz', 'questions'];
    this.removeItem(path, i, this.t('question', { n: i + 1, type: '' }).replace(/\s*\(\)$/, ''), (j) => pointer([...path, j, 'prompt']), '#add-question-single');
    if (!this.list(path).length) {
      const { quiz: _quiz, ...rest } = this.draft;
      void _quiz;
      this.draft = rest;
      this.afterEdit();
    }
  }

  // ---- out ----

  private download(name: string, type: string, text: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private fileBase(): string {
    return String(this.draft.id || 'recap');
  }

  private exportAs(format: 'json' | 'gift' | 'aiken' | 'markdown'): void {
    const result = validateArticle(this.draft);
    if (!result.ok) {
      this.status = this.t('notValidYet');
      this.pendingFocus = 'problems';
      return;
    }
    if (format === 'json') {
      this.download(`${this.fileBase()}.json`, 'application/json', JSON.stringify(result.article, null, 2) + '\n');
      return;
    }
    if (format === 'markdown') {
      this.download(`${this.fileBase()}.md`, 'text/markdown', toRecapMarkdown(result.article));
      return;
    }
    const out = format === 'gift' ? toGift(result.article) : toAiken(result.article);
    this.download(`${this.fileBase()}.${format === 'gift' ? 'gift.txt' : 'aiken.txt'}`, 'text/plain', out.text);
    this.status = out.warnings.length ? this.t('exportWarnings', { format: format === 'gift' ? 'GIFT' : 'Aiken', list: out.warnings.join('; ') }) : '';
  }

  private async copyEmbed(): Promise<void> {
    const result = validateArticle(this.draft);
    if (!result.ok) {
      this.status = this.t('notValidYet');
      this.pendingFocus = 'problems';
      return;
    }
    this.embed = embedSnippet(result.article, this.scriptUrl);
    try {
      await navigator.clipboard.writeText(this.embed);
      this.status = this.t('copied');
    } catch {
      this.status = this.t('copyFailed');
    }
  }

  // ---- rendering ----

  private problemsAt(p: string): Problem[] {
    return this.problemsByControl.get(p) ?? [];
  }

  private problemNotes(p: string): TemplateResult | typeof nothing {
    const list = this.problemsAt(p);
    if (!list.length) return nothing;
    const id = controlId(p);
    return html`${list.map((pr, i) => html`<p class="problem" id="${id}-problem-${i}">${pr.message}</p>`)}`;
  }

  private describedBy(p: string, hint: boolean): string | typeof nothing {
    const id = controlId(p);
    const ids = this.problemsAt(p).map((_, i) => `${id}-problem-${i}`);
    if (hint) ids.unshift(`${id}-hint`);
    return ids.length ? ids.join(' ') : nothing;
  }

  private field(label: string, path: Path, options: FieldOptions = {}): TemplateResult {
    const p = pointer(path);
    const id = controlId(p);
    const kind = options.kind ?? 'text';
    const raw = getIn(this.draft, path);
    const value = raw === undefined || raw === null ? '' : String(raw);
    const invalid = this.problemsAt(p).length ? 'true' : nothing;
    const described = this.describedBy(p, !!options.hint);
    const onInput = (e: Event) => {
      const v = (e.target as HTMLInputElement).value;
      if (kind === 'number') {
        const n = Number(v.trim().replace(',', '.'));
        this.edit(path, v.trim() === '' ? (options.required ? v : undefined) : Number.isFinite(n) ? n : v);
      } else this.edit(path, v === '' && !options.required ? undefined : v);
    };
    return html`<div class="field ${options.cls ?? ''}">
      <label for=${id}>${label}</label>
      ${kind === 'multiline'
        ? html`<textarea id=${id} class=${options.cls ?? nothing} .value=${value} aria-invalid=${invalid} aria-describedby=${described} @input=${onInput}></textarea>`
        : html`<input
            id=${id}
            type=${kind === 'url' ? 'url' : 'text'}
            inputmode=${kind === 'number' ? 'decimal' : nothing}
            .value=${value}
            aria-invalid=${invalid}
            aria-describedby=${described}
            @input=${onInput}
          />`}
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing} ${options.extra ?? nothing} ${this.problemNotes(p)}
    </div>`;
  }

  private select<T extends string>(label: string, path: Path, values: readonly T[], text: (v: T) => string, fallback: T, keep?: (v: T) => unknown, shown?: T): TemplateResult {
    const p = pointer(path);
    const id = controlId(p);
    const current = shown ?? String(getIn(this.draft, path) ?? fallback);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        aria-invalid=${this.problemsAt(p).length ? 'true' : nothing}
        aria-describedby=${this.describedBy(p, false)}
        @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value as T;
          this.edit(path, keep ? keep(v) : v === fallback ? undefined : v);
        }}
      >
        ${values.map((v) => html`<option value=${v} ?selected=${v === current}>${text(v)}</option>`)}
      </select>
      ${this.problemNotes(p)}
    </div>`;
  }

  private evidence(path: Path): TemplateResult {
    const quotePath = [...path, 'evidence', 'quote'];
    const p = pointer(quotePath);
    return this.field(this.t('evidence'), quotePath, {
      kind: 'multiline',
      extra: html`<div><button type="button" id="${controlId(p)}-use" @click=${() => this.useSelection(path)}>${this.t('useSelection')}</button></div>`,
    });
  }

  /** Up/down/remove buttons for an item of a list. */
  private itemButtons(path: Path, i: number, count: number, what: string, idBase: string, onRemove: () => void, removeLabel: string): TemplateResult {
    return html`<div class="row">
      <button type="button" id="${idBase}-up-${i}" ?disabled=${i === 0} @click=${() => this.move(path, i, i - 1, idBase)}>${this.t('moveUp', { what })}</button>
      <button type="button" id="${idBase}-down-${i}" ?disabled=${i === count - 1} @click=${() => this.move(path, i, i + 1, idBase)}>${this.t('moveDown', { what })}</button>
      <button type="button" id="${idBase}-remove-${i}" @click=${onRemove}>${removeLabel}</button>
    </div>`;
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="layout">
      <div class="form">
        ${this.renderTop()} ${this.renderArticle()} ${this.renderSummary()} ${this.renderFigures()} ${this.renderQuiz()} ${this.renderOut()}
      </div>
      <div class="preview" part="preview">
        ${this.renderPreview()}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
    </div>`;
  }

  private renderTop(): TemplateResult {
    const t = this.t;
    const count = this.problems.length;
    return html`<section aria-labelledby="drafts-h">
        <h2 id="drafts-h">${t('drafts')}</h2>
        <div class="row">
          <div class="field">
            <label for="drafts">${t('drafts')}</label>
            <select id="drafts" @change=${(e: Event) => this.switchDraft((e.target as HTMLSelectElement).value)}>
              ${this.drafts.some((d) => d.key === this.draftKey) ? nothing : html`<option value=${this.draftKey} selected>${String(this.draft.title || t('draftUntitled'))}</option>`}
              ${this.drafts.map(
                (d) => html`<option value=${d.key} ?selected=${d.key === this.draftKey}>${t('draftSavedAt', { title: d.title || t('draftUntitled'), time: this.time(d.saved) })}</option>`,
              )}
            </select>
          </div>
          <button type="button" id="new-draft" @click=${this.newDraft}>${t('newDraft')}</button>
          <button type="button" id="delete-draft" @click=${this.deleteDraft}>${t('deleteDraft')}</button>
        </div>
        ${this.storageNote ? html`<p class="alert" role="alert">${this.storageNote}</p>` : nothing}
        <p class="status" aria-hidden="true">${this.status}</p>
      </section>
      <section aria-labelledby="problems">
        ${count
          ? html`<div class="problems">
              <h2 id="problems" tabindex="-1">${t('problemsHeading', { count })}</h2>
              <ul>
                ${this.problems.map(
                  (p) => html`<li>
                    <button type="button" class="go" @click=${() => this.focusTarget(controlFor(p.path) || '/title')}>${t('goToProblem', { where: p.path || '/', message: p.message })}</button>
                  </li>`,
                )}
              </ul>
            </div>`
          : html`<h2 id="problems" tabindex="-1" class="ok">${t('noProblems')}</h2>`}
      </section>`;
  }

  private renderArticle(): TemplateResult {
    const t = this.t;
    return html`<section aria-labelledby="s-article">
      <h2 id="s-article">${t('stepArticle')}</h2>
      <div class="field">
        <label for="paste">${t('pasteLabel')}</label>
        <textarea id="paste" aria-describedby="paste-hint" .value=${this.pasteText} @input=${(e: Event) => (this.pasteText = (e.target as HTMLTextAreaElement).value)}></textarea>
        <p class="hint" id="paste-hint">${t('pasteHint')}</p>
        <div class="row">
          <button type="button" id="start-from-text" class="primary" ?disabled=${!this.pasteText.trim()} @click=${this.startFromText}>${t('startFromText')}</button>
          <label for="open-file">${t('openFile')}</label>
          <input id="open-file" type="file" accept=".json,.md,.markdown,.txt,.gift,application/json,text/plain,text/markdown" @change=${(e: Event) => this.openFile(e.target as HTMLInputElement)} />
        </div>
      </div>
      ${this.field(t('title'), ['title'], { required: true })}
      <div class="row">${this.field(t('id'), ['id'], { required: true })} ${this.field(t('lang'), ['lang'])}</div>
      ${this.field(t('dek'), ['dek'], { kind: 'multiline' })}
      <div class="row">${this.field(t('byline'), ['byline'])} ${this.field(t('url'), ['url'], { kind: 'url' })}</div>
      <div class="row">${this.field(t('sourceName'), ['source', 'name'])} ${this.field(t('sourceUrl'), ['source', 'url'], { kind: 'url' })}</div>
      <div class="row">${this.field(t('published'), ['published'])} ${this.field(t('updated'), ['updated'])}</div>
      <div class="field">
        <label for=${controlId('/body')}>${t('body')}</label>
        <textarea
          id=${controlId('/body')}
          class="body"
          lang=${String(this.draft.lang || '') || nothing}
          dir=${textDirection(String(this.draft.lang || 'en'))}
          .value=${String(this.draft.body ?? '')}
          aria-invalid=${this.problemsAt('/body').length ? 'true' : nothing}
          aria-describedby=${this.describedBy('/body', true)}
          @input=${(e: Event) => this.edit(['body'], (e.target as HTMLTextAreaElement).value || undefined)}
          @select=${this.rememberSelection}
          @keyup=${this.rememberSelection}
          @pointerup=${this.rememberSelection}
        ></textarea>
        <p class="hint" id="${controlId('/body')}-hint">${t('bodyHint')}</p>
        ${this.problemNotes('/body')}
      </div>
    </section>`;
  }

  private renderSummary(): TemplateResult {
    const t = this.t;
    const path = ['summary', 'points'];
    const points = this.list(path);
    return html`<section aria-labelledby="s-summary">
      <h2 id="s-summary">${t('stepSummary')}</h2>
      ${this.problemNotes('/summary')} ${this.problemNotes('/summary/points')}
      <ol class="items">
        ${points.map(
          (_, i) => html`<li>
            ${this.field(t('point', { n: i + 1 }), [...path, i], { kind: 'multiline', required: true })}
            ${this.itemButtons(path, i, points.length, t('point', { n: i + 1 }), 'point', () => this.removeItem(path, i, t('point', { n: i + 1 }), (j) => pointer([...path, j]), '#add-point'), t('removePoint', { n: i + 1 }))}
          </li>`,
        )}
      </ol>
      <button type="button" id="add-point" @click=${() => this.add(path, '', pointer([...path, points.length]))}>${t('addPoint')}</button>
      ${this.field(t('takeaway'), ['summary', 'takeaway'], { kind: 'multiline' })} ${this.field(t('disclosure'), ['summary', 'disclosure'])}
    </section>`;
  }

  private renderFigures(): TemplateResult {
    const t = this.t;
    const figures = this.list(['figures']);
    return html`<section aria-labelledby="s-figures">
      <h2 id="s-figures">${t('stepFigures')}</h2>
      <button type="button" id="find-figures" class="primary" @click=${this.findFigures}>${t('findFigures')}</button>
      ${this.proposals?.length
        ? html`<ul class="proposals" aria-label=${t('foundFigures', { count: this.proposals.length })}>
            ${this.proposals.map(
              (d, i) => html`<li class="proposal">
                <strong>${t('proposal', { value: this.describeDraft(d) })}</strong> — ${d.label}
                <p class="quote">“${d.evidence.quote}”</p>
                <div class="row">
                  <button type="button" id="proposal-${i}-accept" aria-label="${t('accept')}: ${this.describeDraft(d)} ${d.label}" @click=${() => this.acceptProposal(i)}>${t('accept')}</button>
                  <button type="button" id="proposal-${i}-reject" aria-label="${t('reject')}: ${this.describeDraft(d)} ${d.label}" @click=${() => this.rejectProposal(i)}>${t('reject')}</button>
                </div>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${this.problemNotes('/figures')}
      ${figures.map((f, i) => this.renderFigure(f, i, figures.length))}
      <button type="button" id="add-figure" @click=${() => this.add(['figures'], { id: `figure-${figures.length + 1}`, value: 0, label: '' }, pointer(['figures', figures.length, 'value']))}>${t('addFigure')}</button>
    </section>`;
  }

  private describeDraft(d: DraftFigure): string {
    const q = d.qualifier && d.qualifier !== 'exact' ? `${this.t(`qualifier.${d.qualifier}` as EditorMessageKey)} ` : '';
    return q + formatNumber(d.value, String(this.draft.lang || 'en'), d.format);
  }

  private renderFigure(f: Draft, i: number, count: number): TemplateResult {
    const t = this.t;
    const path = ['figures', i];
    const style = String(f.format?.style ?? 'decimal');
    const what = t('figure', { n: i + 1 });
    return html`<fieldset id=${controlId(pointer(path))} tabindex="-1">
      <legend>${what}${f.label ? `: ${f.label}` : ''}</legend>
      ${this.problemNotes(pointer(path))}
      <div class="row">
        ${this.field(t('value'), [...path, 'value'], { kind: 'number', required: true })}
        ${this.select(t('qualifier'), [...path, 'qualifier'], QUALIFIERS, (q) => t(`qualifier.${q}` as EditorMessageKey), 'exact')}
      </div>
      ${this.field(t('label'), [...path, 'label'], { required: true })}
      <div class="row">
        ${this.select(t('style'), [...path, 'format'], STYLES, (s) => t(`style.${s}` as EditorMessageKey), 'decimal', (s) => this.formatFor(f.format, s), style as (typeof STYLES)[number])}
        ${style === 'unit' ? this.field(t('unit'), [...path, 'format', 'unit'], { required: true }) : nothing}
        ${style === 'currency' ? this.field(t('currency'), [...path, 'format', 'currency'], { required: true }) : nothing}
      </div>
      ${this.renderClaim(f, path)}
      ${this.field(t('id'), [...path, 'id'], { required: true })} ${this.evidence(path)}
      <div class="row">
        <button type="button" id="figure-question-${i}" @click=${() => this.questionFrom(f as Figure)}>${t('questionFromFigure')}</button>
      </div>
      ${this.itemButtons(['figures'], i, count, what, 'figure', () => this.removeItem(['figures'], i, what, (j) => pointer(['figures', j, 'value']), '#find-figures'), t('removeFigure', { n: i + 1 }))}
    </fieldset>`;
  }

  /** Who says so and how far it is established; the claim goes when "claimed by" is emptied. */
  private renderClaim(f: Draft, path: Path): TemplateResult {
    const t = this.t;
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
          aria-invalid=${this.problemsAt(byPointer).length ? 'true' : nothing}
          aria-describedby=${this.describedBy(byPointer, false)}
          @input=${(e: Event) => {
            const by = (e.target as HTMLInputElement).value;
            this.edit(claimPath, by ? { ...(f.claim ?? {}), by, status: f.claim?.status ?? 'reported' } : undefined);
          }}
        />
        ${this.problemNotes(byPointer)}
      </div>
      ${f.claim ? this.select(t('claimStatus'), [...claimPath, 'status'], CLAIM_STATUSES, (v) => t(`status.${v}` as EditorMessageKey), 'reported', (v) => v) : nothing}
      ${this.field(t('asOf'), [...path, 'asOf'])}
    </div>`;
  }

  /** A figure's format after choosing how it is shown: keeps what still applies. */
  private formatFor(format: Draft | undefined, style: string): Draft | undefined {
    const { style: _s, unit, currency, ...rest } = format ?? {};
    void _s;
    if (style === 'decimal') return Object.keys(rest).length ? rest : undefined;
    if (style === 'unit') return { ...rest, style, unit: unit ?? '' };
    if (style === 'currency') return { ...rest, style, currency: currency ?? '' };
    return { ...rest, style };
  }

  private renderQuiz(): TemplateResult {
    const t = this.t;
    const questions = this.list(['quiz', 'questions']);
    return html`<section aria-labelledby="s-quiz">
      <h2 id="s-quiz">${t('stepQuiz')}</h2>
      ${this.problemNotes('/quiz')} ${this.problemNotes('/quiz/questions')}
      ${this.draft.quiz
        ? html`<div class="row">${this.field(t('quizTitle'), ['quiz', 'title'])} ${this.field(t('passPercent'), ['quiz', 'passPercent'], { kind: 'number' })}</div>
            ${this.field(t('quizIntro'), ['quiz', 'intro'], { kind: 'multiline' })}`
        : nothing}
      ${questions.map((q, i) => this.renderQuestion(q, i, questions.length))}
      <div class="row" role="group" aria-labelledby="add-question-label">
        <span id="add-question-label">${t('addQuestionOfType')}</span>
        ${QUESTION_TYPES.map((type) => html`<button type="button" id="add-question-${type}" @click=${() => this.addQuestion(type)}>${t(`type.${type}` as EditorMessageKey)}</button>`)}
      </div>
    </section>`;
  }

  private renderQuestion(q: Draft, i: number, count: number): TemplateResult {
    const t = this.t;
    const path = ['quiz', 'questions', i];
    const type = String(q.type) as QuestionType;
    const what = t('question', { n: i + 1, type: t(`type.${type}` as EditorMessageKey) });
    return html`<fieldset id=${controlId(pointer(path))} tabindex="-1">
      <legend>${what}</legend>
      ${this.problemNotes(pointer(path))}
      ${this.field(t('prompt'), [...path, 'prompt'], { kind: 'multiline', required: true })}
      ${type === 'single' || type === 'multiple' ? this.renderChoices(q, path, type) : nothing}
      ${type === 'order' ? this.renderItems(q, path) : nothing}
      ${type === 'true-false'
        ? this.select(t('answer'), [...path, 'answer'], ['true', 'false'] as const, (v) => t(v), String(q.answer) === 'false' ? 'false' : 'true', (v) => v === 'true')
        : nothing}
      ${type === 'numeric'
        ? html`<div class="row">
            ${this.field(t('answer'), [...path, 'answer'], { kind: 'number', required: true })} ${this.field(t('tolerance'), [...path, 'tolerance'], { kind: 'number' })}
          </div>
          ${q.figure ? html`<p class="hint">${t('linkedFigure', { id: String(q.figure) })}</p>` : nothing}${this.problemNotes(pointer([...path, 'figure']))}`
        : nothing}
      ${this.field(t('explanation'), [...path, 'explanation'], { kind: 'multiline' })} ${this.field(t('id'), [...path, 'id'], { required: true })} ${this.evidence(path)}
      ${this.itemButtons(['quiz', 'questions'], i, count, what, 'question', () => this.removeQuestion(i), t('removeQuestion', { n: i + 1 }))}
    </fieldset>`;
  }

  private renderChoices(q: Draft, path: Path, type: 'single' | 'multiple'): TemplateResult {
    const t = this.t;
    const choicesPath = [...path, 'choices'];
    const choices = this.list(choicesPath);
    const answers: string[] = type === 'single' ? [String(q.answer)] : Array.isArray(q.answers) ? q.answers.map(String) : [];
    const groupPointer = pointer(choicesPath);
    // A single question's answer is chosen here too: its problems show on this group.
    const answerPointer = pointer([...path, 'answer']);
    const described = [this.describedBy(groupPointer, false), this.describedBy(answerPointer, false)].filter((x) => x !== nothing).join(' ');
    return html`<fieldset id=${controlId(groupPointer)} tabindex="-1" aria-describedby=${described || nothing}>
      <legend>${t('isAnswer')}</legend>
      ${this.problemNotes(groupPointer)} ${this.problemNotes(answerPointer)}
      ${choices.map((c, j) => {
        const id = String(c.id);
        const mark = `${controlId(groupPointer)}-right-${j}`;
        return html`<div class="choice">
          ${this.field(t('choice', { n: j + 1 }), [...choicesPath, j, 'text'], {
            required: true,
            extra: html`<div class="row">
              <input
                type=${type === 'single' ? 'radio' : 'checkbox'}
                id=${mark}
                name="${controlId(groupPointer)}-right"
                .checked=${answers.includes(id)}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  if (type === 'single') this.edit([...path, 'answer'], id);
                  else this.edit([...path, 'answers'], on ? [...answers.filter((a) => a !== id), id] : answers.filter((a) => a !== id));
                }}
              />
              <label for=${mark}>${t('isAnswer')}</label>
              <button
                type="button"
                id="${controlId(groupPointer)}-remove-${j}"
                @click=${() => {
                  if (type === 'single' && q.answer === id) this.draft = setIn(this.draft, [...path, 'answer'], String(choices.find((x) => x.id !== id)?.id ?? ''));
                  if (type === 'multiple') this.draft = setIn(this.draft, [...path, 'answers'], answers.filter((a) => a !== id));
                  this.removeItem(choicesPath, j, t('choice', { n: j + 1 }), (k) => pointer([...choicesPath, k, 'text']), `#${controlId(groupPointer)}-add`);
                }}
              >
                ${t('removeChoice', { n: j + 1 })}
              </button>
            </div>`,
          })}
        </div>`;
      })}
      <button type="button" id="${controlId(groupPointer)}-add" ?disabled=${choices.length >= 8} @click=${() => this.add(choicesPath, { id: nextChoiceId(choices), text: '' }, pointer([...choicesPath, choices.length, 'text']))}>
        ${t('addChoice')}
      </button>
    </fieldset>`;
  }

  private renderItems(q: Draft, path: Path): TemplateResult {
    const t = this.t;
    const itemsPath = [...path, 'items'];
    const items = this.list(itemsPath);
    const groupPointer = pointer(itemsPath);
    const base = controlId(groupPointer);
    void q;
    return html`<div id=${base} tabindex="-1">
      <p class="hint">${t('orderNote')}</p>
      ${this.problemNotes(groupPointer)}
      <ol class="items">
        ${items.map(
          (_, j) => html`<li>
            ${this.field(t('item', { n: j + 1 }), [...itemsPath, j, 'text'], { required: true })}
            ${this.itemButtons(itemsPath, j, items.length, t('item', { n: j + 1 }), `${base}-item`, () => this.removeItem(itemsPath, j, t('item', { n: j + 1 }), (k) => pointer([...itemsPath, k, 'text']), `#${base}-add`), t('removeItem', { n: j + 1 }))}
          </li>`,
        )}
      </ol>
      <button type="button" id="${base}-add" ?disabled=${items.length >= 8} @click=${() => this.add(itemsPath, { id: nextChoiceId(items), text: '' }, pointer([...itemsPath, items.length, 'text']))}>${t('addItem')}</button>
    </div>`;
  }

  private renderPreview(): TemplateResult {
    const t = this.t;
    const a = this.preview;
    const partial = a && this.problems.length > 0;
    return html`<section aria-labelledby="s-preview">
      <h2 id="s-preview">${t('stepPreview')}</h2>
      <div class="row">
        <fieldset>
          <legend>${t('width')}</legend>
          ${WIDTHS.map(
            (w) => html`<label><input type="radio" name="width" .checked=${this.previewWidth === w} @change=${() => (this.previewWidth = w)} /> ${w} px</label> `,
          )}
        </fieldset>
        <fieldset>
          <legend>${t('theme')}</legend>
          ${(['light', 'dark'] as const).map(
            (th) => html`<label><input type="radio" name="theme" .checked=${this.previewTheme === th} @change=${() => (this.previewTheme = th)} /> ${t(th)}</label> `,
          )}
        </fieldset>
      </div>
      ${partial ? html`<p class="hint">${t('previewPartial')}</p>` : nothing}
      ${a
        ? html`<div class="frame-scroll" tabindex="0" role="region" aria-label=${t('previewRegion', { width: this.previewWidth })}>
            <div class="frame w${this.previewWidth} ${this.previewTheme}" lang=${a.lang ?? nothing} dir=${textDirection(a.lang)}>
              ${a.summary && this.previewSummary ? html`<recap-summary loading="eager" heading-level="3" theme=${this.previewTheme} .article=${a}></recap-summary>` : nothing}
              ${a.figures?.length ? html`<recap-figures loading="eager" heading-level="3" theme=${this.previewTheme} .article=${this.previewFor.figures ?? a}></recap-figures>` : nothing}
              ${a.quiz ? html`<recap-quiz loading="eager" heading-level="3" persist="none" theme=${this.previewTheme} .article=${this.previewFor.quiz ?? a}></recap-quiz>` : nothing}
            </div>
          </div>`
        : html`<p class="hint">${t('previewNothing')}</p>`}
    </section>`;
  }

  private renderOut(): TemplateResult {
    const t = this.t;
    return html`<section aria-labelledby="s-out">
      <h2 id="s-out">${t('stepOut')}</h2>
      <div class="row">
        <button type="button" id="download-json" class="primary" @click=${() => this.exportAs('json')}>${t('downloadJson')}</button>
        <button type="button" id="download-markdown" @click=${() => this.exportAs('markdown')}>${t('downloadMarkdown')}</button>
        <button type="button" id="copy-embed" @click=${this.copyEmbed}>${t('copyEmbed')}</button>
        <button type="button" id="download-gift" @click=${() => this.exportAs('gift')}>${t('downloadGift')}</button>
        <button type="button" id="download-aiken" @click=${() => this.exportAs('aiken')}>${t('downloadAiken')}</button>
      </div>
      ${this.embed
        ? html`<div class="field">
            <label for="embed">${t('embedSnippet')}</label>
            <textarea id="embed" class="snippet" readonly .value=${this.embed}></textarea>
          </div>`
        : nothing}
    </section>`;
  }
}

