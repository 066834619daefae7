// `npm start` as a publisher runs it, in a copy of the repository (so that a build here never
// touches the dist/ the other tests read): it builds only when a source changed, takes the next
// free port when 8000 is taken, stops in one line when the PORT it was given is taken, and
// stopping npm (a signal sent to npm alone) stops the dev server too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { appendFile, cp, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, utimes } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
let copy;
let stamp;

/** A listening socket on `port` (0: any), held until closed; undefined when another program already holds it. */
async function hold(port) {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', (error) => (error.code === 'EADDRINUSE' ? resolve(undefined) : reject(error)));
    server.listen({ port, exclusive: true }, () => resolve(server));
  });
}

async function freePort() {
  const server = await hold(0);
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm start` in the copy; `served` resolves to the URL it prints once the demo is served, or rejects when npm exits first. */
function npmStart(env) {
  const child = spawn('npm', ['start'], { cwd: copy, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const served = new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      stdout += d;
      const m = /Recap demo: (http:\/\/localhost:\d+\/demo\/)/.exec(stdout);
      if (m) resolve(m[1]);
    });
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before serving:\n${stdout}\n${stderr}`)));
  });
  served.catch(() => {});
  return { child, served, exited, output: () => ({ stdout, stderr }) };
}

const envWith = (extra) => {
  const env = { ...process.env, ...extra };
  if (!('PORT' in extra)) delete env.PORT;
  return env;
};

const answers = (url) =>
  fetch(url, { signal: AbortSignal.timeout(5000) }).then(
    (r) => r.ok,
    () => false,
  );

before(async () => {
  copy = await mkdtemp(join(tmpdir(), 'recap-start-'));
  const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of [...tracked, 'dist', 'demo/ssr.html', 'demo/csp-ssr.html']) {
    await cp(join(root, file), join(copy, file), { recursive: true }).catch((e) => (e.code === 'ENOENT' ? undefined : Promise.reject(e)));
  }
  // The installed packages are shared; the build's record (node_modules/.cache) is the copy's own.
  await mkdir(join(copy, 'node_modules'));
  for (const name of await readdir(join(root, 'node_modules'))) if (name !== '.cache') await symlink(join(root, 'node_modules', name), join(copy, 'node_modules', name));
  stamp = await import(join(copy, 'scripts/build-stamp.mjs'));
  await mkdir(dirname(stamp.stampFile(copy)), { recursive: true });
  await cp(stamp.stampFile(root), stamp.stampFile(copy)).catch(() => {});
  // The copy is as current as this checkout's last build; if that is stale, build the copy once.
  if (await stamp.staleness(copy)) execFileSync('npm', ['run', 'build'], { cwd: copy, stdio: 'ignore' });
});

after(() => rm(copy, { recursive: true, force: true }));

test('dist/ current: npm start serves without building, and SIGTERM to npm stops the dev server', { timeout: 60_000 }, async () => {
  const before = (await stat(join(copy, 'dist/index.js'))).mtimeMs;
  const port = await freePort();
  const npm = npmStart(envWith({ PORT: String(port) }));
  try {
    const url = await npm.served;
    assert.equal(url, `http://localhost:${port}/demo/`);
    assert.match(npm.output().stdout, /dist\/ is current with the sources: not rebuilding/);
    assert.doesNotMatch(npm.output().stdout, /Building|recap-widgets@\S+ build/);
    assert.equal((await stat(join(copy, 'dist/index.js'))).mtimeMs, before);
    assert.ok(await answers(url));
    npm.child.kill('SIGTERM');
    await npm.exited;
    // npm waits for its script; once npm is gone, so is the server's port.
    assert.equal(await answers(url), false, 'the dev server still answered after npm stopped');
  } finally {
    npm.child.kill('SIGKILL');
  }
});

test('port 8000 taken and PORT unset: npm start says so and serves on the next free port', { timeout: 60_000 }, async () => {
  // Held here, or by some other program already: taken either way.
  const held = await hold(8000);
  const npm = npmStart(envWith({}));
  try {
    const url = await npm.served;
    const port = Number(new URL(url).port);
    assert.ok(port > 8000 && port < 8020, url);
    assert.match(npm.output().stdout, new RegExp(`Port 8000 is in use by another program, so the demo is on port ${port}\\.`));
    assert.ok(await answers(url));
  } finally {
    npm.child.kill('SIGTERM');
    await npm.exited;
    held?.close();
  }
});

test('PORT names a taken port: one line saying so, exit 1, before any build', { timeout: 60_000 }, async () => {
  await appendFile(join(copy, 'src/index.ts'), `export const startTestMarker = 'stale-${process.pid}';\n`);
  assert.match(await stamp.staleness(copy), /^src\/index\.ts changed since the last build$/);
  const busy = await hold(0);
  const port = busy.address().port;
  try {
    const npm = npmStart(envWith({ PORT: String(port) }));
    assert.equal(await npm.exited, 1);
    const { stdout, stderr } = npm.output();
    const lines = stderr.trim().split('\n').filter((l) => !l.startsWith('npm '));
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0], new RegExp(`^Port ${port} \\(from PORT\\) is in use by another program\\. .*PORT=\\d+ npm start`));
    assert.doesNotMatch(stdout + stderr, /Building|EADDRINUSE|\n\s+at /);
    assert.ok(await stamp.staleness(copy), 'a build ran');
  } finally {
    busy.close();
  }
});

test('a source changed since the last build: npm start builds, then serves the new build', { timeout: 400_000 }, async () => {
  assert.ok(await stamp.staleness(copy));
  const npm = npmStart(envWith({ PORT: String(await freePort()) }));
  try {
    const url = await npm.served;
    assert.match(npm.output().stdout, /Building dist\/: src\/index\.ts changed since the last build\./);
    const served = await (await fetch(new URL('/dist/index.js', url))).text();
    assert.match(served, new RegExp(`stale-${process.pid}`));
    assert.equal(await stamp.staleness(copy), undefined);
  } finally {
    npm.child.kill('SIGTERM');
    await npm.exited;
  }
});

test('what counts as changed: content, not modification times; and a build output removed', async () => {
  assert.equal(await stamp.staleness(copy), undefined);
  const future = new Date(Date.now() + 60_000);
  await utimes(join(copy, 'src/cli.ts'), future, future);
  assert.equal(await stamp.staleness(copy), undefined, 'a touched file is not a change');
  const file = join(copy, 'dist/recap-lang-de.min.js');
  const text = await readFile(file);
  await rm(file);
  assert.equal(await stamp.staleness(copy), 'dist/ was changed or removed after the last build');
  await cp(join(root, 'dist/recap-lang-de.min.js'), file);
  assert.equal((await readFile(file)).equals(text), true);
  await rm(stamp.stampFile(copy));
  assert.equal(await stamp.staleness(copy), 'no finished build was recorded here');
});
