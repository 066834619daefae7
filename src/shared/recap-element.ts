/**
 * The base of every Recap element: takes the article from the `.article`
 * property, a `src` URL or an inline `<script type="application/json">` child
 * (or `<script type="text/markdown">`: Recap Markdown, compiled by code fetched only then),
 * validates it, and shows one of three states (loading, error, ready).
 * Subclasses only render the ready state.
 */
import { LitElement, adoptStyles, html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { Article, Problem, ValidationResult } from '../data/types.js';
import { checkArticle, type Explainer } from '../data/check.js';
import { loadArticle, parseArticleJson } from '../data/load.js';
import { explainLater } from './explain-later.js';
import { resolveLocale, textDirection } from '../data/format.js';
import { loadMessages, messagesReady, messagesVersion, translator, type MessageKey, type Messages, type Translate } from './messages.js';
import { emit, type DataSource } from './events.js';
import { compileInlineMarkdown } from './inline-markdown.js';
import { PageLangController } from './page-lang.js';
import { NearViewportController } from './near-viewport-controller.js';
import { defineElement } from './define-element.js';
import { markdownToLoad } from '../render/lex.js';

export type Status = 'loading' | 'error' | 'ready';

/** Takes a pre-rendered element over, then calls `connect` (shared/hydrate.ts's `takeOver`). */
export type TakeOver = (host: RecapElement, child: boolean, connect: () => void) => Promise<void>;
let takeOver: TakeOver | undefined;

/**
 * Registered by the modules of the elements that take pre-rendered HTML over (the quiz and
 * `<recap-article>`), so that a page or bundle of summaries and figures, which never do, carries
 * none of that code; without it, a pre-rendered element keeps the server's HTML (see `takesOver`).
 */
export function useTakeOver(how: TakeOver): void {
  takeOver ??= how;
}

export abstract class RecapElement extends LitElement {
  /** Reactive properties and their attributes (declared here rather than by decorators: no decorator code in the bundles). */
  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    src: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    loading: { reflect: true },
    messages: { attribute: false },
    status: { state: true },
    data: { state: true },
    _problems: { state: true },
  };

  /**
   * Whether the reader acts on the element (a quiz): pre-rendered, it takes over its HTML when
   * the reader nears or touches it. An element nothing on which reacts to the reader (summary,
   * figures) keeps the server's shadow root as it is, with no hydration, until something
   * changes it (data, a property or attribute, the page's language): then it renders anew.
   */
  static readonly takesOver: boolean = true;

  /** The tag `define()` uses when given none. */
  static readonly defaultTag: string;

  /**
   * Registers the element as `tag` (default: its own, such as `recap-quiz`) in `registry`
   * (default: the page's). A taken tag is left to its holder, with one console warning when
   * that is another class. `<recap-article>` renders its children under whatever tags they
   * were defined with.
   */
  static define(tag?: string, registry: CustomElementRegistry = customElements): void {
    defineElement(this as unknown as CustomElementConstructor, tag ?? this.defaultTag, registry);
  }

  /** The article data (see the data contract). Takes precedence over `src` and inline JSON. */
  article?: Article;

  /** URL of the article JSON to load. Changing it aborts the previous load. */
  src?: string;

  /** Level (1-6) of the widget's heading, so it fits the page's outline. */
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 2;

  /** `light` or `dark` forces that colour set, with its own background; unset, colours follow the page's color-scheme. */
  theme?: 'light' | 'dark';

  /**
   * `auto` (default): render at once, except on pages with many widgets, where those far
   * below the viewport wait until the reader scrolls near them. `eager`: always at once.
   * `lazy`: always wait until near the viewport.
   */
  loading: 'auto' | 'eager' | 'lazy' = 'auto';

  /** Replacement UI strings, by message key (for wording or languages the library lacks). */
  messages: Partial<Messages> = {};

  /** loading, error or ready. */
  protected status: Status = 'loading';
  /** The validated article being shown. */
  protected data?: Article;
  private _problems: readonly Problem[] = [];

  /** The message key of the reader-facing error line. */
  protected abstract readonly errorKey: MessageKey;
  protected abstract renderReady(article: Article): TemplateResult;

  private loadController?: AbortController;
  private readonly pageLang = new PageLangController(this);
  private inlineRead = false;
  /**
   * Whether the element came with its shadow root already in the HTML (declarative shadow DOM
   * from the server renderer, see recap-widgets/server): its first update then hydrates what
   * is there instead of rendering, so it must render exactly what the server did.
   */
  readonly #prerendered = !isServer && this.shadowRoot !== null;
  private readonly viewport = new NearViewportController(this, this.#prerendered);

  /** What was wrong with the data: in the error state, or when only the parts without problems are shown. */
  get problems(): readonly Problem[] {
    return this._problems;
  }

  /** The JSON Pointers of what the element left out because of `problems` ("/quiz", "/figures/2"); empty when nothing was. */
  get leftOut(): readonly string[] {
    return this.#leftOut;
  }
  #leftOut: readonly string[] = [];

  /**
   * Also `defer-hydration`, which pre-rendered children carry until their parent has taken
   * over: its removal reaches Lit's hydration support even when that support was loaded after
   * this element was defined.
   */
  static override get observedAttributes(): string[] {
    return [...new Set([...super.observedAttributes, 'defer-hydration'])];
  }

  /**
   * The browser keeps the callbacks a class had when it was defined; Lit's hydration support,
   * loaded later, patches LitElement's. Calling up the chain here reaches the patched one.
   */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
  }

  /** A pre-rendered element that keeps the server's shadow root until something changes it (see `takesOver`). */
  #asleep?: boolean;
  /** Until a pre-rendered element takes over: waits for the reader (near or touching) and Lit's support. */
  #takeOver?: Promise<void>;

  override connectedCallback(): void {
    if (this.#prerendered && !this.hasUpdated && this.#asleep === undefined) {
      // A child of a pre-rendered <recap-article> is taken over by its parent (defer-hydration).
      const child = this.hasAttribute('defer-hydration');
      // Only the modules of elements that take over bring the code for it (see useTakeOver).
      this.#asleep = !takeOver || (!child && !(this.constructor as typeof RecapElement).takesOver);
      if (!this.#asleep)
        this.#takeOver = takeOver!(this, child, () => {
          const connect = () => {
            this.#takeOver = undefined;
            if (this.isConnected) this.connectedCallback();
          };
          // A child gets its data from its parent, which loads its code as it hydrates (scheduleUpdate).
          if (child) connect();
          else void this.#codeBeforeTakeOver().then(connect);
        });
    }
    if (this.#takeOver) return;
    super.connectedCallback();
    // Read inline JSON now, so the first paint is already the ready state. A sleeping element
    // shows the server's HTML: it reads its data when the page is idle, or when something wakes it.
    if (this.article === undefined && !this.src && !this.inlineRead) {
      if (!this.#asleep) this.readInline();
      else
        this.#reading = new Promise<void>((resolve) => {
          const read = () => (this.#readUnread(), resolve());
          // After the first frame, when the page is idle (WebKit has no idle callbacks: the next task).
          requestAnimationFrame(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(read, { timeout: 2000 }) : setTimeout(read)));
        });
    }
  }

  /** A sleeping element's read of its inline data, until the page is idle (`updateComplete` waits for it). */
  #reading?: Promise<void>;

  #readUnread(): void {
    if (this.isConnected && this.article === undefined && !this.src && !this.inlineRead) this.readInline();
  }

  /**
   * A sleeping element keeps the server's shadow root as it is: no hydration, no styles adopted.
   * (Lit's hydration support, when a quiz on the page loaded it, is not asked either.)
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.#renderAnew) return this.#asleep ? this.shadowRoot! : super.createRenderRoot();
    // Not hydrated (Lit's support marks a root it is handed as one to hydrate): rendered anew in place of the server's HTML.
    const root = this.shadowRoot!;
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  /**
   * Set when code the pre-rendered element's data needs (marked, a question type) could not load
   * as it took over: its error state is not what the server rendered, so it renders anew.
   */
  #renderAnew = false;

  /** Before a pre-rendered element takes over: its inline data read and the code that data needs loaded. */
  async #codeBeforeTakeOver(): Promise<void> {
    if (this.article === undefined && !this.src && !this.inlineRead) this.readInline();
    const load = this.status === 'ready' && this.data ? this.codeToTakeOver(this.data) : undefined;
    if (load) this.#renderAnew = !(await load().then(() => true, () => false));
  }


  /**
   * While asleep, the first update (the server's state) is skipped; data or `src` given by the page, any
   * later change of a property or attribute, the page's language (an update with no named
   * change) or data found wrong wakes the element: it drops the server's DOM and renders.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.#asleep) {
      const first = !this.#slept;
      this.#slept = true;
      const onlyData = changed.size > 0 && [...changed.keys()].every((key) => key === 'status' || key === 'data' || key === '_problems');
      // Something wants it to show anew before the page was idle: its data first.
      if (!first && !onlyData) this.#readUnread();
      // Static HTML with no data (`data: false`) has nothing to render anew: it keeps the server's.
      // With its data, what changes inside it as it reads them is no reason to wake either.
      if (!(this.article || this.src) && (this.status === 'loading' || (this.status === 'ready' && (first || onlyData)))) return false;
      // Woken to show its data anew (a theme, a heading level, the page's language): the server's
      // HTML stays until the code that data needs (marked) is here, with no placeholder between.
      const load = !this.#wakeHeld && !changed.has('article') && !changed.has('src') && this.status === 'ready' && this.data ? this.codeToLoad(this.data) : undefined;
      if (load) {
        this.#wakeHeld = true;
        // Lit forgets what changed when an update is skipped: ask again for each, once the code is here (or failed: the error state).
        const again = () => {
          this.#waking = undefined;
          if (changed.size) changed.forEach((old, key) => this.requestUpdate(key, old));
          else this.requestUpdate();
        };
        this.#waking = load().then(again, again);
        return false;
      }
      this.#asleep = false;
      const root = this.renderRoot as ShadowRoot;
      root.replaceChildren();
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    }
    return super.shouldUpdate(changed);
  }
  #slept = false;
  #wakeHeld = false;
  /** While a woken element waits for its code (see shouldUpdate): `updateComplete` waits for it too. */
  #waking?: Promise<void>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadController?.abort();
    this.loadController = undefined;
  }

  private readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"], :scope > script[type="text/markdown"]');
    if (!script) {
      if (document.readyState === 'loading')
        document.addEventListener('DOMContentLoaded', () => this.isConnected && !this.inlineRead && this.readInline(), { once: true });
      return;
    }
    this.inlineRead = true;
    if (script.getAttribute('type') === 'text/markdown') {
      void compileInlineMarkdown(script.textContent ?? '').then(
        async (result) => this.article === undefined && !this.src && this.accept(result, 'inline', result.ok ? undefined : await explainLater()),
      );
      return;
    }
    const text = script.textContent ?? '';
    this.check((explain) => parseArticleJson(text, 'the inline JSON', '', explain), 'inline');
  }

  /** Counts checks, so that a check still waiting for its words is dropped when newer data arrives. */
  #checks = 0;
  #explaining?: Promise<unknown>;

  /**
   * Checks data and accepts it; when it is wrong, first loads the words that tell an author
   * how to fix it, so the error state, the console and `recap-error` carry the full messages.
   */
  private check(run: (explain?: Explainer) => ValidationResult, source: DataSource): void {
    const id = ++this.#checks;
    const result = run();
    if (result.ok) return this.accept(result, source);
    this.status = 'loading';
    const pending = explainLater().then((explain) => {
      if (id === this.#checks) this.accept(explain ? run(explain) : result, source, explain);
    });
    this.#explaining = pending;
    void pending.finally(() => {
      if (this.#explaining === pending) this.#explaining = undefined;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article') && this.article !== undefined) {
      this.loadController?.abort();
      const article = this.article;
      this.check((explain) => checkArticle(article, explain), 'property');
    }
    // A new src shows the loading state in this update; the fetch itself starts in updated().
    // (Set there, the state would need a second update: Lit's change-in-update warning.)
    if (changed.has('src') && this.article === undefined && this.src) this.status = 'loading';
    // On a server there is no page to ask: the host's own lang attribute (renderRecapHtml sets it) stands in.
    this.resolvedLocale = this.#wantedLocale();
  }

  #wantedLocale(): string {
    return resolveLocale(this.data?.lang || this.pageLang.value || (isServer ? this.getAttribute('lang') : null) || 'en');
  }

  /**
   * A pre-rendered element in a language that arrives as its own file is taken over once the
   * words are here, so its first render is the one the server made (not the placeholder).
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    // (Not for the first update of a sleeping element, which renders nothing.)
    if (this.hydrating && !isServer && !(this.#asleep && !this.#slept)) {
      await loadMessages(this.#wantedLocale());
      // A pre-rendered child (in <recap-article>) gets its data as a property, checked only in
      // willUpdate: load the code that data names now, so the first render is the server's.
      await this.#loadCode(this.status === 'ready' ? undefined : this.article);
    }
    return super.scheduleUpdate();
  }

  /**
   * What the ready state of `article` needs that is loaded on demand (marked, when its text has
   * Markdown in it; a quiz's rarer question types): a function that loads it, or undefined when
   * all of it is here. Until it is, the element shows its placeholder; code that cannot be
   * loaded is the error state.
   */
  protected codeToLoad(article: Article): (() => Promise<unknown>) | undefined {
    return markdownToLoad(this.shownText(article));
  }

  /** What a pre-rendered element loads before it takes over (`<recap-article>`: what its widgets need too). */
  protected codeToTakeOver(article: Article): (() => Promise<unknown>) | undefined {
    return this.codeToLoad(article);
  }

  /** The part of `article` whose text the element shows (a summary has no need of marked for a quiz's Markdown). */
  protected shownText(article: Article): object {
    return article;
  }

  /** What `codeToLoad` names for `data`: nothing while asleep (the server's HTML needs no code; loading it would wake the element). */
  #needsCode(data: Article | undefined): (() => Promise<unknown>) | undefined {
    return this.#asleep || !data ? undefined : this.codeToLoad(data);
  }

  /** Loads what `codeToLoad` names for the shown data, if anything; never rejects. */
  #loadCode(data = this.status === 'ready' ? this.data : undefined): Promise<void> {
    let load: (() => Promise<unknown>) | undefined;
    try {
      load = this.#needsCode(data);
    } catch {
      // Data not yet checked may not have the shape codeToLoad reads: the checks will say why.
    }
    if (!load) return Promise.resolve();
    return load().then(
      () => this.requestUpdate(),
      (error: unknown) => {
        if (this.data !== data) return;
        this.accept({ ok: false, problems: [{ path: '', message: `code this ${this.localName} needs could not be loaded (${String(error)})` }] }, 'property');
      },
    );
  }

  /**
   * True while the element renders what a server renders: on the server itself, and in the
   * browser until a pre-rendered element has hydrated. What depends on this browser (saved
   * quiz progress) waits until after hydration, so both sides render the same first state.
   */
  protected get hydrating(): boolean {
    return isServer || (this.#prerendered && !this.hasUpdated);
  }

  private async load(src: string): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.status = 'loading';
    const id = ++this.#checks;
    const result = await loadArticle(new URL(src, document.baseURI), { signal: controller.signal, explain: explainLater });
    const explain = result.ok ? undefined : await explainLater();
    // A newer src or a property took over while this one was loading.
    if (controller.signal.aborted || this.loadController !== controller || id !== this.#checks) return;
    this.accept(result, 'src', explain);
  }

  /**
   * What this element needs that valid data may lack (a quiz-only record has no summary),
   * as the problem its error state reports; undefined when the data has it.
   */
  protected missingPart(_article: Article): Problem | undefined {
    return undefined;
  }

  /** The part of the data this element shows ("/quiz"); when problems leave it out, the element shows its error state. */
  static readonly part?: string;

  /** Shows the data, or what of it can be trusted (`explain.keep`, loaded with the words for wrong data), or the error state. */
  private accept(result: ValidationResult, source: DataSource, explain?: Explainer): void {
    const missing = result.ok ? this.missingPart(result.article) : undefined;
    if (missing) result = { ok: false, problems: [missing] };
    // A problem inside one part hides only what it makes untrustworthy (data/keep-trustworthy.ts).
    const kept = result.ok ? undefined : explain?.keep?.(result.input, result.problems);
    const shown = result.ok ? result.article : kept && !kept.leftOut.includes((this.constructor as typeof RecapElement).part!) && !this.missingPart(kept.article) ? kept.article : undefined;
    this.#leftOut = !result.ok && shown ? kept!.leftOut : [];
    this.data = shown;
    this._problems = result.ok ? [] : result.problems;
    this.status = shown ? 'ready' : 'error';
    if (result.ok) {
      if (source !== 'property') void this.updateComplete.then(() => emit(this, 'recap-load', { article: result.article, source }));
      return;
    }
    const { problems } = result;
    const leftOut = this.#leftOut.length ? this.#leftOut : undefined;
    console.error(
      `<${this.localName}>: ${leftOut ? `part of the article data cannot be shown (left out: ${leftOut.join(', ')})` : 'the article data cannot be shown'} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.line !== undefined ? `line ${p.line}${p.path ? ` (${p.path})` : ''}` : p.path || '(document)'}: ${p.message}${p.excerpt ? '\n' + p.excerpt.replace(/^/gm, '    ') : ''}`).join('\n'),
    );
    if (source !== 'property') void this.updateComplete.then(() => emit(this, 'recap-error', { problems, source, ...(leftOut ? { leftOut } : {}) }));
  }

  /**
   * The locale for UI strings and formats: the article's lang, else the page's, else English.
   * Worked out once per update, not on every string; the page's language is read when the
   * element connects and whenever a `lang` in the page changes.
   */
  protected get locale(): string {
    return this.resolvedLocale;
  }
  private resolvedLocale = 'en';

  private translateCache?: { locale: string; messages: Partial<Messages>; version: number; t: Translate };
  protected get t(): Translate {
    const locale = this.locale;
    const version = messagesVersion();
    const c = this.translateCache;
    if (c && c.locale === locale && c.messages === this.messages && c.version === version) return c.t;
    const t = translator(locale, this.messages);
    this.translateCache = { locale, messages: this.messages, version, t };
    return t;
  }

  /** Resolves once the element has rendered, in its own language when that arrives as a file. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.#reading) {
      await this.#reading;
      this.#reading = undefined;
      complete = await super.getUpdateComplete();
    }
    if (this.#waking) {
      await this.#waking;
      complete = await super.getUpdateComplete();
    }
    while (!messagesReady(this.locale) || this.#explaining || (this.status === 'ready' && this.#needsCode(this.data))) {
      await (this.#explaining ?? (messagesReady(this.locale) ? this.#loadCode() : loadMessages(this.locale)));
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Fetching is a side effect: it starts after the update (never on a server, where there is none).
    if (changed.has('src') && this.article === undefined) {
      if (this.src) void this.load(this.src);
      else this.loadController?.abort();
    }
    // A language other than English arrives as its own file: render once it is here,
    // so a German widget never shows English words first.
    const locale = this.locale;
    if (!messagesReady(locale)) void loadMessages(locale).then(() => this.requestUpdate());
    void this.#loadCode();
  }

  /**
   * A UI string with data values inside it, each value wrapped in <bdi> so that
   * right-to-left text or bidi controls in the data cannot reorder the words around it.
   */
  protected withData(key: MessageKey, data: Record<string, string>): unknown[] {
    const marker = '\u0000';
    const names = Object.keys(data);
    const text = this.t(key, Object.fromEntries(names.map((n, i) => [n, `${marker}${i}${marker}`])));
    return text.split(marker).map((part, i) => (i % 2 ? html`<bdi>${data[names[Number(part)]!]}</bdi>` : part));
  }

  protected get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return n >= 1 && n <= 6 ? n : 2;
  }

  /** A heading at the host-chosen level (plus `depth`), without hard-coding h1-h6. */
  protected heading(content: unknown, depth = 0, part = 'heading'): TemplateResult {
    return html`<div role="heading" aria-level=${Math.min(6, this.level + depth)} part=${part} class=${part}>${content}</div>`;
  }

  /** Extra classes on the ready state's root, for layouts that depend on the data. */
  protected readyClass(_article: Article): string {
    return '';
  }

  protected override render(): TemplateResult {
    const wordsReady = messagesReady(this.locale);
    if (this.status === 'ready' && this.data && this.viewport.near && wordsReady && !this.codeToLoad(this.data)) {
      const lang = this.data.lang ? resolveLocale(this.data.lang) : undefined;
      return html`<div part="base" class="base ${this.readyClass(this.data)}" lang=${lang ?? nothing} dir=${lang ? textDirection(lang) : nothing}>${this.renderReady(this.data)}</div>`;
    }
    if (this.status === 'error' && wordsReady)
      return html`<div part="base error" class="base error" role="status"><p>${this.t(this.errorKey)}</p></div>`;
    return html`<div part="base placeholder" class="base placeholder" aria-busy="true"><span class="visually-hidden">${this.t('loading')}</span></div>`;
  }
}
