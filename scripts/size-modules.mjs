// `npm run size:modules [-- dist/recap-quiz.min.js]`: where the bytes of a script-tag bundle go.
// Each source module's share of the minified bundle (from its source map), gzipped on its own:
// the parts add up to more than the whole, so compare them with each other, not with the total.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';

const file = process.argv[2] ?? 'dist/recap.min.js';
const code = await readFile(file, 'utf8');
const consumer = await new SourceMapConsumer(JSON.parse(await readFile(`${file}.map`, 'utf8')));
const lines = code.split('\n');
const mappings = [];
consumer.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);

const bySource = new Map();
mappings.forEach((m, i) => {
  const next = mappings[i + 1];
  const line = lines[m.generatedLine - 1] ?? '';
  const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
  const source = (m.source ?? '(unmapped)').replace(/.*node_modules\//, '').replace(/.*\/(src|dist)\//, '');
  bySource.set(source, (bySource.get(source) ?? '') + line.slice(m.generatedColumn, end));
});

const kib = (bytes) => (bytes / 1024).toFixed(2).padStart(7);
const rows = [...bySource].map(([source, text]) => ({ source, min: text.length, gzip: gzipSync(text, { level: 9 }).length })).sort((a, b) => b.gzip - a.gzip);
console.log(`${file}: ${kib(code.length)} KiB min, ${kib(gzipSync(code, { level: 9 }).length)} KiB gzip as a whole\n`);
console.log(`${'gzip KiB'.padStart(8)} ${'min KiB'.padStart(7)}  module (each gzipped on its own)`);
for (const r of rows) console.log(`${kib(r.gzip)}  ${kib(r.min)}  ${r.source}`);
