// The CLI as a publisher's build would run it: `recap-widgets validate FILE...`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const seedFile = join(root, 'demo/data/istanbul-talks.json');

/** The CLI in `cwd`; a command still running after `timeout` ms (a server) is stopped and has no exit code. */
function runIn(cwd, timeout, ...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd, timeout }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code ?? null : 0, stdout, stderr }),
    );
  });
}
const run = (...args) => runIn(root, 0, ...args);

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

test('prints the commands on stderr and exits 2 without a command', async () => {
  const r = await run();
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^Usage: recap-widgets COMMAND/);
  assert.match(r.stderr, /^ {2}validate FILE\.\.\. /m);
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

// Every command, from the table the CLI is built from: a new command is covered here as soon as it is listed.
const { commands } = await import(join(root, 'dist/cli/commands.js'));
const names = commands.map((c) => c.name);
const oneLine = (text) => text.trimEnd().split('\n').length === 1;

test('--help lists every command, studio too, on stdout, and exits 0', async () => {
  assert.ok(names.includes('studio'));
  for (const args of [['--help'], ['-h'], ['help']]) {
    const r = await run(...args);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '');
    for (const name of names) assert.match(r.stdout, new RegExp(`^  ${name} `, 'm'), `${args}: ${name} is not listed`);
  }
});

test('COMMAND --help prints its usage and options, exits 0, and does nothing else (no file written, no server started)', async () => {
  for (const c of commands) {
    const dir = await mkdtemp(join(tmpdir(), 'recap-cli-help-'));
    // Arguments that would write a file or start a server, were --help not there.
    const r = await runIn(dir, 12_000, c.name, 'story.md', '-o', 'out.json', '--help', '--port', '0');
    assert.equal(r.code, 0, `${c.name} --help: ${r.stderr}`);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, new RegExp(`^Usage: recap-widgets ${c.name} `));
    for (const option of Object.keys(c.options)) assert.match(r.stdout, new RegExp(`--${option}\\b`), `${c.name} --help does not list --${option}`);
    assert.deepEqual(await readdir(dir), [], `${c.name} --help wrote files`);
    assert.equal((await run('help', c.name)).stdout, r.stdout);
  }
});

test('an unknown option, a missing value or a wrong number of files is one line on stderr and exit code 2', async () => {
  for (const c of commands) {
    const r = await run(c.name, 'story.json', '--frobnicate');
    assert.equal(r.code, 2, `${c.name}: ${r.stderr}`);
    assert.ok(oneLine(r.stderr), r.stderr);
    assert.equal(r.stderr.trim(), `recap-widgets ${c.name}: unknown option --frobnicate. See "recap-widgets ${c.name} --help".`);
    assert.equal(r.stdout, '');
  }
  const cases = [
    [['compile', 'a.md', '-o'], 'recap-widgets compile: -o, --output needs a value'],
    [['compile'], 'recap-widgets compile: takes one STORY.md, found none'],
    [['compile', 'a.md', 'b.md'], 'recap-widgets compile: takes one STORY.md, found 2: a.md b.md'],
    [['validate'], 'recap-widgets validate: needs at least one FILE, found none'],
    [['export', 'demo/data/istanbul-talks.json'], 'recap-widgets export: say which format to write: --gift or --aiken'],
    [['export', '--gift', '--aiken', 'demo/data/istanbul-talks.json'], 'recap-widgets export: say which format to write: --gift or --aiken'],
    [['import', 'bank.gift'], 'recap-widgets import: say which format FILE is: --gift or --quizdown'],
    [['export', '--gift=yes', 'demo/data/istanbul-talks.json'], 'recap-widgets export: --gift takes no value'],
    [['studio', '--port', 'eighty'], 'recap-widgets studio: --port must be a port number (0-65535), found "eighty"'],
    [['frob'], 'recap-widgets: "frob" is not a command; the commands are ' + names.join(', ')],
  ];
  for (const [args, message] of cases) {
    const r = await run(...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.ok(oneLine(r.stderr), r.stderr);
    assert.ok(r.stderr.startsWith(message + '.'), `${args.join(' ')}:\n${r.stderr}`);
  }
});

test('every command that reads a file refuses one over 1 MB, without reading it whole', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'recap-cli-big-'));
  const big = { json: join(dir, 'big.json'), md: join(dir, 'big.md'), gift: join(dir, 'big.gift') };
  await writeFile(big.json, JSON.stringify({ schemaVersion: 1, id: 'big', title: 'Big', summary: { points: Array(120_000).fill('a point') } }));
  await writeFile(big.md, '---\nid: big\ntitle: Big\n---\n# Summary\n\n' + '- point\n'.repeat(150_000));
  await writeFile(big.gift, '::Q:: Two plus two? {=4 ~5}\n\n'.repeat(40_000));
  const reads = {
    validate: [big.json],
    compile: [big.md],
    'to-markdown': [big.json],
    import: ['--gift', big.gift],
    export: ['--gift', big.json],
    render: [big.json],
    package: [big.json, '--scorm12', '-o', join(dir, 'big.zip')],
    studio: [big.json, '--port', '0'],
  };
  assert.deepEqual(Object.keys(reads).sort(), [...names].sort(), 'a command is missing from this test: does it read a file?');
  for (const [name, args] of Object.entries(reads)) {
    const r = await runIn(root, 12_000, name, ...args);
    assert.equal(r.code, 1, `${name}: ${r.stdout}${r.stderr}`);
    const file = args.find((a) => a.startsWith(dir));
    assert.match(r.stdout + r.stderr, new RegExp(`^${file.replace(/[.]/g, '\\.')}: the file is 1\\.\\d MB; the limit is 1 MB$`, 'm'), name);
    assert.doesNotMatch(r.stdout, /Recap Studio|<recap-/, name);
  }
  for (const file of Object.values(big)) assert.ok((await stat(file)).size > 1_000_000);
});

test('studio says in one line that its --port is taken', async () => {
  const busy = createServer().listen(0, '127.0.0.1');
  await once(busy, 'listening');
  try {
    const r = await runIn(root, 12_000, 'studio', '--port', String(busy.address().port));
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim(), `Port ${busy.address().port} is in use by another program: choose another with --port, or leave --port out to take a free one.`);
  } finally {
    busy.close();
  }
});

test('--version prints the version in package.json', async () => {
  const r = await run('--version');
  assert.equal(r.code, 0);
  assert.equal(r.stdout.trim(), JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version);
});

test("the README's table of commands lists every command with its usage", async () => {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  for (const c of commands) assert.ok(readme.includes(`| \`${c.name} ${c.usage.replaceAll('|', '\\|')}\` |`), `README: no row for ${c.name} ${c.usage}`);
});
