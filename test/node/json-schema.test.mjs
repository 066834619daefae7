// The published JSON Schema, generated from the validator's own schema definition, checked by a
// JSON Schema 2020-12 validator (ajv) field by field against validateArticle: both accept and
// both refuse, for every kind of rule the schema can express.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { articleJsonSchema } from '../../dist/data/json-schema.js';
import { validateArticle } from '../../dist/data/validate.js';

const seed = JSON.parse(await readFile(new URL('../../demo/data/istanbul-talks.json', import.meta.url), 'utf8'));
// Built inside each test, not at import, so that mutation testing sees each test use it.
const compile = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(articleJsonSchema());
};
const q = (a, id) => a.quiz.questions.find((x) => x.id === id);

// [what, change, accepted]
const cases = [
  ['the seed', () => {}, true],
  ['an x- extension key and $schema at the top', (a) => ((a['x-cms'] = { any: 1 }), (a.$schema = 'https://x.example/s.json')), true],
  ['an x- key inside a question', (a) => (a.quiz.questions[0]['x-note'] = 1), true],
  ['$schema inside summary', (a) => (a.summary.$schema = 'x'), false],
  ['an unknown key', (a) => (a.foo = 1), false],
  ['an unknown key in a figure', (a) => (a.figures[0].colour = 'red'), false],
  ['schemaVersion 1 without a percent', (a) => (a.schemaVersion = 1), true],
  ['schemaVersion 3', (a) => (a.schemaVersion = 3), false],
  ['a blank key point', (a) => (a.summary.points = ['ok', ' \u200b\t']), false],
  ['a blank title', (a) => (a.title = ''), false],
  ['a blank optional dek', (a) => (a.dek = '\u00a0'), false],
  ['a one-letter point', (a) => (a.summary.points = ['x']), true],
  ['a percent of 94', (a) => (a.figures[0].format = { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 }), true],
  ['seven minimum fraction digits', (a) => (a.figures[0].format = { minimumFractionDigits: 7 }), false],
  ['no summary, with a quiz', (a) => delete a.summary, true],
  ['neither summary nor quiz', (a) => (delete a.summary, delete a.quiz), false],
  ['no title', (a) => delete a.title, false],
  ['a title of 300 characters', (a) => (a.title = 'x'.repeat(300)), true],
  ['a title of 301 characters', (a) => (a.title = 'x'.repeat(301)), false],
  ['a dek of 5000 characters', (a) => (a.dek = 'x'.repeat(5000)), true],
  ['a dek of 5001 characters', (a) => (a.dek = 'x'.repeat(5001)), false],
  ['a body of 100,000 characters', (a) => (a.body = `${a.body}\n\n${'x'.repeat(100_000)}`), true],
  ['an id with a capital', (a) => (a.id = 'Bad-id'), false],
  ['an id starting with a dash', (a) => (a.id = '-bad'), false],
  ['an id of 64 characters', (a) => (a.id = 'a'.repeat(64)), true],
  ['an id of 65 characters', (a) => (a.id = 'a'.repeat(65)), false],
  ['an empty id', (a) => (a.id = ''), false],
  ['an http url', (a) => (a.url = 'http://news.example/'), false],
  ['an https url', (a) => (a.url = 'https://news.example/story'), true],
  ['a source with an https url', (a) => (a.source = { name: 'N', url: 'https://n.example/' }), true],
  ['a source without a name', (a) => (a.source = { url: 'https://n.example/' }), false],
  ['an image by https', (a) => (a.image = { src: 'https://i.example/a.png', alt: 'A', credit: 'C' }), true],
  ['an image by relative path', (a) => (a.image = { src: 'img/a.png', alt: 'A' }), true],
  ['an image without alt', (a) => (a.image = { src: 'img/a.png' }), false],
  ['an image by javascript:', (a) => (a.image = { src: 'javascript:alert(1)', alt: 'A' }), false],
  ['an image by protocol-relative url', (a) => (a.image = { src: '//i.example/a.png', alt: 'A' }), false],
  ['an image by http', (a) => (a.image = { src: 'http://i.example/a.png', alt: 'A' }), false],
  ['an image path with a space', (a) => (a.image = { src: 'a b.png', alt: 'A' }), false],
  ['a date-time published', (a) => (a.published = '2025-06-01T10:00:00.123+02:00'), true],
  ['a published date with a space', (a) => (a.published = '2025-06-01 10:00'), false],
  ['a published time without a zone', (a) => (a.published = '2025-06-01T10:00'), false],
  ['lang en-US', (a) => (a.lang = 'en-US'), true],
  ['lang en_US', (a) => (a.lang = 'en_US'), false],
  ['lang of one letter', (a) => (a.lang = 'e'), false],
  ['no points', (a) => (a.summary.points = []), false],
  ['twelve points', (a) => (a.summary.points = Array(12).fill('p')), true],
  ['thirteen points', (a) => (a.summary.points = Array(13).fill('p')), false],
  ['a point that is a number', (a) => (a.summary.points = [1]), false],
  ['no figures and no quiz', (a) => ((a.figures = []), delete a.quiz), true],
  ['a figure value as a string', (a) => (a.figures[0].value = '41'), false],
  ['an unknown qualifier', (a) => (a.figures[0].qualifier = 'roughly'), false],
  ['a known qualifier', (a) => (a.figures[0].qualifier = 'approximately'), true],
  ['an unknown claim status', (a) => (a.figures[0].claim.status = 'rumoured'), false],
  ['a claim without by', (a) => delete a.figures[0].claim.by, false],
  ['a currency format', (a) => (a.figures[0].format = { style: 'currency', currency: 'EUR', maximumFractionDigits: 2, notation: 'compact' }), true],
  ['a currency in lower case', (a) => (a.figures[0].format = { style: 'currency', currency: 'eur' }), false],
  ['a unit with a capital', (a) => (a.figures[0].format = { style: 'unit', unit: 'Kilometer' }), false],
  ['a compound unit', (a) => (a.figures[0].format = { style: 'unit', unit: 'kilometer-per-hour' }), true],
  ['seven fraction digits', (a) => (a.figures[0].format = { maximumFractionDigits: 7 }), false],
  ['fraction digits of 1.5', (a) => (a.figures[0].format = { maximumFractionDigits: 1.5 }), false],
  ['an unknown number style', (a) => (a.figures[0].format = { style: 'roman' }), false],
  ['an evidence quote of 7 characters', (a) => (a.figures[0].evidence = { quote: 'x'.repeat(7) }), false],
  ['an evidence quote of 601 characters', (a) => (a.figures[0].evidence = { quote: 'x'.repeat(601) }), false],
  ['a question type that does not exist', (a) => (a.quiz.questions[3].type = 'poll'), false],
  ['a question without a type', (a) => delete a.quiz.questions[3].type, false],
  ['a single-choice question with a true-false answer', (a) => (q(a, 'venue').answer = true), false],
  ['a misspelt answer key', (a) => (q(a, 'venue').anwser = 'x'), false],
  ['a true-false answer as a string', (a) => (q(a, 'analysts').answer = 'true'), false],
  ['a single-choice question with one choice', (a) => (q(a, 'venue').choices = q(a, 'venue').choices.filter((c) => c.id === q(a, 'venue').answer)), false],
  ['a multiple-choice question with no answers', (a) => (q(a, 'proposal').answers = []), false],
  ['an order question with one item', (a) => (q(a, 'plan-steps').items = q(a, 'plan-steps').items.slice(0, 1)), false],
  ['points 0', (a) => (a.quiz.questions[0].points = 0), false],
  ['points 100', (a) => (a.quiz.questions[0].points = 100), true],
  ['points 101', (a) => (a.quiz.questions[0].points = 101), false],
  ['points 1.5', (a) => (a.quiz.questions[0].points = 1.5), false],
  ['a negative tolerance', (a) => (q(a, 'distance').tolerance = -1), false],
  ['passPercent 100', (a) => (a.quiz.passPercent = 100), true],
  ['passPercent 101', (a) => (a.quiz.passPercent = 101), false],
  ['passPercent -1', (a) => (a.quiz.passPercent = -1), false],
  ['an unknown shuffle', (a) => (a.quiz.shuffle = 'all'), false],
  ['shuffle both', (a) => (a.quiz.shuffle = 'both'), true],
  ['no questions', (a) => (a.quiz.questions = []), false],
  ['no results bands', (a) => (a.quiz.results = []), false],
  ['a results band over 100', (a) => (a.quiz.results = [{ minPercent: 0, text: 'a' }, { minPercent: 101, text: 'b' }]), false],
];

test('the JSON Schema and validateArticle agree, case by case', () => {
  const check = compile();
  const wrong = [];
  for (const [what, change, accepted] of cases) {
    const a = structuredClone(seed);
    change(a);
    const bySchema = check(a);
    const byValidator = validateArticle(a).ok;
    if (bySchema !== accepted || byValidator !== accepted) wrong.push(`${what}: schema ${bySchema}, validator ${byValidator}, expected ${accepted}`);
  }
  assert.deepEqual(wrong, []);
});

test('the JSON Schema document: draft, id, title, the unexpressible rules, and field descriptions', () => {
  const schema = articleJsonSchema();
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, 'https://unpkg.com/recap-widgets/dist/article.schema.json');
  assert.equal(articleJsonSchema('https://x.example/s.json').$id, 'https://x.example/s.json');
  assert.equal(schema.title, 'Recap article data (schemaVersion 2)');
  assert.match(schema.$comment, /^Also enforced by validateArticle and not expressible here: ids unique in their list; .* at most 1 MB of JSON\.$/);
  assert.deepEqual(schema.required, ['schemaVersion', 'id', 'title']);
  assert.deepEqual(schema.properties.schemaVersion, { ...(schema.properties.schemaVersion.description ? { description: schema.properties.schemaVersion.description } : {}), enum: [1, 2] });
  assert.deepEqual(schema.properties.$schema, { type: 'string' });
  assert.equal(schema.properties.summary.properties.$schema, undefined);
  assert.deepEqual(schema.patternProperties, { '^x-': {} });
  assert.equal(schema.properties.dek.contentMediaType, 'text/markdown');
  assert.equal(schema.properties.title.contentMediaType, undefined);
  assert.equal(schema.properties.body.maxLength, 200_000);
  assert.equal(schema.properties.title.maxLength, 300);
  assert.equal(schema.properties.id.minLength, 1);
  assert.equal(schema.properties.title.minLength, undefined);
  assert.equal(schema.properties.figures.minItems, 0);
  assert.equal(schema.properties.figures.items.properties.value.type, 'number');
  assert.equal(schema.properties.figures.items.properties.value.minimum, undefined);
  assert.equal(schema.properties.figures.items.properties.value.maximum, undefined);
  assert.equal(schema.properties.quiz.properties.passPercent.type, 'number');
  const question = schema.properties.quiz.properties.questions.items;
  assert.deepEqual(question.required, ['type']);
  assert.deepEqual(question.properties.type, { enum: ['single', 'multiple', 'true-false', 'numeric', 'order', 'cloze', 'matching'] });
  assert.deepEqual(question.oneOf.map((v) => v.properties.type), [{ const: 'single' }, { const: 'multiple' }, { const: 'true-false' }, { const: 'numeric' }, { const: 'order' }, { const: 'cloze' }, { const: 'matching' }]);
  assert.equal(question.oneOf[0].required[0], 'type');
  assert.equal(question.oneOf[0].properties.points.type, 'integer');
  assert.deepEqual(schema.properties.figures.items.properties.qualifier.enum, ['exact', 'approximately', 'at-least', 'more-than', 'up-to', 'less-than']);
  // Descriptions from the schema documentation reach the document, nested ones too.
  const described = [];
  const walk = (node, path) => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.description === 'string') described.push(path);
    for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`);
  };
  walk(schema, '');
  assert.ok(described.length >= 20, String(described.length));
  assert.ok(described.some((p) => p.includes('/quiz/properties/questions/items/oneOf/')), described.join('\n'));
  for (const path of ['/properties/figures/items/properties/format/properties/unit', '/properties/summary/properties/points', '/properties/image/properties/src'])
    assert.ok(described.includes(path), path);
  assert.ok(!described.includes('/properties/summary/properties/points/items'), 'a point has no description of its own');
});
