/**
 * The preview: the real <recap-summary>, <recap-figures> and <recap-quiz> showing what validates
 * of the draft, a short moment after the last keystroke, at three widths, light or dark, in the
 * article's language and direction (the quiz's code loads with the first question). Each
 * widget gets a new object only when its part changed,
 * so typing in the summary re-renders the summary alone (the quiz is the costly one).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { validateArticle } from '../data/validate.js';
import { textDirection } from '../data/format.js';
import type { Article, Problem } from '../data/types.js';
import type { Draft } from './draft.js';
import { previewable } from './edit.js';
import type { EditorTranslate } from './messages.js';
import '../elements/recap-summary/define.js';
import '../elements/recap-figures/define.js';

/** The quiz preview is the largest widget: it loads with the draft's first question (<recap-quiz> upgrades then). */
let quizLoading: Promise<unknown> | undefined;
const loadQuiz = () => (quizLoading ??= import('../elements/recap-quiz/define.js'));

/** Milliseconds after the last keystroke before the preview updates. */
const PREVIEW_DELAY = 40;
const WIDTHS = [320, 600, 1000] as const;
type Width = (typeof WIDTHS)[number];

export class PreviewController implements ReactiveController {
  article?: Article;
  /** False while the summary is missing or has problems (the preview then leaves it out). */
  withSummary = false;
  width: Width = 600;
  theme: 'light' | 'dark' = 'light';
  hasProblems = false;
  #for: { figures?: Article; quiz?: Article } = {};
  #keys: Record<string, string> = {};
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Updates the preview shortly (typing), or now. */
  schedule(draft: Draft, problems: readonly Problem[], now = false): void {
    clearTimeout(this.#timer);
    if (now) this.#update(draft, problems);
    else this.#timer = setTimeout(() => this.#update(draft, problems), PREVIEW_DELAY);
  }

  #update(draft: Draft, problems: readonly Problem[]): void {
    const part = previewable(draft, problems);
    this.withSummary = !!part.summary;
    this.hasProblems = problems.length > 0;
    // Figures can be previewed before the summary is written: the record needs one of summary and quiz.
    if (!part.summary && !part.quiz) part.summary = { points: ['…'] };
    const result = validateArticle(part);
    this.article = result.ok ? result.article : undefined;
    if (result.ok) {
      const a = result.article;
      if (a.quiz) void loadQuiz();
      const { summary: _s, dek: _d, byline: _b, ...noSummary } = a;
      void [_s, _d, _b];
      this.#for.figures = this.#stable('figures', { ...noSummary, quiz: undefined, body: undefined }, a);
      this.#for.quiz = this.#stable('quiz', { ...noSummary, body: undefined }, a);
    }
    this.host.requestUpdate();
  }

  /** `article`, or the object given last time when `relevant` has not changed since. */
  #stable(which: 'figures' | 'quiz', relevant: unknown, article: Article): Article {
    const key = JSON.stringify(relevant);
    const last = this.#for[which];
    if (this.#keys[which] === key && last) return last;
    this.#keys[which] = key;
    return article;
  }

  render(t: EditorTranslate): TemplateResult {
    const a = this.article;
    return html`<section aria-labelledby="s-preview">
      <h2 id="s-preview">${t('stepPreview')}</h2>
      <div class="row">
        <fieldset>
          <legend>${t('width')}</legend>
          ${WIDTHS.map((w) => html`<label><input type="radio" name="width" .checked=${this.width === w} @change=${() => this.#set(() => (this.width = w))} /> ${w} px</label> `)}
        </fieldset>
        <fieldset>
          <legend>${t('theme')}</legend>
          ${(['light', 'dark'] as const).map((th) => html`<label><input type="radio" name="theme" .checked=${this.theme === th} @change=${() => this.#set(() => (this.theme = th))} /> ${t(th)}</label> `)}
        </fieldset>
      </div>
      ${a && this.hasProblems ? html`<p class="hint">${t('previewPartial')}</p>` : nothing}
      ${a
        ? html`<div class="frame-scroll" tabindex="0" role="region" aria-label=${t('previewRegion', { width: this.width })}>
            <div class="frame w${this.width} ${this.theme}" lang=${a.lang ?? nothing} dir=${textDirection(a.lang)}>
              ${a.summary && this.withSummary ? html`<recap-summary loading="eager" heading-level="3" theme=${this.theme} .article=${a}></recap-summary>` : nothing}
              ${a.figures?.length ? html`<recap-figures loading="eager" heading-level="3" theme=${this.theme} .article=${this.#for.figures ?? a}></recap-figures>` : nothing}
              ${a.quiz ? html`<recap-quiz loading="eager" heading-level="3" persist="none" theme=${this.theme} .article=${this.#for.quiz ?? a}></recap-quiz>` : nothing}
            </div>
          </div>`
        : html`<p class="hint">${t('previewNothing')}</p>`}
    </section>`;
  }

  #set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }
}
