/**
 * Every vector of the XSS corpus, in every markdown-capable field (and the plain
 * text fields), rendered by every element in every state that shows that field.
 * Fails if a payload runs, if any element or attribute outside the templates'
 * allowlist appears in any shadow root, or if a link is not http(s)/mailto; and,
 * separately, if the Markdown renderer makes anything outside its own, smaller
 * allowlist from the payload.
 */
import { aTimeout, expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import { quizContentHash, progressStorageKey } from '../../src/data/quiz-session.js';
import { validateArticle } from '../../src/data/validate.js';
import { render } from 'lit';
import { renderBlock, renderInline } from '../../src/render/markdown.js';
import { loadMarked } from '../../src/render/lex.js';
import type { Article } from '../../src/data/types.js';

interface Vector {
  source: string;
  category: string;
  payload: string;
}
const corpus = (await (await fetch(new URL('./xss-corpus.json', import.meta.url))).json()) as { vectors: Vector[] };

/** Elements and attributes the templates may create; nothing else may appear in a shadow root. */
const ALLOWED_TAGS = new Set([
  'div', 'p', 'span', 'ul', 'ol', 'li', 'em', 'strong', 'code', 'a', 'br', 'bdi', 'button', 'input', 'label', 'fieldset', 'legend',
  'form', 'blockquote', 'figure', 'figcaption', 'img', 'details', 'summary', 'time', 'section', 'progress',
  'recap-summary', 'recap-figures', 'recap-quiz',
]);
const ALLOWED_ATTRS = new Set([
  'class', 'part', 'id', 'href', 'rel', 'type', 'name', 'value', 'tabindex', 'role', 'lang', 'dir', 'hidden', 'disabled', 'readonly',
  'inputmode', 'autocomplete', 'start', 'cite', 'datetime', 'data-id', 'open', 'max', 'novalidate', 'heading-level', 'mode', 'persist', 'no-quiz',
  'loading', 'theme', 'print-answer-key', 'src', 'alt', 'decoding', 'method',
]);
/** What Markdown alone may make (docs/article-data.md): a smaller set, with only these attributes. */
const MARKDOWN_TAGS = new Set(['em', 'strong', 'code', 'a', 'br', 'p', 'ul', 'ol', 'li']);
const MARKDOWN_ATTRS = new Set(['href', 'rel', 'start']);
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

function articleWithPayload(payload: string): Article {
  const quote = payload.length >= 8 && payload.length <= 600 ? payload : undefined;
  const evidence = quote ? { evidence: { quote } } : {};
  return {
    schemaVersion: 1,
    id: 'xss',
    title: payload.slice(0, 300),
    dek: payload,
    byline: payload,
    source: { name: payload },
    url: 'https://news.example/story',
    image: { src: '/__recap/no-image.png', alt: payload, credit: payload },
    lang: 'en',
    body: `Intro.\n\n${payload}\n\nOutro.`,
    summary: { points: [payload, `Before ${payload} after`], takeaway: payload, disclosure: payload },
    figures: [
      { id: 'f1', value: 41, label: payload, claim: { by: payload, status: 'disputed', note: payload }, ...evidence },
      { id: 'f2', value: 4300, qualifier: 'more-than', format: { style: 'unit', unit: 'kilometer' }, label: `**${payload}**` },
    ],
    quiz: {
      title: payload,
      intro: payload,
      passPercent: 50,
      results: [{ minPercent: 0, text: payload }],
      questions: [
        { id: 'q1', type: 'single', prompt: payload, choices: [{ id: 'a', text: payload }, { id: 'b', text: 'B', feedback: payload }], answer: 'a', explanation: payload, ...evidence },
        { id: 'q2', type: 'multiple', prompt: payload, choices: [{ id: 'a', text: payload, feedback: payload }, { id: 'b', text: 'B' }], answers: ['a'], explanation: `- ${payload}\n- two` },
        { id: 'q3', type: 'true-false', prompt: payload, answer: true, explanation: payload },
        { id: 'q4', type: 'numeric', prompt: payload, answer: 41, figure: 'f1', explanation: payload },
        { id: 'q5', type: 'order', prompt: payload, items: [{ id: 'x', text: payload }, { id: 'y', text: 'Y' }], explanation: payload },
      ],
    },
  } as Article;
}

/** Saved progress that puts the quiz in a given state (so feedback and review render). */
function seedProgress(article: Article, state: 'checked' | 'finished') {
  const quiz = article.quiz!;
  const wrong = {
    q1: { type: 'single', choice: 'b' },
    q2: { type: 'multiple', choices: ['a', 'b'] },
    q3: { type: 'true-false', value: false },
    q4: { type: 'numeric', value: 40 },
    q5: { type: 'order', order: ['y', 'x'] },
  };
  const progress = {
    version: 1,
    contentHash: quizContentHash(quiz),
    seed: 1,
    index: 0,
    answers: state === 'finished' ? wrong : { q1: wrong.q1 },
    drafts: { q1: { choice: 'b' }, q2: { choices: ['a'] } },
    finished: state === 'finished',
  };
  localStorage.setItem(progressStorageKey(article.id), JSON.stringify(progress));
}

function* allElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

function audit(elements: Iterable<Element>, tags: Set<string>, attrs: Set<string>): string[] {
  const problems: string[] = [];
  for (const el of elements) {
    if (!tags.has(el.localName)) problems.push(`<${el.localName}> appeared`);
    for (const attr of el.attributes) {
      if (!attrs.has(attr.name) && !attr.name.startsWith('aria-')) problems.push(`attribute ${attr.name} on <${el.localName}>`);
    }
    if (el.localName === 'a' && el.hasAttribute('href')) {
      const protocol = new URL((el as HTMLAnchorElement).href).protocol;
      if (!ALLOWED_SCHEMES.has(protocol)) problems.push(`link with ${protocol}`);
    }
  }
  return problems;
}

const auditShadowRoots = (host: Element) => audit(allElements(host.shadowRoot!), ALLOWED_TAGS, ALLOWED_ATTRS);

/** The payload through the Markdown renderer alone, inline and as blocks, against Markdown's allowlist. */
function auditMarkdown(source: string): string[] {
  const host = document.createElement('div');
  render(html`<div>${renderInline(source)}</div><div>${renderBlock(source)}</div>`, host);
  return audit([...host.querySelectorAll(':scope > div *')], MARKDOWN_TAGS, MARKDOWN_ATTRS);
}

describe('XSS corpus', () => {
  const calls: string[] = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  before(async () => {
    // Widgets load marked when their data has Markdown in it (lex.ts); the corpus renders Markdown directly.
    await loadMarked();
    window.alert = () => void calls.push('alert');
    window.confirm = () => (calls.push('confirm'), false);
    window.prompt = () => (calls.push('prompt'), null);
    (window as unknown as { __xss: () => void }).__xss = () => void calls.push('__xss');
  });
  after(() => Object.assign(window, saved));

  it(`has at least 150 vectors from the named sources (${corpus.vectors.length})`, () => {
    expect(corpus.vectors.length).to.be.at.least(150);
    expect(new Set(corpus.vectors.map((v) => v.category))).to.have.length(8);
  });

  it('the hooks catch a payload that does run, through each hook (the test can fail)', async () => {
    for (const [code, hook] of [['__xss()', '__xss'], ['alert(1)', 'alert'], ['confirm(1)', 'confirm'], ['prompt(1)', 'prompt']]) {
      const probe = document.createElement('img');
      probe.setAttribute('onerror', code!);
      // Listening after the attribute: its handler runs first.
      const failed = new Promise((resolve) => probe.addEventListener('error', resolve));
      probe.src = 'data:,not-an-image';
      document.body.append(probe);
      await failed;
      probe.remove();
      expect(calls, code).to.deep.equal([hook]);
      calls.length = 0;
    }
  });

  it('the audit catches an element, an attribute and a link scheme outside the allowlist (the test can fail)', async () => {
    const el = await fixture(html`<recap-summary .article=${articleWithPayload('plain text')}></recap-summary>`);
    expect(auditShadowRoots(el)).to.deep.equal([]);
    const extra = document.createElement('p');
    extra.setAttribute('onclick', 'x()');
    const link = document.createElement('a');
    link.setAttribute('href', 'javascript:x()');
    el.shadowRoot!.append(document.createElement('iframe'), extra, link);
    expect(auditShadowRoots(el)).to.deep.equal(['<iframe> appeared', 'attribute onclick on <p>', 'link with javascript:']);
  });

  it('the Markdown audit refuses what only the templates may make (the test can fail)', () => {
    expect(auditMarkdown('*a* **b** `c` [d](https://e.example/) <https://f.example>\n\n- g\n\n3. h')).to.deep.equal([]);
    const host = document.createElement('div');
    render(html`<div><form><button type="submit">Go</button></form><a href="https://x.example/" class="c">x</a></div>`, host);
    expect(audit(host.querySelectorAll(':scope > div *'), MARKDOWN_TAGS, MARKDOWN_ATTRS)).to.deep.equal([
      '<form> appeared',
      '<button> appeared',
      'attribute type on <button>',
      'attribute class on <a>',
    ]);
  });

  it('fills every plain and Markdown field of the article with the payload', () => {
    const filled: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') {
        if (value.includes('<probe>')) filled.push(path);
      } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}/${k}`);
    };
    walk(articleWithPayload('<probe>'), '');
    expect(filled).to.include.members(['/title', '/dek', '/byline', '/source/name', '/image/alt', '/image/credit', '/body', '/summary/takeaway', '/summary/disclosure', '/quiz/title', '/quiz/intro']);
  });

  for (const category of [...new Set(corpus.vectors.map((v) => v.category))]) {
    it(`renders every ${category} vector inertly in every element and state`, async function () {
      this.timeout(120_000);
      const vectors = corpus.vectors.filter((v) => v.category === category);
      const before = document.querySelectorAll('script, iframe, img, object, embed, base, meta, form, svg, math').length;
      for (const { payload } of vectors) {
        const article = articleWithPayload(payload);
        const result = validateArticle(article);
        expect(result.ok ? [] : result.problems, payload).to.deep.equal([]);
        localStorage.clear();
        const page = await fixture(html`<div>
          <recap-summary .article=${article} loading="eager"></recap-summary>
          <recap-figures .article=${article} loading="eager"></recap-figures>
          <recap-quiz .article=${article} mode="all" persist="none" loading="eager"></recap-quiz>
          <recap-article .article=${article} loading="eager"></recap-article>
        </div>`);
        seedProgress(article, 'checked');
        const checked = await fixture(html`<recap-quiz .article=${article} loading="eager"></recap-quiz>`);
        seedProgress(article, 'finished');
        const finished = await fixture(html`<recap-quiz .article=${article} loading="eager"></recap-quiz>`);
        const hosts = [...page.children, checked, finished] as (Element & { updateComplete?: Promise<unknown> })[];
        for (const host of hosts) await host.updateComplete;
        for (const inner of page.querySelector('recap-article')!.shadowRoot!.querySelectorAll('recap-summary, recap-figures, recap-quiz'))
          await (inner as Element & { updateComplete: Promise<unknown> }).updateComplete;
        // The states the payload had to reach: choice feedback, and the review.
        expect(checked.shadowRoot!.querySelector('.choice-feedback'), 'choice feedback rendered').to.exist;
        expect(finished.shadowRoot!.querySelector('.review'), 'review rendered').to.exist;
        expect(auditMarkdown(payload), `Markdown: ${payload}`).to.deep.equal([]);
        await aTimeout(20);
        for (const host of hosts) expect(auditShadowRoots(host), `${host.localName}: ${payload}`).to.deep.equal([]);
        expect(calls, payload).to.deep.equal([]);
        fixtureCleanup();
      }
      // A late payload of the last vector (a failed load, a timer) gets the same time as the others.
      await aTimeout(20);
      expect(calls, 'late payloads').to.deep.equal([]);
      expect(document.querySelectorAll('script, iframe, img, object, embed, base, meta, form, svg, math').length).to.equal(before);
    });
  }
});
