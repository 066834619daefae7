// recap-widgets/data must work in Node, with no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { validateArticle, formatNumber, scoreQuiz } from '../../dist/data/index.js';

test('validates and formats in Node', async () => {
  const a = JSON.parse(await readFile(new URL('../../demo/data/istanbul-talks.json', import.meta.url), 'utf8'));
  const r = validateArticle(a);
  assert.equal(r.ok, true);
  assert.equal(formatNumber(4300, 'de', { style: 'unit', unit: 'kilometer' }), '4.300 km');
  assert.equal(scoreQuiz(a.quiz, new Map()).maxPoints, 17);
});

test('the published JSON Schema agrees with the validator on the seed', async () => {
  const schema = JSON.parse(await readFile(new URL('../../dist/article.schema.json', import.meta.url), 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(schema.required, ['schemaVersion', 'id', 'title']);
  // A summary, a quiz, or both.
  assert.deepEqual(schema.anyOf, [{ required: ['summary'] }, { required: ['quiz'] }]);
  assert.equal(schema.additionalProperties, false);
  const question = schema.properties.quiz.properties.questions.items;
  assert.deepEqual(question.oneOf.map((v) => v.properties.type.const), ['single', 'multiple', 'true-false', 'numeric', 'order', 'cloze', 'matching']);
});

test('a JSON Schema 2020-12 validator (ajv) accepts the seed and rejects what the contract rejects', async () => {
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const { default: addFormats } = await import('ajv-formats');
  const schema = JSON.parse(await readFile(new URL('../../dist/article.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const seed = JSON.parse(await readFile(new URL('../../demo/data/istanbul-talks.json', import.meta.url), 'utf8'));
  assert.equal(validate(seed), true, JSON.stringify(validate.errors));
  const cases = [
    (a) => (a.quiz.questions[0].anwser = 'x'),
    (a) => (a.quiz.questions[2].type = 'poll'),
    (a) => (a.figures[0].value = '41'),
    (a) => (delete a.summary, delete a.quiz),
    (a) => (a.lang = 'e'),
    (a) => (a.url = 'http://example.com'),
    (a) => (a.id = 'Bad Id'),
    (a) => (a.quiz.questions[0].points = 0),
  ];
  // A quiz-only record is valid for both.
  const quizOnly = structuredClone(seed);
  delete quizOnly.summary;
  assert.equal(validate(quizOnly), true, JSON.stringify(validate.errors));
  assert.equal(validateArticle(quizOnly).ok, true);
  for (const change of cases) {
    const a = structuredClone(seed);
    change(a);
    assert.equal(validate(a), false, change.toString());
    assert.equal(validateArticle(a).ok, false, change.toString());
  }
});
