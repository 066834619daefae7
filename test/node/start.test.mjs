// `npm start` builds and serves the demo; stopping npm (Ctrl-C, or a signal sent to npm
// alone) must stop the dev server too, not leave it holding the port.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const answers = (url) =>
  fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (r) => r.ok,
    () => false,
  );

async function until(check, ms, what) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.fail(`${what} within ${ms / 1000} s`);
}

for (const signal of ['SIGTERM']) {
  test(`${signal} to npm start stops the dev server`, { timeout: 240_000 }, async () => {
    const port = await freePort();
    const url = `http://localhost:${port}/demo/`;
    const npm = spawn('npm', ['start'], { cwd: root, env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
    const exited = new Promise((resolve) => npm.on('exit', resolve));
    try {
      await until(() => answers(url), 180_000, 'the demo did not answer');
      npm.kill(signal);
      await exited;
      await until(async () => !(await answers(url)), 10_000, 'the dev server still answered after npm stopped');
    } finally {
      npm.kill('SIGKILL');
    }
  });
}
