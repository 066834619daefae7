// The CLI as a publisher's build would run it: `recap-widgets validate FILE...`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const seedFile = join(root, 'demo/data/istanbul-talks.json');

function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

test('exits 0 for the seed article', async () => {
  const r = await run('validate', 'demo/data/istanbul-talks.json');
  assert.equal(r.code, 0);
  assert.equal(r.stdout.trim(), 'demo/data/istanbul-talks.json: ok');
});

test('prints FILE: /path: message for each problem and exits 1', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'recap-cli-'));
  const a = JSON.parse(await readFile(seedFile, 'utf8'));
  a.quiz.questions[2].answers = ['ceasefire', 'nope'];
  delete a.title;
  const file = join(dir, 'bad.json');
  await writeFile(file, JSON.stringify(a));
  const r = await run('validate', file, 'demo/data/istanbul-talks.json');
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines.includes(`${file}: /title: title is required but missing`), r.stdout);
  assert.ok(lines.includes(`${file}: /quiz/questions/2/answers/1: answer "nope" is not one of the choice ids (ceasefire, prisoners, children, sanctions, nato)`), r.stdout);
  assert.ok(lines.includes('demo/data/istanbul-talks.json: ok'));
});

test('reports a file that is not JSON, or missing, at the document', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'recap-cli-'));
  const file = join(dir, 'page.json');
  await writeFile(file, '<!doctype html><p>oops');
  const r = await run('validate', file, join(dir, 'missing.json'));
  assert.equal(r.code, 1);
  assert.match(r.stdout, /page\.json: the file is HTML, not JSON/);
  assert.match(r.stdout, /missing\.json: cannot be read \(ENOENT\)/);
});

test('prints usage and exits 2 without a command', async () => {
  const r = await run();
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Usage: recap-widgets validate FILE/);
});

test('text that is not JSON: FILE:LINE:COL, the line with a caret, and a hint; never an empty path', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'recap-cli-'));
  const file = join(dir, 'commented.json');
  await writeFile(file, '{\n  "schemaVersion": 1, // the version\n  "id": "a"\n}\n');
  const r = await run('validate', file);
  assert.equal(r.code, 1);
  assert.equal(
    r.stdout,
    `${file}:2:23: the file is not valid JSON at line 2, column 23: comments are not allowed in JSON; remove the // or /* */ comment\n` +
      '    2 |   "schemaVersion": 1, // the version\n' +
      '      |                       ^\n',
  );
  assert.doesNotMatch(r.stdout, /: :/);
});

test('a file saved with a byte-order mark and Windows line endings validates', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'recap-cli-'));
  const file = join(dir, 'bom.json');
  const text = JSON.stringify(JSON.parse(await readFile(seedFile, 'utf8')), null, 2).replace(/\n/g, '\r\n');
  await writeFile(file, '\uFEFF' + text);
  const r = await run('validate', file);
  assert.equal(r.stdout.trim(), `${file}: ok`);
  assert.equal(r.code, 0);
});

test('a file that cannot be read is named without an empty path', async () => {
  const r = await run('validate', 'no/such/file.json');
  assert.equal(r.code, 1);
  assert.equal(r.stdout.trim(), 'no/such/file.json: cannot be read (ENOENT)');
});
