// `recap-widgets render FOLDER -o OUT`: a newsroom's archive rendered to HTML fragments, one per
// recap at the same relative path; problems reported per file while the others go on; files whose
// HTML is current skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const seed = JSON.parse(await readFile(join(root, 'demo/data/istanbul-talks.json'), 'utf8'));
const seedMd = await readFile(join(root, 'demo/data/istanbul-talks.md'), 'utf8');

const run = (...args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 1 << 26 }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });

/** Writes `files` (relative path → text) into a new folder; returns its path. */
async function archive(files) {
  const dir = await mkdtemp(join(tmpdir(), 'recap-archive-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}
const recap = (changes = {}) => JSON.stringify({ ...structuredClone(seed), ...changes });
/** Every file under `dir`, relative, sorted. */
const listing = async (dir) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length + 1)).sort();
/** The fragment without the first line that records what it was rendered from. */
const fragment = (html) => html.replace(/^<!-- recap-widgets render sha256-[0-9a-f]{64} -->\n/, '');

test('each recap becomes OUT/<same path>.html, the same HTML the single-file render prints; other files are passed over', async () => {
  const dir = await archive({
    'a.json': recap({ id: 'a' }),
    '2025/06/b.md': seedMd,
    '2025/06/notes.txt': 'not a recap',
    '.drafts/c.json': recap({ id: 'c' }),
  });
  const out = join(dir, 'out');
  const r = await run('render', dir, '-o', out, '--element', 'recap-summary');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, `${dir}: 2 recaps: 2 rendered, 0 unchanged (in ${out})\n`);
  assert.deepEqual(await listing(out), ['2025/06/b.html', 'a.html']);
  const single = await run('render', join(dir, '2025/06/b.md'), '--element', 'recap-summary');
  const written = await readFile(join(out, '2025/06/b.html'), 'utf8');
  assert.equal(fragment(written), single.stdout);
  const singleJson = await run('render', join(dir, 'a.json'), '--element', 'recap-summary');
  assert.equal(fragment(await readFile(join(out, 'a.html'), 'utf8')), singleJson.stdout);
  assert.match(written, /^<!-- recap-widgets render sha256-/);
  // The output folder inside the archive is not taken for recaps on the next run.
  const again = await run('render', dir, '-o', out, '--element', 'recap-summary');
  assert.equal(again.stdout, `${dir}: 2 recaps: 0 rendered, 2 unchanged (in ${out})\n`);
});

test('a file with problems is reported by name and the others are still written; the exit code is 1', async () => {
  const quizWrong = structuredClone(seed);
  quizWrong.id = 'quiz-wrong';
  quizWrong.quiz.questions[0].evidence.quote = 'a sentence the article never wrote';
  const dir = await archive({
    'good-1.json': recap({ id: 'good-1' }),
    'broken.json': '{ "schemaVersion": 2, ',
    'no-title.json': recap({ id: 'no-title', title: undefined, summary: undefined, figures: undefined, quiz: undefined }),
    'sub/quiz-wrong.json': JSON.stringify(quizWrong),
    'sub/good-2.json': recap({ id: 'good-2' }),
  });
  const out = join(dir, 'html');
  const r = await run('render', dir, '-o', out, '--jobs', '2');
  assert.equal(r.code, 1);
  assert.equal(r.stdout, `${dir}: 5 recaps: 2 rendered, 0 unchanged, 1 written without the parts with problems, 2 not rendered (in ${out})\n`);
  assert.match(r.stderr, new RegExp(`^${join(dir, 'broken.json')}:1:\\d+: the file is not valid JSON`, 'm'));
  assert.match(r.stderr, new RegExp(`^${join(dir, 'no-title.json')}: /title: title is required but missing$`, 'm'));
  assert.match(r.stderr, new RegExp(`^${join(dir, 'sub/quiz-wrong.json')}: /quiz/questions/0/evidence/quote: quote "a sentence the article never wrote" does not occur in body`, 'm'));
  assert.match(r.stderr, new RegExp(`^${join(dir, 'sub/quiz-wrong.json')}: left out because of the problems above: /quiz$`, 'm'));
  assert.deepEqual(await listing(out), ['good-1.html', 'sub/good-2.html', 'sub/quiz-wrong.html']);
  const partial = await readFile(join(out, 'sub/quiz-wrong.html'), 'utf8');
  assert.match(partial, /^<recap-article [\s\S]*<recap-summary/);
  assert.doesNotMatch(partial, /<recap-quiz/);
  // Problems are said again on every run, not hidden as "unchanged".
  const again = await run('render', dir, '-o', out);
  assert.equal(again.code, 1);
  assert.equal(again.stdout, `${dir}: 5 recaps: 0 rendered, 2 unchanged, 1 written without the parts with problems, 2 not rendered (in ${out})\n`);
  assert.match(again.stderr, /quiz-wrong\.json: left out because of the problems above: \/quiz/);
});

test('unchanged recaps are skipped by their content: a new date alone renders nothing, an edit or another element renders again', async () => {
  const dir = await archive({ 'a.json': recap({ id: 'a' }), 'b.json': recap({ id: 'b' }), 'c.md': seedMd });
  const out = join(dir, 'out');
  assert.equal((await run('render', dir, '-o', out)).code, 0);
  const before = await stat(join(out, 'a.html'));

  const future = new Date(Date.now() + 60_000);
  await utimes(join(dir, 'a.json'), future, future);
  let r = await run('render', dir, '-o', out);
  assert.equal(r.stdout, `${dir}: 3 recaps: 0 rendered, 3 unchanged (in ${out})\n`);
  assert.equal((await stat(join(out, 'a.html'))).mtimeMs, before.mtimeMs, 'a.html was written again');

  await writeFile(join(dir, 'b.json'), recap({ id: 'b', title: 'A new headline for b' }));
  r = await run('render', dir, '-o', out);
  assert.equal(r.stdout, `${dir}: 3 recaps: 1 rendered, 2 unchanged (in ${out})\n`);
  assert.match(await readFile(join(out, 'b.html'), 'utf8'), /A new headline for b/);

  r = await run('render', dir, '-o', out, '--element', 'recap-figures');
  assert.equal(r.stdout, `${dir}: 3 recaps: 3 rendered, 0 unchanged (in ${out})\n`);
  assert.match(await readFile(join(out, 'c.html'), 'utf8'), /^<!--[^\n]*-->\n<recap-figures /);

  r = await run('render', dir, '-o', out, '--element', 'recap-figures', '--force');
  assert.equal(r.stdout, `${dir}: 3 recaps: 3 rendered, 0 unchanged (in ${out})\n`);
});

test('the command line: a folder needs -o, --jobs a whole number; -o is not for a single file', async () => {
  const dir = await archive({ 'a.json': recap({ id: 'a' }) });
  let r = await run('render', dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /is a folder: say where its HTML goes with -o OUT/);
  r = await run('render', dir, '-o', join(dir, 'out'), '--jobs', '0');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--jobs takes a whole number of workers, at least 1, not "0"/);
  r = await run('render', join(dir, 'a.json'), '-o', join(dir, 'out'));
  assert.equal(r.code, 2);
  r = await run('render', join(dir, 'missing'), '-o', join(dir, 'out'));
  assert.equal(r.code, 1);
  assert.match(r.stderr, /missing: cannot be read \(ENOENT\)/);
});

test('an empty folder renders nothing and says so', async () => {
  const dir = await archive({ 'readme.txt': 'no recaps here' });
  const r = await run('render', dir, '-o', join(dir, 'out'));
  assert.equal(r.code, 0);
  assert.equal(r.stdout, `${dir}: no recaps (.json or .md files) found\n`);
});

test('two recaps that would write one file: the second is not rendered, and both are named', async () => {
  const dir = await archive({ 'story.json': recap({ id: 'story' }), 'story.md': seedMd, 'other.json': recap({ id: 'other' }) });
  const out = join(dir, 'out');
  const r = await run('render', dir, '-o', out);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, `${dir}: 3 recaps: 2 rendered, 0 unchanged, 1 not rendered (in ${out})\n`);
  assert.match(r.stderr, new RegExp(`^${dir}/story\\.(json|md): not rendered: ${dir}/story\\.(json|md) in the same folder also becomes story\\.html; rename one of them$`, 'm'));
  assert.deepEqual(await listing(out), ['other.html', 'story.html']);
});
