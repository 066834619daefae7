// scripts/size.mjs, which `npm test` runs after the build: a budget whose file is not there
// (a bundle renamed, or not built) fails the run like a budget that is exceeded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function sizes(entries) {
  const file = join(await mkdtemp(join(tmpdir(), 'recap-size-')), 'budgets.json');
  await writeFile(file, JSON.stringify({ entries }));
  return new Promise((resolve) =>
    execFile(process.execPath, ['scripts/size.mjs', '--budgets', file], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    ),
  );
}

test('a budget whose file is missing fails, named, next to the budgets that pass', async () => {
  const r = await sizes({
    'dist/recap-lang-de.min.js': { gzip: 5 },
    'dist/recap-renamed.min.js': { gzip: 5 },
    'dist/recap-gone-*.min.js': { gzip: 5 },
    'recap-widgets/xapi': { gzip: 5 },
  });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /^dist\/recap-lang-de\.min\.js .* ok$/m);
  assert.match(r.stdout, /^dist\/recap-renamed\.min\.js .* MISSING$/m);
  assert.match(r.stdout, /^dist\/recap-gone-\*\.min\.js .* MISSING$/m);
  assert.match(r.stderr, /2 entries with no file, so no size to check: dist\/recap-renamed\.min\.js, dist\/recap-gone-\*\.min\.js/);
  assert.doesNotMatch(r.stderr, /at .*size\.mjs|Error:/, 'a stack trace instead of a report');
});

test('budgets that all hold pass', async () => {
  const r = await sizes({ 'dist/recap-lang-de.min.js': { gzip: 5 }, 'recap-widgets/xapi': { gzip: 5 } });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.doesNotMatch(r.stdout, /OVER|MISSING/);
});
