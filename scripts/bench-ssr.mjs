// `npm run bench`, pre-rendered HTML (recap-widgets/server): the seed article's three widgets
// pre-rendered and taken over by the bundle, against the same content as static HTML and
// against the client-rendered page. Headless Debian Chromium via puppeteer-core, pages served
// locally, samples alternating after warm-up; medians and ratios, for comparing within one run.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromePath, chromeArgs } from './chrome.mjs';
import { staticFigures, staticQuiz, staticSummary } from '../bench/pages.mjs';
import { renderRecapHtml } from '../dist/server/index.js';

const root = new URL('..', import.meta.url);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const WARMUP = 3;
const ELEMENTS = ['recap-summary', 'recap-figures', 'recap-quiz'];

const data = await readFile(new URL('demo/data/istanbul-talks.json', root), 'utf8');
const a = JSON.parse(data);
const inline = data.replace(/</g, '\\u003c');
const render = async (element, options = {}) => {
  const r = await renderRecapHtml(a, { element, persist: 'none', ...options });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.html;
};

// ---- pages: no page CSS at all, so nothing reserves space but the HTML itself ----
const BUNDLE = '<script type="module" src="/dist/recap.min.js"></script>';
// Content painted: two frames after the HTML is parsed (the widgets' content is in it).
const PAINTED = `<script type="module">requestAnimationFrame(() => requestAnimationFrame(() => (window.__done = performance.now())));</script>`;
// Client-rendered: two frames after every widget has rendered its content.
const RENDERED = `<script type="module">
  const els = [...document.querySelectorAll('${ELEMENTS.join(', ')}')];
  await Promise.all(els.map((el) => customElements.whenDefined(el.localName)));
  await Promise.all(els.map((el) => el.updateComplete));
  requestAnimationFrame(() => requestAnimationFrame(() => (window.__done = performance.now())));
</script>`;
// Interactive: from the bundle's first byte of script run (its resource entry's end) to the quiz hydrated.
// A pre-rendered quiz takes over when the reader nears it: after the paint, the page scrolls to it.
const INTERACTIVE = `<script type="module">
  await customElements.whenDefined('recap-quiz');
  const quiz = document.querySelector('recap-quiz');
  while (window.__done === undefined) await new Promise((r) => requestAnimationFrame(r));
  quiz.scrollIntoView();
  await quiz.updateComplete;
  const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/recap.min.js'));
  window.__interactive = performance.now() - script.responseEnd;
</script>`;
const page = (title, body, tail = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title></head><body>${body}${tail}</body></html>`;

const pre = (await Promise.all(ELEMENTS.map((e) => render(e)))).join('\n');
const out = new URL('bench/generated/', root);
await mkdir(out, { recursive: true });
const pages = {
  'ssr.html': page('pre-rendered', pre, PAINTED + BUNDLE + INTERACTIVE),
  // The same pre-rendered HTML with no script: what the HTML alone costs against static HTML.
  'ssr-nojs.html': page('pre-rendered, no script', pre, PAINTED),
  'ssr-static.html': page('static', staticSummary(a) + staticFigures(a) + staticQuiz(a), PAINTED),
  'ssr-client.html': page('client-rendered', ELEMENTS.map((t) => `<${t} persist="none"><script type="application/json">${inline}</script></${t}>`).join('\n'), BUNDLE + RENDERED),
};
// A page of 50 pre-rendered quizzes (issue 25): each with its own inline styles and JSON, the same
// with the styles linked (one cached CSS file), and 50 static copies of the same content.
const MANY = 50;
const quizHtml = await render('recap-quiz');
const quizLinked = await render('recap-quiz', { stylesheets: '/dist/styles/' });
pages['ssr50.html'] = page('50 pre-rendered quizzes', Array(MANY).fill(quizHtml).join('\n'), PAINTED + BUNDLE);
pages['ssr50-linked.html'] = page('50 pre-rendered quizzes, linked styles', Array(MANY).fill(quizLinked).join('\n'), PAINTED + BUNDLE);
// The same 50 with no script: what their HTML alone costs against the static copies.
pages['ssr50-nojs.html'] = page('50 pre-rendered quizzes, no script', Array(MANY).fill(quizHtml).join('\n'), PAINTED);
pages['ssr50-static.html'] = page('50 static quizzes', Array(MANY).fill(staticQuiz(a)).join('\n'), PAINTED);
for (const [name, html] of Object.entries(pages)) await writeFile(new URL(name, out), html);

const server = await startDevServer({ config: { rootDir: root.pathname, port: 0 }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const base = `http://localhost:${server.server.address().port}/bench/generated/`;
const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f = (n, d = 1) => n.toFixed(d);

async function load(name, { wait = '__done', viewport = { width: 1000, height: 800 } } = {}) {
  const p = await browser.newPage();
  await p.setViewport(viewport);
  await p.evaluateOnNewDocument(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await p.goto(base + name, { waitUntil: 'load' });
  await p.waitForFunction((w) => window[w] !== undefined, { timeout: 30000 }, wait);
  await new Promise((r) => setTimeout(r, 100));
  const result = await p.evaluate(() => ({
    done: window.__done,
    interactive: window.__interactive,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    lcp: window.__lcp,
  }));
  await p.close();
  return result;
}

async function cls(name) {
  const p = await browser.newPage();
  await p.setViewport({ width: 800, height: 1200 });
  await p.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.__cls += e.hadRecentInput ? 0 : e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await p.goto(base + name, { waitUntil: 'load' });
  // A pre-rendered quiz takes over when the reader nears it: scroll to it, as a reader does.
  await p.evaluate(() => document.querySelector('recap-quiz')?.scrollIntoView());
  await p.waitForFunction(() => [...document.querySelectorAll('recap-quiz')].every((el) => el.hasUpdated), { timeout: 30000 });
  await new Promise((r) => setTimeout(r, 500));
  const value = await p.evaluate(() => window.__cls);
  await p.close();
  return value;
}

try {
  console.log(`Pre-rendered HTML: Chromium ${await browser.version()}, ${SAMPLES} samples per page after ${WARMUP} warm-up loads.\n`);
  const names = ['ssr.html', 'ssr-nojs.html', 'ssr-static.html', 'ssr-client.html', 'ssr50.html', 'ssr50-linked.html', 'ssr50-nojs.html', 'ssr50-static.html'];
  const times = Object.fromEntries(names.map((n) => [n, []]));
  const lcp = Object.fromEntries(names.map((n) => [n, []]));
  const interactive = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    for (const name of Object.keys(times)) {
      const r = await load(name, { wait: name === 'ssr.html' ? '__interactive' : '__done' });
      if (i < WARMUP) continue;
      times[name].push(r.done);
      lcp[name].push(r.lcp);
      if (r.interactive !== undefined) interactive.push(r.interactive);
    }
  }
  const s = median(times['ssr-static.html']);
  console.log(`f) navigation to two frames after the content is in the page, seed article's 3 widgets (ms, median): static HTML ${f(s)}, pre-rendered ${f(median(times['ssr.html']))} (${f(median(times['ssr.html']) / s, 2)}x), the same HTML with no script ${f(median(times['ssr-nojs.html']))} (${f(median(times['ssr-nojs.html']) / s, 2)}x), client-rendered ${f(median(times['ssr-client.html']))} (${f(median(times['ssr-client.html']) / s, 2)}x)`);
  const ls = median(lcp['ssr-static.html']);
  console.log(`f) largest contentful paint (ms, median): static HTML ${f(ls)}, pre-rendered ${f(median(lcp['ssr.html']))} (${f(median(lcp['ssr.html']) / ls, 2)}x), with no script ${f(median(lcp['ssr-nojs.html']))} (${f(median(lcp['ssr-nojs.html']) / ls, 2)}x), client-rendered ${f(median(lcp['ssr-client.html']))} (${f(median(lcp['ssr-client.html']) / ls, 2)}x)`);
  const s50 = median(times['ssr50-static.html']);
  const kb = (name) => `${f(Buffer.byteLength(pages[name]) / 1024)} KiB raw, ${f(gzipSync(pages[name]).length / 1024)} gzip`;
  console.log(`f50) ${MANY} quizzes on one page, navigation to two frames after the content is in the page (ms, median): static HTML ${f(s50)} (${kb('ssr50-static.html')} of HTML), pre-rendered with inline styles ${f(median(times['ssr50.html']))} (${f(median(times['ssr50.html']) / s50, 2)}x; ${kb('ssr50.html')}), pre-rendered with linked styles ${f(median(times['ssr50-linked.html']))} (${f(median(times['ssr50-linked.html']) / s50, 2)}x; ${kb('ssr50-linked.html')}), the inline HTML with no script ${f(median(times['ssr50-nojs.html']))} (${f(median(times['ssr50-nojs.html']) / s50, 2)}x)`);
  const l50 = median(lcp['ssr50-static.html']);
  console.log(`f50) largest contentful paint (ms, median): static HTML ${f(l50)}, inline styles ${f(median(lcp['ssr50.html']))} (${f(median(lcp['ssr50.html']) / l50, 2)}x), linked styles ${f(median(lcp['ssr50-linked.html']))} (${f(median(lcp['ssr50-linked.html']) / l50, 2)}x)`);
  console.log(`g) CLS with no page CSS: pre-rendered ${f(await cls('ssr.html'), 3)}, client-rendered ${f(await cls('ssr-client.html'), 3)}`);
  console.log(`h) script start (bundle downloaded) to an interactive quiz after hydration (ms): median ${f(median(interactive))}, n=${interactive.length}`);
  const gz = (s) => gzipSync(s).length;
  const sizes = [];
  for (const e of ELEMENTS) sizes.push(`${e} ${f(gz(await render(e)) / 1024)} KiB (${f(gz(await render(e, { stylesheets: '/s/' })) / 1024)} with linked styles)`);
  console.log(`i) HTML per widget, gzip, with its inline JSON: ${sizes.join('; ')}`);
  const quiz = await render('recap-quiz');
  const linked = await render('recap-quiz', { stylesheets: '/s/' });
  const rows = [1, 10, 100].map((n) => {
    const inlineBytes = gz(Array(n).fill(quiz).join('\n'));
    const linkedBytes = gz(Array(n).fill(linked).join('\n'));
    return `${n}: ${f(inlineBytes / 1024)} KiB inline, ${f(linkedBytes / 1024)} KiB linked (styles cost ${f((inlineBytes - linkedBytes) / 1024)} KiB)`;
  });
  console.log(`j) n copies of the pre-rendered quiz on one page, gzip: ${rows.join('; ')}`);
} finally {
  await browser.close();
  await server.stop();
}
