// `npm run size`: gzip and brotli sizes of every public entry, checked against size-budgets.json.
// Script-tag bundles are measured as built; module entries are bundled and minified the way a
// consumer's bundler would (all exports kept, dependencies inlined). Exits 1 over budget, and when
// an entry's file is missing (a renamed or unbuilt bundle is a failed budget, not a pass).
// `--budgets FILE` checks another budgets file (the tests use it).
import { readFile, readdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = new URL('..', import.meta.url);
const { values: args } = parseArgs({ options: { budgets: { type: 'string' } } });
const budgetsFile = args.budgets ?? 'size-budgets.json';
const budgets = JSON.parse(await readFile(args.budgets ?? new URL(budgetsFile, root), 'utf8')).entries;
const moduleEntries = { 'recap-widgets/data': 'dist/data/index.js', 'recap-widgets/xapi': 'dist/xapi/index.js' };

async function minifiedModule(input) {
  const bundle = await rollup({
    input: new URL(input, root).pathname,
    plugins: [nodeResolve({ browser: true, exportConditions: ['production'] }), terser({ ecma: 2022, module: true, compress: { passes: 3 } })],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return Buffer.from(output[0].code);
}

const kib = (n) => (n / 1024).toFixed(2);
let over = 0;
const missing = [];
const rows = [];
// A pattern such as dist/recap-lang-*.min.js is a budget for each file it matches.
const expanded = [];
for (const [name, budget] of Object.entries(budgets)) {
  if (!name.includes('*')) {
    expanded.push([name, budget]);
    continue;
  }
  const [dir, pattern] = [name.slice(0, name.lastIndexOf('/')), name.slice(name.lastIndexOf('/') + 1)];
  const re = new RegExp('^' + pattern.replace(/[.]/g, '\\.').replace('*', '[a-z-]*') + '$');
  const files = (await readdir(new URL(dir + '/', root)).catch(() => [])).filter((f) => re.test(f)).sort();
  if (!files.length) expanded.push([name, budget]);
  for (const f of files) expanded.push([`${dir}/${f}`, budget]);
}
for (const [name, budget] of expanded) {
  let code;
  try {
    code = moduleEntries[name] ? await minifiedModule(moduleEntries[name]) : await readFile(new URL(name, root));
  } catch (error) {
    if (error.code !== 'ENOENT' && error.code !== 'UNRESOLVED_ENTRY') throw error;
    missing.push(name);
    rows.push([name, '-', '-', '-', String(budget.gzip), 'MISSING']);
    continue;
  }
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const ok = gzip <= budget.gzip * 1024;
  if (!ok) over++;
  rows.push([name, kib(code.length), kib(gzip), kib(brotli), String(budget.gzip), ok ? 'ok' : 'OVER']);
}
const head = ['entry', 'min KiB', 'gzip KiB', 'brotli KiB', 'budget', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
console.log(line(head));
for (const r of rows) console.log(line(r));
// marked is pinned and does not tree-shake: its share on its own line, so a release that grows shows up here.
const marked = await minifiedModule('bench/marked-lexer.js');
const markedVersion = JSON.parse(await readFile(new URL('node_modules/marked/package.json', root), 'utf8')).version;
console.log(`\nmarked ${markedVersion} (Lexer, as the bundles carry it): ${kib(marked.length)} KiB min, ${kib(gzipSync(marked, { level: 9 }).length)} KiB gzip`);
const entries = (n) => `${n} entr${n === 1 ? 'y' : 'ies'}`;
if (over) console.error(`\n${entries(over)} over budget (${budgetsFile}).`);
if (missing.length) console.error(`\n${entries(missing.length)} with no file, so no size to check: ${missing.join(', ')} (not built? renamed? update ${budgetsFile}).`);
if (over || missing.length) process.exit(1);
