// Every quiz statement, for every question type, is valid xAPI by Learning Locker's validator
// (xapi-validation, conformance tested), including the fill-in and matching interactions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import validate from 'xapi-validation';
import { answeredStatement, completedStatement } from '../../dist/data/xapi.js';
import { correctResponse, scoreQuiz } from '../../dist/data/quiz.js';

const seed = JSON.parse(await readFile(new URL('../../demo/data/istanbul-talks.json', import.meta.url), 'utf8'));
const actor = { account: { homePage: 'https://news.example', name: 'reader-1' } };
const problems = (statement) => (validate.default ?? validate)(statement).map((w) => `${w.path.join('.')}: ${w.name}`);

/** A wrong response of the same type: the right one with its parts turned around. */
function wrong(q) {
  const r = correctResponse(q);
  if (r.type === 'cloze') return { ...r, blanks: r.blanks.map((b) => `${b}x`) };
  if (r.type === 'matching') return { ...r, pairs: r.pairs.map(([item], i) => [item, r.pairs[(i + 1) % r.pairs.length][1]]) };
  return r;
}

test('answered statements of every question type, right and wrong, are valid xAPI 1.0.3', () => {
  const types = new Set();
  for (const q of seed.quiz.questions) {
    types.add(q.type);
    for (const [response, correct] of [[correctResponse(q), true], [wrong(q), false]]) {
      const s = answeredStatement(seed, q, response, correct, actor);
      assert.deepEqual(problems(s), [], `${q.id}: ${JSON.stringify(s.object.definition)}`);
    }
  }
  assert.deepEqual([...types].sort(), ['cloze', 'matching', 'multiple', 'numeric', 'order', 'single', 'true-false']);
});

test('fill-in and matching say their right answers in the cmi.interaction patterns', () => {
  const cloze = seed.quiz.questions.find((q) => q.type === 'cloze');
  const matching = seed.quiz.questions.find((q) => q.type === 'matching');
  const c = answeredStatement(seed, cloze, { type: 'cloze', blanks: ['30', 'territory'] }, false, actor);
  assert.equal(c.object.definition.interactionType, 'fill-in');
  assert.deepEqual(c.object.definition.correctResponsesPattern, ['{case_matters=false}30[,]prisoners']);
  assert.equal(c.result.response, '30[,]territory');
  assert.deepEqual(c.result.score, { raw: 1, min: 0, max: 2, scaled: 0.5 });
  assert.equal(c.result.success, false);
  const m = answeredStatement(seed, matching, correctResponse(matching), true, actor);
  assert.equal(m.object.definition.interactionType, 'matching');
  assert.deepEqual(m.object.definition.correctResponsesPattern, ['planes[.]ukrainian-sources[,]damage[.]analysts[,]bridges[.]investigators']);
  assert.deepEqual(m.object.definition.source.map((s) => s.id), ['planes', 'damage', 'bridges']);
  assert.deepEqual(m.object.definition.target.map((s) => s.id), ['ukrainian-sources', 'analysts', 'investigators', 'turkish-ministry']);
});

test('the completed statement with partial credit is valid, and its score counts the partly right answers', () => {
  const answers = new Map(seed.quiz.questions.map((q) => [q.id, q.type === 'cloze' ? { type: 'cloze', blanks: ['30', 'territory'] } : correctResponse(q)]));
  const score = scoreQuiz(seed.quiz, answers);
  const s = completedStatement(seed, score, actor);
  assert.deepEqual(problems(s), []);
  assert.equal(s.result.score.raw, score.maxPoints - 1);
});
