// What `npm test` prints: the browser suite's expected noise is quiet (Lit's dev-mode notice, the 404s
// the tests ask for, one block for what an engine checked another way), and a real problem still shows.
// Runs web-test-runner with the project's config on one fixture file, in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('the browser run shows unexpected errors, warnings and 404s, and none of the expected noise', { timeout: 180_000 }, async () => {
  const results = join(await mkdtemp(join(tmpdir(), 'recap-wtr-')), 'engines.json');
  const { code, output } = await new Promise((resolve) =>
    execFile(
      process.execPath,
      [join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'web-test-runner.config.mjs', '--files', 'test/node/fixtures/browser-output.fixture.ts'],
      { cwd: root, env: { ...process.env, RECAP_ENGINES: 'chromium', RECAP_ENGINES_RESULTS: results, NO_COLOR: '1' }, maxBuffer: 8e6 },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, output: stdout + stderr }),
    ),
  );
  assert.equal(code, 0, output);
  // Real problems, under the test file's name.
  assert.match(output, /browser-output\.fixture\.ts:[\s\S]*fixture: an unexpected error from an element/);
  assert.match(output, /fixture: an unexpected warning/);
  assert.match(output, /404 network requests:\s+- __recap\/fixture-missing\.js/);
  // Expected noise: gone, or in its one labelled place.
  assert.doesNotMatch(output, /Lit is in dev mode/);
  assert.doesNotMatch(output, /__recap\/not-found/);
  assert.match(output, /Checked another way where an engine's driver cannot emulate a reader's setting[^\n]*\n {2}\[Chromium\] output of a test run makes expected noise, and real problems: fixture note: checked another way/);
  assert.doesNotMatch(output, /test files \|/, 'progress bars in a log that is not a terminal');
});
