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

const oneBlank = structuredClone(seed);
// One question per GIFT question: a cloze of one blank (one of two blanks is checked below).
oneBlank.quiz.questions = oneBlank.quiz.questions.filter((q) => q.type !== 'cloze');

test('GIFT output parses and says the same as the quiz', () => {
  const { text, warnings, exported } = toGift(oneBlank);
  assert.deepEqual(warnings, []);
  const parsed = giftPegjs.parse(text).filter((q) => q.type !== 'Category' && q.type !== 'Description');
  assert.equal(parsed.length, exported.length);
  assert.equal(parsed.length, oneBlank.quiz.questions.length);
  for (const g of parsed) {
    const q = byId.get(g.title);
    assert.ok(q, `unknown title ${g.title}`);
    assert.equal(g.stem.format, 'markdown');
    assert.equal(g.stem.text, q.prompt);
    // The general feedback: the explanation, then the article's own sentence.
    const general = [q.explanation, q.evidence && `From the article: "${q.evidence.quote}"`].filter(Boolean).join(' ');
    assert.equal(g.globalFeedback?.text ?? '', general);
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
    if (q.type === 'matching') {
      // Each item with its target's text; a target no item matches as a pair with no item.
      assert.equal(g.type, 'Matching');
      const target = (id) => q.targets.find((t) => t.id === id).text;
      const distractors = q.targets.filter((t) => !q.items.some((i) => i.match === t.id)).map((t) => ['', t.text]);
      assert.deepEqual(g.matchPairs.map((p) => [p.subquestion.text, p.subanswer]), [...q.items.map((i) => [i.text, target(i.match)]), ...distractors]);
    }
    if (q.type === 'order') {
      // An ordering question becomes matching: each item paired with its position.
      assert.equal(g.type, 'Matching');
      assert.deepEqual(g.matchPairs.map((p) => [p.subquestion.text, p.subanswer]), q.items.map((item, i) => [item.text, String(i + 1)]));
    }
  }
});

test('GIFT writes a cloze as one question per blank: typed blanks as short answers, blanks with choices as missing words', () => {
  const cloze = seed.quiz.questions.find((q) => q.type === 'cloze');
  const out = toGift({ ...seed, quiz: { questions: [{ ...cloze, caseSensitive: true }] } });
  const parsed = giftPegjs.parse(out.text).filter((q) => q.type !== 'Category' && q.type !== 'Description');
  assert.deepEqual(parsed.map((g) => g.title), ['proposal-terms-days', 'proposal-terms-exchange']);
  const [days, exchange] = parsed;
  assert.equal(days.type, 'Short');
  assert.deepEqual(days.choices.map((c) => [c.text.text, c.isCorrect]), [['30', true]]);
  assert.equal(days.stem.text, 'Complete the sentence from the article. The proposal calls for an immediate _____ -day ceasefire and a comprehensive exchange of […].');
  assert.equal(exchange.type, 'MC');
  assert.equal(exchange.hasEmbeddedAnswers, true);
  assert.deepEqual(exchange.choices.map((c) => [c.text.text, c.isCorrect]), [['territory', false], ['prisoners', true], ['ambassadors', false]]);
  assert.ok(exchange.globalFeedback.text.startsWith(cloze.explanation));
  assert.deepEqual(out.warnings, [
    'question "proposal-terms": GIFT has one blank per question; its 2 blanks are written as 2 questions (proposal-terms-days, proposal-terms-exchange)',
    'question "proposal-terms": GIFT cannot say that capitals count; Moodle will accept any',
  ]);
});

test('GIFT keeps the evidence when a question has no explanation', () => {
  const q = { id: 'q', type: 'true-false', prompt: 'Is it?', answer: true, evidence: { quote: 'It is, says the article: {yes}.' } };
  const [g] = giftPegjs.parse(toGift({ ...seed, quiz: { questions: [q] } }).text).filter((x) => x.type === 'TF');
  assert.equal(g.globalFeedback.text, 'From the article: "It is, says the article: {yes}."');
});

test('GIFT writes "->" inside an ordering item as an arrow, and says so', () => {
  const q = { id: 'o', type: 'order', prompt: 'Order', items: [{ id: 'a', text: 'A -> B' }, { id: 'b', text: 'C' }] };
  const out = toGift({ ...seed, quiz: { questions: [q] } });
  const [g] = giftPegjs.parse(out.text).filter((x) => x.type === 'Matching');
  assert.deepEqual(g.matchPairs.map((p) => [p.subquestion.text, p.subanswer]), [['A → B', '1'], ['C', '2']]);
  assert.deepEqual(out.warnings, ['question "o": "->" in item "a" is written as "→" (GIFT reads "->" as a pair)']);
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
  assert.ok(warnings.includes('skipped question "proposal-terms": Aiken has no fill-in-the-blank questions'));
  assert.ok(warnings.includes('skipped question "who-says": Aiken has no matching questions'));
});

test('the CLI writes GIFT to stdout and warnings to stderr', async () => {
  const { stdout, stderr, code } = await new Promise((resolve) =>
    execFile(process.execPath, ['dist/cli.js', 'export', '--gift', 'demo/data/istanbul-talks.json'], { cwd: root }, (e, stdout, stderr) =>
      resolve({ code: e ? e.code : 0, stdout, stderr }),
    ),
  );
  assert.equal(code, 0);
  assert.equal(stdout, toGift(seed).text);
  // The demo's cloze has two blanks: said once, on stderr.
  assert.equal(stderr.trim().split('\n').length, 1);
  assert.match(stderr, /GIFT has one blank per question; its 2 blanks are written as 2 questions/);
});

test('a percent question exports the number a reader types: 94, in GIFT and in xAPI', async () => {
  const { correctResponsesPattern } = await import('../../dist/data/xapi.js');
  const article = {
    schemaVersion: 2,
    id: 'poll',
    title: 'A poll',
    figures: [{ id: 'yes', value: 94, label: 'said yes', format: { style: 'percent' } }],
    quiz: { questions: [{ id: 'share', type: 'numeric', prompt: 'What share said yes?', figure: 'yes', answer: 94, tolerance: 1, format: { style: 'percent' } }] },
  };
  const question = giftPegjs.parse(toGift(article).text).find((q) => q.type === 'Numerical');
  assert.deepEqual(question.choices, { type: 'range', number: 94, range: 1 });
  assert.deepEqual(correctResponsesPattern(article.quiz.questions[0]), ['93[:]95']);
});
