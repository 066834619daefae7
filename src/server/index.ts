/**
 * recap-widgets/server: an element as HTML, rendered on a server (Node) by the Lit team's
 * renderer (@lit-labs/ssr) from the same element classes and templates as the browser.
 * The output is the element with its shadow root as declarative shadow DOM and the article
 * as its inline JSON child: it reads without JavaScript, paints with the page, and the
 * browser bundle (or the npm modules) takes it over without rendering it again.
 * Never part of the reader bundles.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { Lexer } from 'marked';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { RecapArticle, RecapFigures, RecapQuiz, RecapSummary } from '../index.js';
import { keepTrustworthy } from '../data/keep-trustworthy.js';
import { checkedOnce, validateOnce } from './frozen-valid.js';
import { attributeValue, jsonScript } from '../render/json-script.js';
import { loadMessages } from '../shared/messages.js';
import { resolveLocale } from '../data/format.js';
import { kindsToLoad } from '../elements/recap-quiz/questions/index.js';
import type { Article, Problem } from '../data/types.js';
import { useMarked } from '../render/lex.js';

// The server has marked at hand: every render lexes at once (browsers load it only when text has Markdown).
useMarked(Lexer);

export type RecapTag = 'recap-article' | 'recap-summary' | 'recap-figures' | 'recap-quiz';

export interface RenderRecapOptions {
  /** Which element (default `recap-article`: summary, figures and quiz together). */
  element?: RecapTag;
  /** Level (1-6) of the widget's heading. */
  headingLevel?: number;
  /** `light` or `dark` forces that colour set. */
  theme?: 'light' | 'dark';
  /** The quiz's `one-at-a-time` (default) or `all`. */
  mode?: 'one-at-a-time' | 'all';
  /** The quiz's `local` (default) or `none`. */
  persist?: 'local' | 'none';
  /** The summary's points-only form. */
  pointsOnly?: boolean;
  /** Put the quiz's answer key in the printed sheet (it is then in the HTML). */
  printAnswerKey?: boolean;
  /**
   * The language of the widget's own words when the article has no `lang` (default `en`).
   * A server has no page to ask, so it becomes the element's `lang` attribute.
   */
  lang?: string;
  /**
   * Where the elements' CSS files are (a URL ending in `/`, holding the files of
   * `recap-widgets/styles/`): each shadow root then links `recap-summary.css` (and so on)
   * instead of carrying a `<style>`, for pages whose CSP allows no inline style.
   */
  stylesheets?: string;
  /**
   * Include the article as the inline JSON child (default true), so the browser can take the
   * element over: the parts that element shows, without the body (checked here) or the parts of
   * the other elements. `false` gives static HTML only; not for a quiz, which needs its data.
   */
  data?: boolean;
  /** Add `defer-hydration`: the browser takes the element over only when the attribute is removed. */
  deferHydration?: boolean;
}

/**
 * The HTML, or why there is none. Data with problems inside one part still renders the rest (as
 * the elements do in a page): the result is ok, with every `problem` and the JSON Pointers of
 * what was `leftOut` ("/quiz", "/figures/2"); only that rest goes into the inline JSON.
 */
export type RenderRecapResult = { ok: true; html: string; problems?: Problem[]; leftOut?: string[] } | { ok: false; problems: Problem[] };

const tags: Record<RecapTag, StaticValue> = {
  'recap-article': literal`recap-article`,
  'recap-summary': literal`recap-summary`,
  'recap-figures': literal`recap-figures`,
  'recap-quiz': literal`recap-quiz`,
};
const classes = { 'recap-article': RecapArticle, 'recap-summary': RecapSummary, 'recap-figures': RecapFigures, 'recap-quiz': RecapQuiz };

/** The CSS of each element's shadow root, as the files for `stylesheets` hold it. */
export function elementStyles(): Record<RecapTag, string> {
  const css = (c: { elementStyles: { cssText?: string }[] }) => c.elementStyles.map((s) => s.cssText ?? '').join('');
  return Object.fromEntries(Object.entries(classes).map(([tag, c]) => [tag, css(c as never)])) as Record<RecapTag, string>;
}


/**
 * What the element's inline JSON needs to take over: its own parts. The body is left out (its
 * quotes were checked here, and no widget shows it), and so are the parts another element shows:
 * a quiz keeps only the figures its questions name, a summary no quiz, figures no quiz when there
 * is a summary to keep the record valid. Fifty quizzes on a page carry fifty copies of this.
 */
function ownData(data: Article, element: RecapTag): Article {
  const own = { ...data };
  delete own.body;
  if (element === 'recap-quiz' && own.quiz) {
    delete own.summary;
    const named = new Set(own.quiz.questions.map((q) => q.figure));
    const figures = own.figures?.filter((f) => named.has(f.id));
    if (figures?.length) own.figures = figures;
    else delete own.figures;
  }
  if (element === 'recap-summary' && own.summary) delete own.quiz;
  if (element === 'recap-figures' && own.summary) delete own.quiz;
  return own;
}

/** What the element needs of valid data, as its error state reports it (RecapElement.missingPart). */
const missingPart = (article: Article, element: RecapTag): Problem | undefined =>
  (classes[element].prototype as unknown as { missingPart(a: Article): Problem | undefined }).missingPart(article);

/**
 * Renders `article` as the HTML of one Recap element, after validating it with the same
 * validator as the elements. Touches no document, window or storage.
 */
export async function renderRecapHtml(article: unknown, options: RenderRecapOptions = {}): Promise<RenderRecapResult> {
  const element = options.element ?? 'recap-article';
  if (!(element in tags)) return { ok: false, problems: [{ path: '', message: `"${element}" is not a Recap element (recap-article, recap-summary, recap-figures or recap-quiz)` }] };
  // On a frozen copy, marked when valid: the elements inside do not check it again (frozen-valid.ts).
  const checked = validateOnce(article);
  const kept = checked.ok ? undefined : keepTrustworthy(checked.input, checked.problems);
  if (!checked.ok && (!kept || kept.leftOut.includes(classes[element].part!))) return { ok: false, problems: checked.problems };
  const data = checked.ok ? checked.article : kept!.article;
  const missing = missingPart(data, element);
  if (missing) return { ok: false, problems: checked.ok ? [missing] : checked.problems };
  if (options.data === false && (element === 'recap-quiz' || (element === 'recap-article' && data.quiz)))
    return { ok: false, problems: [{ path: '/quiz', message: 'a quiz needs its data in the page to check answers; leave the data option on' }] };

  const tag = tags[element];
  // What its inline JSON holds, the record the browser takes over with. The elements render the
  // checked record (the same HTML: no widget shows the body), or when only a part of it could be
  // kept, that part once checked for all of them.
  const own = ownData(data, element);
  const rendered = checked.ok ? data : checkedOnce(own);
  const lang = data.lang ? undefined : (options.lang ?? 'en');
  // Languages other than English are files of their own: load this one before rendering.
  await loadMessages(resolveLocale(data.lang ?? lang!));
  // So are the rarer question types (cloze, matching): load those the quiz has.
  if (data.quiz) await kindsToLoad(data.quiz)?.();
  const template = html`<${tag} .article=${rendered} lang=${lang ?? nothing} heading-level=${options.headingLevel ?? nothing}
    theme=${options.theme ?? nothing} mode=${options.mode ?? nothing} persist=${options.persist ?? nothing}
    ?points-only=${options.pointsOnly} ?print-answer-key=${options.printAnswerKey} ?defer-hydration=${options.deferHydration}></${tag}>`;
  let out = await collectResult(render(template));
  // The template around the element is never hydrated: drop its markers.
  out = out.replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
  if (options.stylesheets !== undefined) {
    for (const [name, css] of Object.entries(elementStyles()))
      out = out.split(`<style>${css}</style>`).join(`<link rel="stylesheet" href="${attributeValue(options.stylesheets + name + '.css')}">`);
  }
  const close = `</${element}>`;
  if (!out.endsWith(close)) throw new Error(`renderRecapHtml: unexpected renderer output for <${element}>`);
  if (options.data !== false) out = out.slice(0, -close.length) + jsonScript(own) + close;
  return checked.ok ? { ok: true, html: out } : { ok: true, html: out, problems: checked.problems, leftOut: kept!.leftOut };
}
