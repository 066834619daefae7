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
const page = (title, body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
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

export async function writePages(root) {
  const data = await readFile(new URL('demo/data/istanbul-talks.json', root), 'utf8');
  const a = JSON.parse(data);
  const inline = data.replace(/</g, '\\u003c');
  const bundle = '<script type="module" src="/dist/recap.min.js"></script>';
  const out = new URL('bench/generated/', root);
  await mkdir(out, { recursive: true });
  const pages = {
    'widgets.html': page('widgets', `<recap-summary><script type="application/json">${inline}</script></recap-summary>
      <recap-figures><script type="application/json">${inline}</script></recap-figures>
      <recap-quiz persist="none"><script type="application/json">${inline}</script></recap-quiz>${DONE_WIDGETS}`, bundle),
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
