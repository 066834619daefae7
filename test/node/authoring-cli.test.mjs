// Recap Markdown from the command line: compile, validate, to-markdown, and import from GIFT and quizdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import giftPegjs from 'gift-pegjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const fixture = (name) => join(root, 'test/node/fixtures', name);

function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 8e6 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}
const tempDir = () => mkdtemp(join(tmpdir(), 'recap-md-'));
const { parseRecapMarkdown } = await import(join(root, 'dist/authoring/index.js'));

test('compile prints the JSON record of a Recap Markdown file', async () => {
  const r = await run('compile', 'demo/data/istanbul-talks.md');
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), JSON.parse(await readFile(join(root, 'demo/data/istanbul-talks.json'), 'utf8')));
});

test('compile -o writes the record to a file', async () => {
  const out = join(await tempDir(), 'story.json');
  const r = await run('compile', 'demo/data/istanbul-talks.md', '-o', out);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(JSON.parse(await readFile(out, 'utf8')).id, 'istanbul-peace-talks-second-round');
});

test('compile prints FILE:LINE:COL: message for every problem and exits 1', async () => {
  const file = join(await tempDir(), 'story.md');
  await writeFile(file, ['---', 'id: quiz', 'title: A quiz', '---', '', '# Quizz', '', '# Quiz', '', '## Two plus two? {single}', '', '- [x] 4', '- [x] four', ''].join('\n'));
  const r = await run('compile', file);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trim().split('\n');
  assert.ok(lines.some((l) => l.startsWith(`${file}:6:1: unknown section "# Quizz" (did you mean "Quiz"?)`)), r.stderr);
  assert.ok(lines.some((l) => l.startsWith(`${file}:13:1: a single-choice question has one right answer, but 2 are marked [x] (lines 12, 13)`)), r.stderr);
  for (const l of lines) assert.match(l, /^.+:\d+:\d+: \S/);
});

test('compile refuses a file over 1 MB', async () => {
  const file = join(await tempDir(), 'big.md');
  await writeFile(file, '---\nid: big\ntitle: Big\n---\n# Summary\n\n' + '- point\n'.repeat(150_000));
  const r = await run('compile', file);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /the file is 1\.\d MB; the limit is 1 MB/);
});

test('validate accepts Recap Markdown next to JSON', async () => {
  const bad = join(await tempDir(), 'bad.md');
  await writeFile(bad, '---\nid: x\n---\n# Summary\n\n- one point\n');
  const r = await run('validate', 'demo/data/istanbul-talks.md', bad, 'demo/data/istanbul-talks.json');
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines[0], 'demo/data/istanbul-talks.md: ok');
  assert.ok(lines.includes(`${bad}:1:1: title is required but missing`), r.stdout);
  assert.equal(lines.at(-1), 'demo/data/istanbul-talks.json: ok');
});

test('to-markdown writes a record that compiles back to the same record', async () => {
  const md = await run('to-markdown', 'demo/data/istanbul-talks.json');
  assert.equal(md.code, 0, md.stderr);
  const file = join(await tempDir(), 'again.md');
  await writeFile(file, md.stdout);
  const back = await run('compile', file);
  assert.deepEqual(JSON.parse(back.stdout), JSON.parse(await readFile(join(root, 'demo/data/istanbul-talks.json'), 'utf8')));
});

test('import --gift carries a Moodle question bank over, cross-checked with gift-pegjs, and says what it left out', async () => {
  const r = await run('import', '--gift', fixture('moodle-bank.gift'));
  assert.equal(r.code, 0, r.stderr);
  const compiled = parseRecapMarkdown(r.stdout);
  assert.ok(compiled.ok, JSON.stringify(compiled.problems));
  const questions = compiled.article.quiz.questions;
  const byId = Object.fromEntries(questions.map((q) => [q.id, q]));

  // Every question gift-pegjs reads as multiple choice, true-false, numeric, short answer or matching is there, with the same answers.
  const all = giftPegjs.parse(await readFile(fixture('moodle-bank.gift'), 'utf8'));
  assert.equal(questions.length, all.filter((q) => ['MC', 'TF', 'Numerical', 'Short', 'Matching'].includes(q.type)).length);
  const reference = all.filter((q) => ['MC', 'TF', 'Numerical'].includes(q.type) && !q.hasEmbeddedAnswers);
  for (const ref of reference) {
    const q = byId[ref.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')];
    assert.ok(q, `question "${ref.title}" is missing`);
    if (ref.type === 'MC') {
      assert.deepEqual(q.choices.map((c) => c.text), ref.choices.map((c) => c.text.text), ref.title);
      const right = ref.choices.map((c, j) => (c.isCorrect || (c.weight ?? 0) > 0 && !ref.choices.some((x) => x.isCorrect) ? q.choices[j].id : '')).filter(Boolean);
      assert.deepEqual(q.type === 'single' ? [q.answer] : q.answers, right, ref.title);
      ref.choices.forEach((c, j) => assert.equal(q.choices[j].feedback, c.feedback?.text, `${ref.title}: feedback of choice ${j + 1}`));
      if (ref.globalFeedback) assert.equal(q.explanation, ref.globalFeedback.text);
    } else if (ref.type === 'TF') assert.equal(q.answer, ref.isTrue);
    else if (ref.choices.type === 'range') {
      assert.equal(q.answer, ref.choices.number);
      assert.equal(q.tolerance ?? 0, ref.choices.range);
    } else {
      assert.equal(q.answer - (q.tolerance ?? 0), ref.choices.numberLow);
      assert.equal(q.answer + (q.tolerance ?? 0), ref.choices.numberHigh);
    }
  }
  // Escapes come out as the characters they stand for.
  assert.equal(byId['escapes-braces'].prompt, 'Which expression is a set {1, 2}?');
  assert.deepEqual(byId['escapes-braces'].choices.map((c) => c.text), ['{1, 2}', '[1, 2]', '1 = 2 ~ 3 # 4']);
  assert.equal(byId['capital-of-ukraine']['x-gift-category'], '$course$/top/Default for History 101/Week 3');
  assert.equal(byId.partial['x-gift-category'], '$course$/top/Default for History 101/Week 4');
  // A missing word picked from a list, a short answer typed, pairs matched.
  assert.deepEqual([byId.gap.type, byId.gap.prompt, byId.gap.text], ['cloze', 'The talks were held at the … Palace.', 'The talks were held at the {{b1}} Palace.']);
  assert.deepEqual(byId.gap.blanks, [{ id: 'b1', answers: ['Ciragan'], choices: ['Ciragan', 'Dolmabahce', 'Topkapi'] }]);
  assert.deepEqual([byId.short.type, byId.short.text, byId.short.blanks], ['cloze', '{{b1}}', [{ id: 'b1', answers: ['Istanbul', 'İstanbul'] }]]);
  const match = all.find((q) => q.type === 'Matching');
  assert.equal(byId.match.type, 'matching');
  assert.deepEqual(
    byId.match.items.map((i) => [i.text, byId.match.targets.find((t) => t.id === i.match).text]),
    match.matchPairs.map((p) => [p.subquestion.text, p.subanswer]),
  );

  for (const what of ['an essay question', 'partial credit (50% for "Medinsky\'s deputy")', 'negative marks', 'a description without answers', '$CATEGORY'])
    assert.ok(r.stderr.includes(what), `stderr should mention ${what}:\n${r.stderr}`);
  for (const l of r.stderr.trim().split('\n')) assert.ok(l.startsWith(`${fixture('moodle-bank.gift')}: not carried over: `), l);
});

test('import --quizdown keeps quizdown meanings: unordered boxes are multiple choice, numbered boxes single, numbered list a sequence, pairs matching', async () => {
  const r = await run('import', '--quizdown', fixture('quizdown.md'));
  assert.equal(r.code, 0, r.stderr);
  const compiled = parseRecapMarkdown(r.stdout);
  assert.ok(compiled.ok, JSON.stringify(compiled.problems));
  const { quiz } = compiled.article;
  assert.equal(compiled.article.summary, undefined);
  assert.equal(quiz.shuffle, 'choices');
  assert.deepEqual(quiz.questions.map((q) => q.type), ['single', 'multiple', 'order', 'multiple', 'matching']);
  // quizdown's pairs: each item with its target, a target used twice.
  const pairs = quiz.questions[4];
  assert.deepEqual(pairs.items.map((i) => [i.text, pairs.targets.find((t) => t.id === i.match).text]), [['banana', 'fruit'], ['apple', 'fruit'], ['tomato', 'vegetable']]);
  assert.equal(pairs.reuseTargets, true);
  const [person, capital, sequence] = quiz.questions;
  assert.equal(person.answer, 'a');
  assert.equal(person.choices[0].feedback, 'This is the correct answer!');
  assert.equal(person.choices[3].feedback, 'This is not Larry Page ;)');
  assert.deepEqual(capital.answers, ['a']);
  assert.equal(capital['x-quizdown-hint'], "It's the _largest_ city in Germany...");
  assert.deepEqual(sequence.items.map((i) => i.text), ['One', 'Two', 'Three', 'Four', 'Five']);
  assert.equal(sequence.prompt, "Please bring the following into sequence! That's **super easy**!");
  for (const what of ['primary_color', 'hint', 'an image', 'shuffle_answers: false', 'locale "de"']) assert.ok(r.stderr.includes(what), `stderr should mention ${what}:\n${r.stderr}`);
});

test('every Recap Markdown example in the README compiles', async () => {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length >= 1, 'no ```markdown block');
  for (const b of blocks) {
    const r = parseRecapMarkdown(b);
    assert.ok(r.ok, JSON.stringify(r.problems));
  }
});
