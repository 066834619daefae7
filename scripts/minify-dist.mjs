// Minifies the html`` and css`` template text of tsc's output in dist/ in place, as the bundles
// do, so the npm modules, the script-tag bundles and the server renderer (recap-widgets/server)
// all carry the same template text: hydrating pre-rendered HTML checks a digest of that text.
// Line numbers are kept, so the source maps stay right.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { minifyTemplates } from './minify-templates.mjs';

const plugin = minifyTemplates({ include: /\.js$/, keepLines: true });
const dist = new URL('../dist/', import.meta.url).pathname;
let changed = 0;
for (const entry of await readdir(dist, { recursive: true })) {
  if (!entry.endsWith('.js')) continue;
  const file = join(dist, entry);
  const code = await readFile(file, 'utf8');
  const out = plugin.transform.call({ parse: (c) => parseAst(c) }, code, file);
  if (out) {
    await writeFile(file, out.code);
    changed++;
  }
}
console.log(`minify-dist: templates minified in ${changed} modules`);
