// `npm run bench:lighthouse` (issue 25): Lighthouse 12 (mobile: Moto G4-sized screen, 4x CPU
// slowdown, slow 4G) with `throttlingMethod: 'devtools'`, headless Debian Chromium (CHROME_PATH
// to choose another), pages served gzip by a small server here. Pages: demo/ssr.html
// (pre-rendered, taken over by the bundle), the same HTML with no script (what the HTML alone
// costs), and demo/publisher.html (client-rendered). Prints the median of RUNS runs per page of
// LCP, FCP, TBT and the longest main-thread task, and the ratios the issue sets targets for.
// Run `npm run build` first (demo/ssr.html is written by the build). Not part of `npm test`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromePath, chromeArgs } from './chrome.mjs';

// RECAP_ROOT: serve another checkout's built tree (for before/after figures in one sitting).
const root = process.env.RECAP_ROOT ? new URL(`file://${process.env.RECAP_ROOT.replace(/\/?$/, '/')}`) : new URL('..', import.meta.url);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp' };

/** The no-JS snapshot: demo/ssr.html without its script tags, served beside it (same relative URLs). */
const NOJS = '/demo/ssr-nojs.html';
const withoutScripts = (html) => html.replace(/<script type="module"[^>]*><\/script>/g, '');

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  try {
    let body = await readFile(new URL('.' + (path === NOJS ? '/demo/ssr.html' : path), root));
    if (path === NOJS) body = Buffer.from(withoutScripts(body.toString('utf8')));
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    res.end(gzip ? gzipSync(body) : body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const config = {
  extends: 'lighthouse:default',
  settings: { onlyCategories: ['performance'], formFactor: 'mobile', throttlingMethod: 'devtools', disableFullPageScreenshot: true },
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeArgs] });
try {
  const pages = { 'demo/ssr.html': '/demo/ssr.html', 'no-JS snapshot of demo/ssr.html': NOJS, 'demo/publisher.html': '/demo/publisher.html' };
  const results = {};
  for (const [name, path] of Object.entries(pages)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(base + path, { port: chrome.port, logLevel: 'error', output: 'json' }, config);
      if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.message}`);
      const a = lhr.audits;
      const longest = Math.max(0, ...(a['long-tasks']?.details?.items ?? []).map((t) => t.duration));
      runs.push({ lcp: a['largest-contentful-paint'].numericValue, fcp: a['first-contentful-paint'].numericValue, tbt: a['total-blocking-time'].numericValue, longest });
    }
    const m = Object.fromEntries(['lcp', 'fcp', 'tbt', 'longest'].map((k) => [k, median(runs.map((r) => r[k]))]));
    results[name] = m;
    console.log(`${name}: LCP ${m.lcp.toFixed(0)} ms, FCP ${m.fcp.toFixed(0)} ms, TBT ${m.tbt.toFixed(0)} ms, longest task ${m.longest.toFixed(0)} ms (median of ${RUNS}; TBT per run ${runs.map((r) => r.tbt.toFixed(0)).join(', ')})`);
  }
  const ssr = results['demo/ssr.html'];
  const nojs = results['no-JS snapshot of demo/ssr.html'];
  const pub = results['demo/publisher.html'];
  console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, throttlingMethod devtools, gzip, Chromium at ${chromePath}:`);
  console.log(`demo/ssr.html LCP ${(ssr.lcp / nojs.lcp).toFixed(2)}x the no-JS snapshot (target at most 1.1); TBT ${ssr.tbt.toFixed(0)} ms (target at most 50)`);
  console.log(`demo/publisher.html TBT ${pub.tbt.toFixed(0)} ms (target at most 150)`);
} finally {
  await chrome.kill();
  server.close();
}
