// No module in src/ imports itself back through others (type-only imports count too: a
// circle is a circle to a reader, a bundler and the type checker alike).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

async function sources(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sources(path)));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** The relative modules a file imports or re-exports, as absolute .ts paths. */
async function importsOf(file) {
  const text = await readFile(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^;'"]*?from\s*['"](\.[^'"]+)['"]/gms), ...text.matchAll(/^\s*import\s*['"](\.[^'"]+)['"]/gm)];
  return specifiers.map((m) => resolve(dirname(file), m[1].replace(/\.js$/, '.ts')));
}

test('src/ has no import cycles', async () => {
  const files = await sources(src);
  const graph = new Map(await Promise.all(files.map(async (f) => [f, await importsOf(f)])));
  const cycles = [];
  const state = new Map(); // 1: on the current path, 2: done
  const path = [];
  const visit = (file) => {
    state.set(file, 1);
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 1) cycles.push([...path.slice(path.indexOf(next)), next].map((f) => relative(src, f)).join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 2);
  };
  for (const file of files) if (!state.has(file)) visit(file);
  assert.deepEqual(cycles, []);
});
