// `recap-widgets package`: bad input gets a clear error (a JSON Pointer or a line, in plain words)
// and no file; good input gets the package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const demo = JSON.parse(readFileSync(new URL('../../demo/data/istanbul-talks.json', import.meta.url), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'recap-package-'));
const run = (...args) => spawnSync(process.execPath, [cli, 'package', ...args], { encoding: 'utf8', cwd: dir });
const file = (name, text) => (writeFileSync(join(dir, name), text), join(dir, name));

test('JSON that does not parse: the line and column, and no package', () => {
  const bad = file('broken.json', '{\n  "id": "x",\n  "title": oops\n}');
  const r = run(bad, '--scorm12', '-o', join(dir, 'broken.zip'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /broken\.json:3:\d+: /);
  assert.equal(existsSync(join(dir, 'broken.zip')), false);
});

test('a record with a problem: its JSON Pointer in plain words, and no package', () => {
  const record = structuredClone(demo);
  record.quiz.questions[0].answer = 'nowhere';
  const r = run(file('wrong.json', JSON.stringify(record, null, 2)), '--scorm2004', '-o', join(dir, 'wrong.zip'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /wrong\.json: \/quiz\/questions\/0\/answer: .*nowhere/);
  assert.equal(existsSync(join(dir, 'wrong.zip')), false);
});

test('no format, or two: a usage error (exit 2)', () => {
  const good = file('good.json', JSON.stringify(demo));
  for (const args of [[good], [good, '--scorm12', '--html']]) {
    const r = run(...args);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /say which one package to write: --scorm12, --scorm2004, --qti, --qti21, --html/);
  }
});

test('a good record: the package, named after the file when -o is not given', () => {
  const r = run(file('story.json', JSON.stringify(demo)), '--scorm12');
  assert.equal(r.status, 0, r.stderr);
  const files = unzipSync(new Uint8Array(readFileSync(join(dir, 'story-scorm12.zip'))));
  assert.match(strFromU8(files['imsmanifest.xml']), /<schemaversion>1\.2<\/schemaversion>/);
  assert.ok(files['index.html'] && files['recap-scorm.min.js']);
});

test('LMS code is only in the SCORM launch bundle, never in a reader bundle', () => {
  const dist = new URL('../../dist/', import.meta.url);
  const has = (name) => readFileSync(new URL(name, dist), 'utf8').includes('API_1484_11');
  // The check sees the adapter where it is...
  assert.ok(has('recap-scorm.min.js'));
  // ...and not where it must not be.
  for (const reader of ['recap.min.js', 'recap-quiz.min.js', 'recap-summary.min.js', 'recap-figures.min.js', 'recap-inline.min.js']) assert.equal(has(reader), false, reader);
});
