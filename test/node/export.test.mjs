// GIFT and Aiken exports, round-tripped through a GIFT parser from the registry (gift-pegjs)
// and through Aiken's documented line format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import giftPegjs from 'gift-pegjs';
import { toGift, toAiken } from '../../dist/data/export.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seed = JSON.parse(await readFile(new URL('../../demo/data/istanbul-talks.json', import.meta.url), 'utf8'));
const byId = new Map(seed.quiz.questions.map((q) => [q.id, q]));

test('GIFT output parses and says the same as the quiz', () => {
  const { text, warnings, exported } = toGift(seed);
  assert.deepEqual(warnings, ['skipped question "plan-steps": GIFT has no ordering question type']);
  const parsed = giftPegjs.parse(text).filter((q) => q.type !== 'Category' && q.type !== 'Description');
  assert.equal(parsed.length, exported.length);
  assert.equal(parsed.length, 9);
  for (const g of parsed) {
    const q = byId.get(g.title);
    assert.ok(q, `unknown title ${g.title}`);
    assert.equal(g.stem.format, 'markdown');
    assert.equal(g.stem.text, q.prompt);
    if (q.explanation) assert.equal(g.globalFeedback.text, q.explanation);
    if (q.type === 'single') {
      assert.equal(g.type, 'MC');
      assert.deepEqual(g.choices.filter((c) => c.isCorrect).map((c) => c.text.text), [q.choices.find((c) => c.id === q.answer).text]);
      for (const c of q.choices.filter((c) => c.feedback)) assert.equal(g.choices.find((x) => x.text.text === c.text).feedback.text, c.feedback);
    }
    if (q.type === 'multiple') {
      assert.equal(g.type, 'MC');
      const right = g.choices.filter((c) => c.weight > 0);
      assert.deepEqual(right.map((c) => c.text.text), q.choices.filter((c) => q.answers.includes(c.id)).map((c) => c.text));
      assert.ok(Math.abs(right.reduce((s, c) => s + c.weight, 0) - 100) < 0.001);
    }
    if (q.type === 'true-false') {
      assert.equal(g.type, 'TF');
      assert.equal(g.isTrue, q.answer);
    }
    if (q.type === 'numeric') {
      assert.equal(g.type, 'Numerical');
      assert.deepEqual(g.choices, { type: 'range', number: q.answer, range: q.tolerance ?? 0 });
    }
  }
});

test('GIFT escapes its special characters in data', () => {
  const tricky = structuredClone(seed);
  tricky.quiz.questions = [
    { id: 'tricky', type: 'single', prompt: 'Is 2 {or} 3 = 5? ~maybe # yes: no', choices: [{ id: 'a', text: 'a = b' }, { id: 'b', text: '{x}' }], answer: 'b' },
  ];
  const parsed = giftPegjs.parse(toGift(tricky).text).filter((q) => q.type === 'MC');
  assert.equal(parsed[0].stem.text, 'Is 2 {or} 3 = 5? ~maybe # yes: no');
  assert.deepEqual(parsed[0].choices.map((c) => [c.text.text, c.isCorrect]), [['a = b', false], ['{x}', true]]);
});

/** Aiken as Moodle documents it: question line, lettered options "A. " or "A) ", then "ANSWER: X". */
function parseAiken(text) {
  return text.trim().split(/\n\s*\n/).map((block) => {
    const lines = block.split('\n');
    const answer = lines.pop();
    const m = /^ANSWER: ([A-Z])$/.exec(answer);
    assert.ok(m, `bad answer line: ${answer}`);
    const [question, ...options] = lines;
    options.forEach((o, i) => assert.match(o, new RegExp(`^${'ABCDEFGH'[i]}[.)] \\S`)));
    return { question, options: options.map((o) => o.slice(3)), answer: 'ABCDEFGH'.indexOf(m[1]) };
  });
}

test('Aiken output keeps single-answer questions and names the rest', () => {
  const { text, warnings } = toAiken(seed);
  const parsed = parseAiken(text);
  const expected = seed.quiz.questions.filter((q) => q.type === 'single' || q.type === 'true-false');
  assert.equal(parsed.length, expected.length);
  parsed.forEach((p, i) => {
    const q = expected[i];
    assert.equal(p.question, q.prompt);
    if (q.type === 'single') assert.equal(p.options[p.answer], q.choices.find((c) => c.id === q.answer).text);
    else assert.equal(p.options[p.answer], q.answer ? 'True' : 'False');
  });
  assert.equal(warnings.length, seed.quiz.questions.length - expected.length);
  assert.ok(warnings.includes('skipped question "proposal": Aiken allows only one right answer'));
});

test('the CLI writes GIFT to stdout and warnings to stderr', async () => {
  const { stdout, stderr, code } = await new Promise((resolve) =>
    execFile(process.execPath, ['dist/cli.js', 'export', '--gift', 'demo/data/istanbul-talks.json'], { cwd: root }, (e, stdout, stderr) =>
      resolve({ code: e ? e.code : 0, stdout, stderr }),
    ),
  );
  assert.equal(code, 0);
  assert.equal(stdout, toGift(seed).text);
  assert.match(stderr, /warning: skipped question "plan-steps": GIFT has no ordering question type/);
});
