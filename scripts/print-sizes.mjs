// Prints the size of each build output, raw and gzipped.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
async function* jsFiles(dir, prefix = '') {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) yield* jsFiles(new URL(entry.name + '/', dir), prefix + entry.name + '/');
    else if (entry.name.endsWith('.js')) yield prefix + entry.name;
  }
}
const kb = (n) => (n / 1024).toFixed(1).padStart(6) + ' KB';
let total = 0;
const rows = [];
for await (const file of jsFiles(dist)) {
  const buf = await readFile(new URL(file, dist));
  const gz = gzipSync(buf, { level: 9 }).length;
  if (file !== 'recap.min.js') total += gz;
  rows.push([file, buf.length, gz]);
}
rows.sort((a, b) => a[0].localeCompare(b[0]));
console.log('output'.padEnd(48), 'raw'.padStart(9), 'gzip'.padStart(9));
for (const [file, raw, gz] of rows) console.log(file.padEnd(48), kb(raw), kb(gz));
console.log('dist/ modules, gzip total (lit and marked not included)'.padEnd(58), kb(total));
