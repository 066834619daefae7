// `npm run bench`: Recap against its limit (the same content as static HTML), in headless
// Debian Chromium via puppeteer-core, on pages served locally. Samples alternate between the
// pages compared, after warm-up; the table shows medians with bootstrap 95% confidence
// intervals and the ratio of medians. Figures are for comparing within one run on one machine.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { readFile, writeFile } from 'node:fs/promises';
import { chromePath, chromeArgs } from './chrome.mjs';
import { writePages } from '../bench/pages.mjs';

const root = new URL('..', import.meta.url);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const WARMUP = 3;
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 40);

await writePages(root);
const data = await readFile(new URL('demo/data/istanbul-talks.json', root), 'utf8');
const server = await startDevServer({
  config: {
    rootDir: root.pathname,
    port: 0,
    middleware: [
      async (ctx, next) => {
        if (ctx.path !== '/bench-data.json') return next();
        await new Promise((r) => setTimeout(r, Number(ctx.query.delay ?? 0)));
        ctx.type = 'application/json';
        ctx.body = data;
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://localhost:${server.server.address().port}/bench/generated/`;
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: [...chromeArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

// ---- statistics ----
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
function bootstrap(stat, ...samples) {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const draws = [];
  for (let i = 0; i < 2000; i++) draws.push(stat(...samples.map((xs) => xs.map(() => xs[Math.floor(rand() * xs.length)]))));
  return [quantile(draws, 0.025), quantile(draws, 0.975)];
}
const f = (n, d = 1) => n.toFixed(d);

// ---- measurements ----
async function loadTime(name) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(base + name, { waitUntil: 'load' });
  const t = await page.waitForFunction(() => window.__done, { timeout: 30000 }).then((h) => h.jsonValue());
  await page.close();
  return t;
}

async function compare(a, b) {
  for (let i = 0; i < WARMUP; i++) {
    await loadTime(a);
    await loadTime(b);
  }
  const xs = [];
  const ys = [];
  for (let i = 0; i < SAMPLES; i++) {
    xs.push(await loadTime(a));
    ys.push(await loadTime(b));
  }
  return { xs, ys, ratio: median(xs) / median(ys), ratioCi: bootstrap((p, q) => median(p) / median(q), xs, ys) };
}

async function latency() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(base + 'latency.html', { waitUntil: 'load' });
  await page.waitForFunction(() => window.__done);
  const quiz = await page.$('recap-quiz');
  const questions = JSON.parse(data).quiz.questions;
  const times = [];
  for (let i = 0; i < ANSWERS; i++) {
    const q = questions[i % questions.length];
    // Choose an answer first (not timed), then time the "Check" click alone.
    if (q.type === 'numeric') {
      const input = await quiz.$('pierce/input[inputmode="decimal"]');
      await input.click();
      await input.type(String(q.answer));
    } else if (q.type !== 'order') {
      const value = q.type === 'single' ? q.answer : q.type === 'multiple' ? q.answers[0] : String(q.answer);
      await (await quiz.$(`pierce/input[name="${q.id}"][value="${value}"]`)).click();
    }
    await page.evaluate(() => {
      const el = document.querySelector('recap-quiz');
      window.__t = new Promise((resolve) => {
        let t0 = 0;
        // From the pointer going down on "Check" to the frame after the feedback is rendered.
        el.shadowRoot.addEventListener('pointerdown', (e) => (t0 = e.timeStamp), { once: true, capture: true });
        el.addEventListener('recap-answer', async () => {
          await el.updateComplete;
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
        }, { once: true });
      });
    });
    await (await quiz.$('pierce/#action')).click();
    times.push(await page.evaluate(() => window.__t));
    await (await quiz.$('pierce/#action')).click(); // next question, or the results
    if (i % questions.length === questions.length - 1) await (await quiz.waitForSelector('pierce/[part~="retry"]')).click();
  }
  await page.close();
  return times;
}

async function cls(name, heights) {
  if (heights) {
    // The publisher's fix: reserve the widgets' real heights in the page's own CSS.
    const html = await readFile(new URL(`bench/generated/${name}`, root), 'utf8');
    await writeFile(new URL(`bench/generated/${name}`, root), html.replaceAll('var(--h-summary)', `${heights.summary}px`).replaceAll('var(--h-figures)', `${heights.figures}px`));
  }
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 1200 });
  await page.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(base + name, { waitUntil: 'load' });
  await page.waitForFunction(() => [...document.querySelectorAll('recap-summary, recap-figures')].every((el) => el.shadowRoot?.querySelector('[part~="base"]:not([part~="placeholder"])')), { timeout: 10000 });
  await new Promise((r) => setTimeout(r, 500));
  const result = await page.evaluate(() => ({
    cls: window.__cls,
    summary: document.querySelector('recap-summary').getBoundingClientRect().height,
    figures: document.querySelector('recap-figures').getBoundingClientRect().height,
  }));
  await page.close();
  return result;
}

async function heapPerInstance() {
  const usage = async (name) => {
    const page = await browser.newPage();
    await page.goto(base + name, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__done);
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await page.close();
    return usedSize;
  };
  const zero = [];
  const hundred = [];
  for (let i = 0; i < 5; i++) {
    zero.push(await usage('heap-0.html'));
    hundred.push(await usage('heap-100.html'));
  }
  return (median(hundred) - median(zero)) / 100;
}

try {
  console.log(`Chromium ${await browser.version()}, ${SAMPLES} samples per page after ${WARMUP} warm-up loads, ${ANSWERS} answers.\n`);
  const rows = [];
  const a = await compare('widgets.html', 'static.html');
  rows.push(['a) seed article: 3 widgets vs static HTML, navigation to rendered (ms)', a]);
  const b = await compare('quizzes-100.html', 'static-100.html');
  rows.push(['b) 100 quizzes vs 100 static copies, to a complete viewport (ms)', b]);
  const beager = await compare('quizzes-100-eager.html', 'static-100.html');
  rows.push(['b) the same with loading="eager" (no lazy rendering) (ms)', beager]);
  const bcv = await compare('quizzes-100-cv.html', 'static-100.html');
  rows.push(['b) loading="eager" with CSS content-visibility: auto instead (ms)', bcv]);
  console.log('measure'.padEnd(72), 'Recap median [95% CI]'.padEnd(26), 'static median'.padEnd(15), 'ratio [95% CI]');
  for (const [label, r] of rows) {
    const [lo, hi] = bootstrap(median, r.xs);
    console.log(label.padEnd(72), `${f(median(r.xs))} [${f(lo)}, ${f(hi)}]`.padEnd(26), f(median(r.ys)).padEnd(15), `${f(r.ratio, 2)}x [${f(r.ratioCi[0], 2)}, ${f(r.ratioCi[1], 2)}]`);
  }
  const lat = await latency();
  const [llo, lhi] = bootstrap(median, lat);
  console.log(`c) answer to feedback painted, one question at a time (ms): median ${f(median(lat))} [${f(llo)}, ${f(lhi)}], p95 ${f(quantile(lat, 0.95))}, n=${lat.length}`);
  const def = await cls('cls-default.html');
  const tuned = await cls('cls-reserved.html', { summary: Math.ceil(def.summary), figures: Math.ceil(def.figures) });
  console.log(`d) layout shift while data arrives via src: CLS ${f(def.cls, 3)} with the default reserved space, ${f(tuned.cls, 3)} with the page's CSS reserving the widgets' heights before the script runs (${Math.ceil(def.summary)} / ${Math.ceil(def.figures)} px)`);
  const heap = await heapPerInstance();
  console.log(`e) JS heap per <recap-quiz> instance (100 instances, after GC): ${f(heap / 1024)} KiB`);
} finally {
  await browser.close();
  await server.stop();
}
