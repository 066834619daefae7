// `npm run bench`: Recap against its limit (the same content as static HTML), in headless
// Debian Chromium via puppeteer-core, on pages served locally. Samples alternate between the
// pages compared, after warm-up; the table shows medians with bootstrap 95% confidence
// intervals and the ratio of medians. Figures are for comparing within one run on one machine.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromePath, chromeArgs } from './chrome.mjs';
import { writePages } from '../bench/pages.mjs';

const root = new URL('..', import.meta.url);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const WARMUP = 3;
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 40);
// Sizes as npm run size gives them: gzip -9, 1 KiB = 1,024 bytes.
const gz = (code) => gzipSync(code, { level: 9 }).length;
// The reader bundle before issue 14 (languages on demand): the parent of the commit that split the languages out.
const BEFORE_REF = process.env.BENCH_BEFORE_REF || '954d386^';

/**
 * The "before" bundle for measure a): `BEFORE_REF` built once from its own sources and lock file
 * (git archive, npm ci, npm run build) and cached in node_modules/.cache/recap-bench-before/<commit>/;
 * later runs reuse the cache. Its recap.min.js (and language files, if it had any) are served from
 * there as /bench-before/. Returns { skipped } with the reason when the commit is not at hand.
 */
async function beforeBundle() {
  let sha;
  try {
    sha = execFileSync('git', ['rev-parse', '--verify', '--quiet', `${BEFORE_REF}^{commit}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return { skipped: `git cannot resolve ${BEFORE_REF} in this checkout (a shallow clone or a source archive lacks that history: git fetch --unshallow, or set BENCH_BEFORE_REF to a commit you have)` };
  }
  const cacheRoot = new URL('node_modules/.cache/recap-bench-before/', root);
  const cache = new URL(`${sha}/`, cacheRoot);
  if (!existsSync(new URL('recap.min.js', cache))) {
    const src = new URL(`src-${sha}/`, cacheRoot);
    const log = new URL(`build-${sha}.log`, cacheRoot);
    await rm(src, { recursive: true, force: true });
    await mkdir(src, { recursive: true });
    console.log(`Building the "before" bundle from ${BEFORE_REF} (${sha.slice(0, 7)}) once: npm ci and npm run build in ${src.pathname}, log in ${log.pathname} ...`);
    // The child npm gets the user's npm settings but not this run's package and script variables.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(package|lifecycle)_/.test(k)));
    const out = openSync(log, 'w');
    try {
      execSync(`git archive --format=tar ${sha} | tar -x -C "${src.pathname}"`, { cwd: root, stdio: ['ignore', out, out] });
      execSync('npm ci --no-audit --no-fund && npm run build', { cwd: src, env, stdio: ['ignore', out, out] });
    } catch (e) {
      return { skipped: `building ${BEFORE_REF} (${sha.slice(0, 7)}) failed (${e.message.split('\n')[0]}); see ${log.pathname}` };
    }
    const tmp = new URL(`${sha}.tmp/`, cacheRoot);
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    for (const file of await readdir(new URL('dist/', src))) if (/^recap(-lang-[a-z]+)?\.min\.js$/.test(file)) await copyFile(new URL(`dist/${file}`, src), new URL(file, tmp));
    await rename(tmp, cache);
    await rm(src, { recursive: true, force: true });
  }
  const files = (await readdir(cache)).filter((f) => f.endsWith('.js'));
  return { sha, cache, url: '/bench-before/recap.min.js', files, gzip: gz(await readFile(new URL('recap.min.js', cache))) };
}

const before = await beforeBundle();
await writePages(root, { before: before.url });
const data = await readFile(new URL('demo/data/istanbul-talks.json', root), 'utf8');
const server = await startDevServer({
  config: {
    rootDir: root.pathname,
    port: 0,
    middleware: [
      async (ctx, next) => {
        // The before bundle, from its cache (never copied into the checkout).
        const file = /^\/bench-before\/(recap(?:-lang-[a-z]+)?\.min\.js)$/.exec(ctx.path)?.[1];
        if (file && before.files?.includes(file)) {
          ctx.type = 'text/javascript';
          ctx.body = await readFile(new URL(file, before.cache));
          return;
        }
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
  // Otherwise the dev server logs an uncaught error and the run still exits 0.
  autoExitProcess: false,
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
// cold: the HTTP cache disabled (CDP Network.setCacheDisabled), so every file is fetched as on a
// first visit; otherwise files come from the cache after the dev server's 304 revalidation.
// latency: ms added to every request (CDP Network.emulateNetworkConditions, no throughput limit).
// Pages with a words check (bench/pages.mjs) leave which German words each widget showed in `seen`.
const seen = {};
async function loadTime(name, { cold = false, latency = 0 } = {}) {
  const page = await browser.newPage();
  if (cold) await page.setCacheEnabled(false);
  if (latency) await page.emulateNetworkConditions({ download: -1, upload: -1, latency });
  const fetched = [];
  page.on('response', (r) => fetched.push({ file: new URL(r.url()).pathname.split('/').pop(), status: r.status(), cached: r.fromCache() }));
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(base + name, { waitUntil: 'load' });
  const t = await page.waitForFunction(() => window.__done, { timeout: 30000 }).then((h) => h.jsonValue());
  if (await page.$('script[data-words-check]')) {
    const words = await page.waitForFunction(() => window.__words, { timeout: 5000 }).then((h) => h.jsonValue());
    (seen[name] ??= []).push({ words, fetched });
  }
  await page.close();
  return t;
}

/** Loads the pages in turn, warm-up rounds first; the samples of each page, by name. */
async function compareMany(names, options) {
  for (let i = 0; i < WARMUP; i++) for (const name of names) await loadTime(name, options);
  const xs = Object.fromEntries(names.map((n) => [n, []]));
  for (const name of names) seen[name] = [];
  for (let i = 0; i < SAMPLES; i++) for (const name of names) xs[name].push(await loadTime(name, options));
  return xs;
}
const ratioOf = (xs, ys) => ({ ratio: median(xs) / median(ys), ci: bootstrap((p, q) => median(p) / median(q), xs, ys) });
const medianCi = (xs) => {
  const [lo, hi] = bootstrap(median, xs);
  return `${f(median(xs))} [${f(lo)}, ${f(hi)}]`;
};
const ratioText = ({ ratio, ci }) => `${f(ratio, 2)}x [${f(ci[0], 2)}, ${f(ci[1], 2)}]`;
const kib = (bytes) => `${f(bytes / 1024)} KiB gzip`;

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
  const dist = async (file) => gz(await readFile(new URL(`dist/${file}`, root)));

  // a) static, before and after in one alternating series, so the three share the machine's state;
  // once as a returning reader (files from the HTTP cache after a 304), once as a first visit.
  for (const cold of [false, true]) {
    const a = await compareMany(before.url ? ['static.html', 'widgets-before.html', 'widgets.html'] : ['static.html', 'widgets.html'], { cold });
    console.log(`a) seed article: 3 widgets vs static HTML, navigation to rendered (ms), ${cold ? 'first visit: HTTP cache disabled (CDP Network.setCacheDisabled)' : 'returning reader: files from the HTTP cache after a 304 revalidation'}`);
    console.log('   static HTML'.padEnd(72), medianCi(a['static.html']));
    if (before.url) console.log(`   before issue 14: ${BEFORE_REF} = ${before.sha.slice(0, 7)}, recap.min.js ${kib(before.gzip)}${before.files.length > 1 ? ` (+${before.files.length - 1} language files)` : ', all languages in'}`.padEnd(72), medianCi(a['widgets-before.html']));
    else console.log(`   before issue 14: skipped, ${before.skipped}`);
    console.log(`   after: dist/recap.min.js ${kib(await dist('recap.min.js'))}, English built in`.padEnd(72), medianCi(a['widgets.html']));
    if (before.url) console.log(`   ratio of medians [95% CI]: before/static ${ratioText(ratioOf(a['widgets-before.html'], a['static.html']))}, after/static ${ratioText(ratioOf(a['widgets.html'], a['static.html']))}, after/before ${ratioText(ratioOf(a['widgets.html'], a['widgets-before.html']))}\n`);
    else console.log(`   ratio of medians [95% CI]: after/static ${ratioText(ratioOf(a['widgets.html'], a['static.html']))}\n`);
  }

  const rows = [];
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

  // k) (f to j are bench-ssr's) The German article waits for recap-lang-de.min.js (fetched next to
  // the bundle) before its first render. Both pages cold; on localhost a request costs next to
  // nothing, so once more with a round trip added to every request, as over a network.
  const LATENCY = Number(process.env.BENCH_LATENCY ?? 40);
  for (const latency of [0, LATENCY]) {
    const g = await compareMany(['lang-en.html', 'lang-de.html'], { cold: true, latency });
    const problems = [];
    for (const [name, german] of [['lang-en.html', false], ['lang-de.html', true]]) {
      for (const [i, { words, fetched }] of seen[name].entries()) {
        for (const [tag, found] of Object.entries(words)) {
          if (german && found.length === 0) problems.push(`${name} sample ${i + 1}: <${tag}> rendered without any German UI word`);
          if (!german && found.length) problems.push(`${name} sample ${i + 1}: <${tag}> shows German words (${found.join(', ')})`);
        }
        const de = fetched.filter((r) => r.file === 'recap-lang-de.min.js');
        if (german && !de.some((r) => r.status === 200 && !r.cached)) problems.push(`${name} sample ${i + 1}: recap-lang-de.min.js was not fetched from the server (${JSON.stringify(de)})`);
        if (!german && de.length) problems.push(`${name} sample ${i + 1}: the English page fetched recap-lang-de.min.js`);
      }
    }
    if (problems.length) throw new Error(`k) the German/English measure is not valid:\n  ${problems.slice(0, 10).join('\n  ')}`);
    const shown = seen['lang-de.html'][0].words;
    console.log(`\nk) German article vs the same in English, first render: 3 widgets, navigation to rendered (ms), HTTP cache disabled for both (CDP Network.setCacheDisabled)${latency ? `, ${latency} ms added to every request (CDP Network.emulateNetworkConditions)` : ', localhost'}`);
    console.log('   English (no language file)'.padEnd(72), medianCi(g['lang-en.html']));
    console.log(`   German (recap-lang-de.min.js ${kib(await dist('recap-lang-de.min.js'))}, fetched on every load)`.padEnd(72), medianCi(g['lang-de.html']));
    console.log(`   ratio of medians German/English [95% CI]: ${ratioText(ratioOf(g['lang-de.html'], g['lang-en.html']))}; difference of medians ${f(median(g['lang-de.html']) - median(g['lang-en.html']))} ms`);
    console.log(`   checked on every load: each German widget showed German UI words (first load: ${Object.entries(shown).map(([tag, w]) => `${tag} "${w.slice(0, 3).join('", "')}"`).join('; ')}), the English page none, and only the German page fetched its file`);
  }
} finally {
  await browser.close();
  await server.stop();
}
