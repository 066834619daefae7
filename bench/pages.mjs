// Generates the benchmark pages from the seed article: the widgets and, as the limit,
// the same content as static HTML. Written to bench/generated/ (not committed).
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// The static limit shows markdown as plain text; the widgets render it. The difference is negligible for layout.
const md = (s) => esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

const DONE_WIDGETS = `<script type="module">
  const els = [...document.querySelectorAll('recap-summary, recap-figures, recap-quiz, recap-article')];
  await Promise.all(['recap-summary', 'recap-figures', 'recap-quiz'].filter((t) => document.querySelector(t)).map((t) => customElements.whenDefined(t)));
  // Done when every widget the reader can see is rendered (widgets far below may wait, by design).
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; };
  const ready = (el) => new Promise((resolve) => {
    const check = () => (el.shadowRoot?.querySelector('[part~="base"]:not([part~="placeholder"])') || (el.shadowRoot?.querySelector('[part~="placeholder"]') && !visible(el)) ? resolve() : setTimeout(check, 0));
    check();
  });
  await Promise.all(els.map(ready));
  requestAnimationFrame(() => requestAnimationFrame(() => (window.__done = performance.now())));
</script>`;
const DONE_STATIC = `<script type="module">requestAnimationFrame(() => requestAnimationFrame(() => (window.__done = performance.now())));</script>`;
const page = (title, body, head = '', lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem}</style>${head}</head><body>${body}</body></html>`;

export function staticSummary(a) {
  return `<div class="card"><p>Summary</p><h2>${esc(a.title)}</h2><p>${md(a.dek ?? '')}</p><ul>${a.summary.points.map((p) => `<li>${md(p)}</li>`).join('')}</ul>
  <p><strong>Bottom line:</strong> ${md(a.summary.takeaway ?? '')}</p><p>${esc(a.published ?? '')}</p><p><em>${md(a.summary.disclosure ?? '')}</em></p></div>`;
}
export function staticFigures(a) {
  const nf = (f) => new Intl.NumberFormat(a.lang ?? 'en', f.format ?? {}).format(f.value);
  return `<div class="card"><h2>Key figures</h2><ul>${(a.figures ?? [])
    .map((f) => `<li><p><b>${f.qualifier && f.qualifier !== 'exact' ? f.qualifier.replace('-', ' ') + ' ' : ''}${nf(f)}</b></p><p>${md(f.label)}</p>${f.claim ? `<p>${f.claim.status} by ${esc(f.claim.by)}</p>` : ''}<details><summary>From the article</summary><blockquote>${esc(f.evidence?.quote ?? '')}</blockquote></details></li>`)
    .join('')}</ul></div>`;
}
export function staticQuiz(a) {
  const q = a.quiz.questions[0];
  return `<div class="card"><h2>${esc(a.quiz.title ?? 'Quiz')}</h2><p>${md(a.quiz.intro ?? '')}</p><p>Question 1 of ${a.quiz.questions.length}</p>
  <form><fieldset><legend>${md(q.prompt)}</legend>${q.choices.map((c) => `<label><input type="radio" name="q" value="${c.id}"> ${md(c.text)}</label><br>`).join('')}</fieldset><button>Check answer</button><p>Score: 0 of 12</p></form></div>`;
}

// The UI words of a language that English does not have: the literal parts of its catalogue's
// templates (4 letters or more), less every literal part of English's. A widget rendered in
// that language shows some of them; one rendered in English shows none. The loading and error
// strings are left out: a placeholder or an error state is no ready render.
const literals = (catalogue) => Object.entries(catalogue)
  .filter(([key]) => key !== 'loading' && !key.startsWith('error'))
  .flatMap(([, m]) => (typeof m === 'string' ? [m] : Object.values(m)))
  .flatMap((t) => t.split(/\{\w+\}/))
  .map((t) => t.trim())
  .filter((t) => t.length >= 4);
export async function ownWords(root, lang) {
  const { default: words } = await import(new URL(`dist/locales/${lang}.js`, root).href);
  const { en } = await import(new URL('dist/locales/en.js', root).href);
  const english = new Set(literals(en));
  return [...new Set(literals(words))].filter((w) => !english.has(w));
}

// Each widget's shadow text (no styles) is searched for `words`; the result, by tag, is in
// window.__words, so the script measuring the page can refuse a render in the wrong language.
const WORDS_CHECK = (words) => `<script type="module" data-words-check>
  const words = ${JSON.stringify(words).replace(/</g, '\\u003c')};
  const text = (root) => [...root.childNodes].map((n) => (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT' ? '' : n.nodeType === 1 ? (n.shadowRoot ? text(n.shadowRoot) : '') + text(n) : n.nodeType === 3 ? n.data : '')).join(' ');
  const check = () => (window.__words = Object.fromEntries([...document.querySelectorAll('recap-summary, recap-figures, recap-quiz')]
    .map((el) => [el.localName, words.filter((w) => text(el.shadowRoot ?? el).includes(w))])));
  const poll = () => (window.__done ? check() : setTimeout(poll, 0));
  poll();
</script>`;

/** `before`: the URL of an earlier build's recap.min.js, for the same seed page with that bundle. */
export async function writePages(root, { before } = {}) {
  const data = await readFile(new URL('demo/data/istanbul-talks.json', root), 'utf8');
  const a = JSON.parse(data);
  const inline = data.replace(/</g, '\\u003c');
  const script = (src) => `<script type="module" src="${src}"></script>`;
  const bundle = script('/dist/recap.min.js');
  const out = new URL('bench/generated/', root);
  await mkdir(out, { recursive: true });
  const three = (json) => `<recap-summary><script type="application/json">${json}</script></recap-summary>
      <recap-figures><script type="application/json">${json}</script></recap-figures>
      <recap-quiz persist="none"><script type="application/json">${json}</script></recap-quiz>`;
  // The seed article in English and in German: the content stays English, the German one's lang
  // (and its page's) says German, so its widgets fetch recap-lang-de.min.js next to the bundle and wait for it before rendering.
  const inLang = (lang) => JSON.stringify({ ...a, lang }).replace(/</g, '\\u003c');
  const de = await ownWords(root, 'de');
  const pages = {
    'widgets.html': page('widgets', `${three(inline)}${DONE_WIDGETS}`, bundle),
    ...(before ? { 'widgets-before.html': page('widgets, bundle before issue 14', `${three(inline)}${DONE_WIDGETS}`, script(before)) } : {}),
    // English and German: the same page and article but for the language; both report which German words they show.
    'lang-en.html': page('article in English', `${three(inLang('en'))}${DONE_WIDGETS}${WORDS_CHECK(de)}`, bundle, 'en'),
    'lang-de.html': page('article in German', `${three(inLang('de'))}${DONE_WIDGETS}${WORDS_CHECK(de)}`, bundle, 'de'),
    'static.html': page('static', staticSummary(a) + staticFigures(a) + staticQuiz(a) + DONE_STATIC),
    'quizzes-100.html': page('100 quizzes', Array.from({ length: 100 }, () => `<recap-quiz persist="none"><script type="application/json">${inline}</script></recap-quiz>`).join('\n') + DONE_WIDGETS, bundle),
    'quizzes-100-eager.html': page('100 quizzes, eager', Array.from({ length: 100 }, () => `<recap-quiz persist="none" loading="eager"><script type="application/json">${inline}</script></recap-quiz>`).join('\n') + DONE_WIDGETS, bundle),
    // The CSS alternative to lazy rendering: every quiz renders at once, the browser skips layout and paint off screen.
    'quizzes-100-cv.html': page('100 quizzes, eager, content-visibility', Array.from({ length: 100 }, () => `<recap-quiz persist="none" loading="eager"><script type="application/json">${inline}</script></recap-quiz>`).join('\n') + DONE_WIDGETS, bundle + '<style>recap-quiz{display:block;content-visibility:auto;contain-intrinsic-size:auto 28rem}</style>'),
    'static-100.html': page('100 static quizzes', Array.from({ length: 100 }, () => staticQuiz(a)).join('\n') + DONE_STATIC),
    'latency.html': page('latency', `<recap-quiz persist="none"><script type="application/json">${inline}</script></recap-quiz>${DONE_WIDGETS}`, bundle),
    'heap-0.html': page('heap baseline', `<script type="module">window.__article = await (await fetch('/demo/data/istanbul-talks.json')).json(); window.__done = 1;</script>`, bundle),
    'heap-100.html': page('heap 100', `<div id="host"></div><script type="module">
      const article = await (await fetch('/demo/data/istanbul-talks.json')).json(); window.__article = article;
      await customElements.whenDefined('recap-quiz');
      const host = document.getElementById('host');
      const els = Array.from({ length: 100 }, () => { const q = document.createElement('recap-quiz'); q.setAttribute('persist', 'none'); q.article = article; host.append(q); return q; });
      await Promise.all(els.map((q) => q.updateComplete)); window.__done = 1;</script>`, bundle),
    'cls-default.html': page('cls default', `<h1>Headline</h1><p>Intro paragraph.</p><recap-summary src="/bench-data.json?delay=400"></recap-summary>
      <p>Text that follows the widget and would move if it shifted.</p><recap-figures src="/bench-data.json?delay=400"></recap-figures><p>More text.</p>`, bundle),
    'cls-reserved.html': page('cls reserved', `<style>recap-summary{display:block;min-block-size:var(--h-summary);--recap-reserved-block-size:var(--h-summary)} recap-figures{display:block;min-block-size:var(--h-figures);--recap-reserved-block-size:var(--h-figures)}</style>
      <h1>Headline</h1><p>Intro paragraph.</p><recap-summary src="/bench-data.json?delay=400"></recap-summary>
      <p>Text that follows the widget and would move if it shifted.</p><recap-figures src="/bench-data.json?delay=400"></recap-figures><p>More text.</p>`, bundle),
  };
  for (const [name, html] of Object.entries(pages)) await writeFile(new URL(name, out), html);
  return Object.keys(pages);
}
