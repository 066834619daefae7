// The pure data modules that the browser tests reach only through elements: quiz progress,
// xAPI statements, plain text, text-fragment links and the JSON Schema. Run with the build
// (npm test) and, for mutation testing, with the source (npm run mutate).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  newReaderId, isReaderId, READER_ID_KEY, choiceOrder, freshProgress, newSeed, prerenderProgress, progressStorageKey, questionOrder, quizContentHash, restoreProgress,
} from '../../dist/data/quiz-session.js';
import {
  VERB_ANSWERED, VERB_COMPLETED, answeredStatement, completedStatement, correctResponsesPattern, questionActivityId, quizActivityId, responsePattern, uuid,
} from '../../dist/data/xapi.js';
import { plainText } from '../../dist/data/plain-text.js';
import { textFragmentUrl } from '../../dist/data/evidence.js';

const seed = JSON.parse(await readFile(new URL('../../demo/data/istanbul-talks.json', import.meta.url), 'utf8'));

const single = { id: 'q1', type: 'single', prompt: 'Pick *A*', choices: [{ id: 'a', text: '**A**' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], answer: 'a' };
const multiple = { id: 'q2', type: 'multiple', prompt: 'Pick A and C', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], answers: ['a', 'c'], points: 2 };
const trueFalse = { id: 'q3', type: 'true-false', prompt: 'True?', answer: false };
const numeric = { id: 'q4', type: 'numeric', prompt: 'How many?', answer: 4300, tolerance: 100 };
const exact = { id: 'q5', type: 'numeric', prompt: 'Exactly?', answer: 12 };
const order = { id: 'q6', type: 'order', prompt: 'Order', items: [{ id: 'one', text: '`One`' }, { id: 'two', text: 'Two' }, { id: 'three', text: 'Three' }] };
const quiz = { questions: [single, multiple, trueFalse, numeric, exact, order] };
const article = { schemaVersion: 1, id: 'art', title: 'Title', lang: 'de', url: 'https://news.example/story#top', summary: { points: ['x'] }, quiz };

const saved = (change = {}) => JSON.stringify({ ...freshProgress(quiz, 7), ...change });

test('quiz progress: a fresh start, its storage key, seeds', () => {
  assert.deepEqual(freshProgress(quiz, 7), { version: 1, contentHash: quizContentHash(quiz), seed: 7, index: 0, answers: {}, drafts: {}, finished: false });
  assert.equal(freshProgress(quiz, 7, 'h').contentHash, 'h');
  assert.equal(progressStorageKey('art'), 'recap-widgets:quiz:art');
  const seeds = new Set(Array.from({ length: 20 }, () => newSeed()));
  assert.ok(seeds.size > 15);
  for (const s of seeds) assert.ok(Number.isInteger(s) && s >= 0 && s < 2 ** 32, String(s));
});

test('quiz progress: a pre-rendered quiz starts fresh, shuffled by a seed from its content (the server and the browser agree)', () => {
  const p = prerenderProgress(quiz);
  assert.deepEqual(p, { version: 1, contentHash: quizContentHash(quiz), seed: p.seed, index: 0, answers: {}, drafts: {}, finished: false });
  // The same content in another object (the browser's, parsed from the inline JSON) gets the same seed.
  assert.deepEqual(prerenderProgress(structuredClone(quiz)), p);
  // Pinned: pages pre-rendered with an earlier version keep their question and choice order when they hydrate.
  assert.equal(p.seed, 2936227769);
  const changed = structuredClone(quiz);
  changed.questions[0].prompt = 'Pick *B*';
  assert.notEqual(prerenderProgress(changed).seed, p.seed);
});

test('quiz progress: the content hash is stable and changes with any change to the quiz', () => {
  const h = quizContentHash(quiz);
  assert.match(h, /^[0-9a-z]+\.[0-9a-z]+\.[0-9a-z]+$/);
  assert.equal(quizContentHash(structuredClone(quiz)), h);
  assert.equal(h.split('.')[2], JSON.stringify(quiz).length.toString(36));
  const changed = structuredClone(quiz);
  changed.questions[0].answer = 'b';
  const other = quizContentHash(changed);
  assert.notEqual(other, h);
  assert.notEqual(other.split('.')[0], h.split('.')[0]);
  assert.notEqual(other.split('.')[1], h.split('.')[1]);
  assert.notEqual(h.split('.')[0], h.split('.')[1]);
});

test('quiz progress: question and choice order follow the shuffle setting and the seed', () => {
  const many = { questions: Array.from({ length: 12 }, (_, i) => ({ ...single, id: `q${i}`, choices: Array.from({ length: 8 }, (_, j) => ({ id: `c${j}`, text: `C${j}` })) })) };
  const ids = (list) => list.map((x) => x.id).join();
  const plain = ids(many.questions);
  for (const shuffle of [undefined, 'none', 'choices']) assert.equal(ids(questionOrder({ ...many, shuffle }, 1)), plain, String(shuffle));
  for (const shuffle of ['questions', 'both']) {
    const a = ids(questionOrder({ ...many, shuffle }, 1));
    assert.notEqual(a, plain, shuffle);
    assert.equal(ids(questionOrder({ ...many, shuffle }, 1)), a);
    assert.notEqual(ids(questionOrder({ ...many, shuffle }, 2)), a);
  }
  const q = many.questions[0];
  const choices = ids(q.choices);
  for (const shuffle of [undefined, 'none', 'questions']) assert.equal(ids(choiceOrder({ ...many, shuffle }, q, 1)), choices, String(shuffle));
  for (const shuffle of ['choices', 'both']) {
    const a = ids(choiceOrder({ ...many, shuffle }, q, 1));
    assert.notEqual(a, choices, shuffle);
    assert.deepEqual(a.split(',').sort(), choices.split(',').sort());
    // Each question gets its own order from the same seed.
    assert.notEqual(ids(choiceOrder({ ...many, shuffle }, { ...q, id: 'other' }, 1)), a);
  }
});

test('quiz progress: restores what fits the quiz, cleaning drafts', () => {
  const answers = {
    q1: { type: 'single', choice: 'b' },
    q2: { type: 'multiple', choices: ['a', 'c'] },
    q3: { type: 'true-false', value: true },
    q4: { type: 'numeric', value: 4250.5 },
    q5: { type: 'numeric', value: 12 },
    q6: { type: 'order', order: ['two', 'one', 'three'] },
  };
  const drafts = {
    q1: { choice: 'c', extra: 1 },
    q2: { choices: ['a', 'zz', 'c'] },
    q3: { value: false },
    q4: { text: 'x'.repeat(300) },
    q6: { order: ['three', 'two', 'one'] },
    gone: { choice: 'a' },
  };
  const r = restoreProgress(saved({ index: 5, answers, drafts, finished: true }), quiz);
  assert.deepEqual(r, {
    status: 'restored',
    progress: {
      version: 1, contentHash: quizContentHash(quiz), seed: 7, index: 5, answers, finished: true,
      drafts: { q1: { choice: 'c' }, q2: { choices: ['a', 'c'] }, q3: { value: false }, q4: { text: 'x'.repeat(200) }, q6: { order: ['three', 'two', 'one'] } },
    },
  });
  // Drafts that do not fit their question lose those parts.
  const odd = restoreProgress(saved({ drafts: { q1: { choice: 'zz', order: ['a'] }, q3: { choice: 'a', choices: ['a'] }, q6: { order: ['one', 'two'] }, q2: 'x' } }), quiz);
  assert.deepEqual(odd.progress.drafts, { q1: {}, q3: {}, q6: {} });
  const wrongOrder = restoreProgress(saved({ drafts: { q6: { order: ['one', 'two', 'zz'] }, q4: { value: 'x', text: 5 } } }), quiz);
  assert.deepEqual(wrongOrder.progress.drafts, { q6: {}, q4: {} });
});

test('quiz progress: nothing saved, another quiz, and every kind of damage', () => {
  for (const nothing of [null, undefined, '']) assert.deepEqual(restoreProgress(nothing, quiz), { status: 'none' });
  assert.deepEqual(restoreProgress(saved(), quiz, 'other-hash'), { status: 'changed' });
  assert.deepEqual(restoreProgress(saved({ contentHash: 'x' }), quiz), { status: 'changed' });
  const corrupt = (text) => {
    const r = restoreProgress(text, quiz);
    assert.equal(r.status, 'corrupt', text);
    return r.reason;
  };
  assert.equal(corrupt('{'), 'saved progress is not JSON');
  for (const shape of ['[]', 'null', '1', JSON.stringify({ ...freshProgress(quiz, 7), version: 2 })]) assert.equal(corrupt(shape), 'saved progress has an unknown shape');
  for (const seed of [-1, 1.5, 2 ** 32, '7']) assert.equal(corrupt(saved({ seed })), 'bad seed', String(seed));
  assert.equal(restoreProgress(saved({ seed: 2 ** 32 - 1 }), quiz).status, 'restored');
  assert.equal(restoreProgress(saved({ seed: 0 }), quiz).status, 'restored');
  for (const index of [-1, 6, 0.5, '0']) assert.equal(corrupt(saved({ index })), 'bad position', String(index));
  for (const change of [{ answers: [] }, { answers: null }, { drafts: [] }, { drafts: 1 }, { finished: 'no' }]) assert.equal(corrupt(saved(change)), 'bad answers', JSON.stringify(change));
  const badAnswers = {
    q1: [{ type: 'single', choice: 'zz' }, { type: 'single', choice: 1 }, { type: 'multiple', choices: ['a'] }, ['a'], null],
    q2: [{ type: 'multiple', choices: ['a', 'zz'] }, { type: 'multiple', choices: 'a' }, { type: 'multiple', choices: [1] }],
    q3: [{ type: 'true-false', value: 'true' }],
    q4: [{ type: 'numeric', value: Infinity }, { type: 'numeric', value: '1' }],
    q6: [{ type: 'order', order: ['one', 'two'] }, { type: 'order', order: ['one', 'two', 'zz'] }, { type: 'order', order: 'one' }],
    zz: [{ type: 'single', choice: 'a' }],
  };
  for (const [id, list] of Object.entries(badAnswers))
    for (const r of list) assert.equal(corrupt(saved({ answers: { [id]: r } })), `bad answer for ${id}`, JSON.stringify(r));
  // JSON can spell a number too big for a double; it parses as Infinity.
  assert.equal(corrupt(saved({ answers: { q4: { type: 'numeric', value: 7 } } }).replace('"value":7', '"value":1e400')), 'bad answer for q4');
  assert.equal(corrupt(saved({ finished: true, answers: { q1: { type: 'single', choice: 'a' } } })), 'finished without every answer');
});

test('quiz progress: an anonymous reader id is random, never derived from a shuffle seed', () => {
  const ids = new Set(Array.from({ length: 50 }, () => newReaderId()));
  assert.equal(ids.size, 50);
  for (const id of ids) assert.ok(isReaderId(id), id);
  assert.equal(isReaderId('D7B83EB6'), false);
  assert.equal(READER_ID_KEY, 'recap-widgets:reader');
});

test('xAPI: activity ids, response patterns and correct-response patterns', () => {
  assert.equal(quizActivityId(article), 'https://news.example/story#recap-quiz');
  assert.equal(quizActivityId({ ...article, url: undefined }), 'urn:recap-widgets:art:quiz');
  assert.equal(questionActivityId(article, single), 'https://news.example/story#recap-quiz/q1');
  assert.equal(responsePattern({ type: 'single', choice: 'b' }), 'b');
  assert.equal(responsePattern({ type: 'multiple', choices: ['a', 'c'] }), 'a[,]c');
  assert.equal(responsePattern({ type: 'true-false', value: false }), 'false');
  assert.equal(responsePattern({ type: 'numeric', value: 4250.5 }), '4250.5');
  assert.equal(responsePattern({ type: 'order', order: ['two', 'one'] }), 'two[,]one');
  assert.deepEqual(quiz.questions.map(correctResponsesPattern), [['a'], ['a[,]c'], ['false'], ['4200[:]4400'], ['12'], ['one[,]two[,]three']]);
  assert.deepEqual(correctResponsesPattern({ ...numeric, tolerance: 0 }), ['4300']);
});

test('xAPI: statement ids are version 4 UUIDs, with or without crypto.randomUUID', () => {
  const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  assert.match(uuid(), v4);
  const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true });
  try {
    const ids = Array.from({ length: 50 }, () => uuid());
    for (const id of ids) assert.match(id, v4);
    assert.equal(new Set(ids).size, 50);
    assert.ok(new Set(ids.map((id) => id[19])).size > 1);
  } finally {
    Object.defineProperty(globalThis, 'crypto', original);
  }
});

test('xAPI: an answered statement says who answered what, and how it scored', () => {
  const now = new Date('2025-06-01T10:00:00Z');
  const actor = { account: { homePage: 'https://news.example', name: 'r1' } };
  const s = answeredStatement(article, multiple, { type: 'multiple', choices: ['a', 'c'] }, true, actor, now);
  assert.match(s.id, /^[0-9a-f-]{36}$/);
  assert.deepEqual({ ...s, id: 'x' }, {
    id: 'x',
    actor: { objectType: 'Agent', account: { homePage: 'https://news.example', name: 'r1' } },
    verb: { id: VERB_ANSWERED, display: { 'en-US': 'answered' } },
    object: {
      objectType: 'Activity',
      id: 'https://news.example/story#recap-quiz/q2',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: { de: 'Pick A and C' },
        interactionType: 'choice',
        correctResponsesPattern: ['a[,]c'],
        choices: [{ id: 'a', description: { de: 'A' } }, { id: 'b', description: { de: 'B' } }, { id: 'c', description: { de: 'C' } }],
      },
    },
    result: { success: true, response: 'a[,]c', score: { raw: 2, min: 0, max: 2, scaled: 1 } },
    context: { language: 'de', contextActivities: { parent: [{ objectType: 'Activity', id: 'https://news.example/story#recap-quiz' }] } },
    timestamp: '2025-06-01T10:00:00.000Z',
    version: '1.0.3',
  });
  assert.equal(VERB_ANSWERED, 'http://adlnet.gov/expapi/verbs/answered');
  const english = { ...article, lang: undefined };
  const wrong = answeredStatement(english, single, { type: 'single', choice: 'b' }, false, actor, now);
  assert.deepEqual(wrong.result, { success: false, response: 'b', score: { raw: 0, min: 0, max: 1, scaled: 0 } });
  assert.deepEqual(wrong.object.definition.name, { en: 'Pick A' });
  assert.deepEqual(wrong.object.definition.choices[0], { id: 'a', description: { en: 'A' } });
  assert.deepEqual(wrong.context, { contextActivities: { parent: [{ objectType: 'Activity', id: 'https://news.example/story#recap-quiz' }] } });
  const sequencing = answeredStatement(article, order, { type: 'order', order: ['one', 'two', 'three'] }, true, actor, now).object.definition;
  assert.equal(sequencing.interactionType, 'sequencing');
  assert.deepEqual(sequencing.choices, [{ id: 'one', description: { de: 'One' } }, { id: 'two', description: { de: 'Two' } }, { id: 'three', description: { de: 'Three' } }]);
  for (const [q, type] of [[trueFalse, 'true-false'], [numeric, 'numeric'], [single, 'choice']]) {
    const d = answeredStatement(article, q, { type: 'true-false', value: true }, true, actor, now).object.definition;
    assert.equal(d.interactionType, type);
    assert.equal('choices' in d, type === 'choice');
  }
  const long = answeredStatement(article, { ...single, prompt: 'x'.repeat(600) }, { type: 'single', choice: 'a' }, true, actor, now);
  assert.equal(long.object.definition.name.de.length, 500);
  assert.ok(Date.now() - Date.parse(answeredStatement(article, single, { type: 'single', choice: 'a' }, true, actor).timestamp) < 60_000);
});

test('xAPI: a completed statement carries the score, and success only when there is a pass mark', () => {
  const now = new Date('2025-06-01T10:00:00Z');
  const actor = { mbox: 'mailto:r@news.example' };
  const s = completedStatement(article, { points: 2, maxPoints: 3, percent: 66.67, passed: false }, actor, now);
  assert.deepEqual({ ...s, id: 'x' }, {
    id: 'x',
    actor: { objectType: 'Agent', mbox: 'mailto:r@news.example' },
    verb: { id: VERB_COMPLETED, display: { 'en-US': 'completed' } },
    object: { objectType: 'Activity', id: 'https://news.example/story#recap-quiz', definition: { type: 'http://adlnet.gov/expapi/activities/assessment', name: { de: 'Title' } } },
    result: { completion: true, success: false, score: { raw: 2, min: 0, max: 3, scaled: 0.6667 } },
    context: { language: 'de' },
    timestamp: '2025-06-01T10:00:00.000Z',
    version: '1.0.3',
  });
  assert.equal(VERB_COMPLETED, 'http://adlnet.gov/expapi/verbs/completed');
  const titled = completedStatement({ ...article, lang: undefined, quiz: { ...quiz, title: 'Quiz' } }, { points: 0, maxPoints: 0, percent: 0 }, actor, now);
  assert.deepEqual(titled.result, { completion: true, score: { raw: 0, min: 0, max: 0, scaled: 0 } });
  assert.deepEqual(titled.object.definition.name, { en: 'Quiz' });
  assert.deepEqual(titled.context, {});
  assert.equal(completedStatement(article, { points: 3, maxPoints: 3, percent: 100, passed: true }, actor, now).result.success, true);
});

test('plain text keeps the words of inline Markdown and drops its marks', () => {
  assert.equal(plainText('**Move** the `x` [here](https://a.b) and ![pic](i.png)'), 'Move the x here and pic');
  assert.equal(plainText('__strong__ *em* _em_ a*b'), 'strong em em a*b');
  assert.equal(plainText('a \\_ \\# \\[x\\] \\\\'), 'a _ # [x] \\');
  // Escaped emphasis markers are text, not emphasis.
  assert.equal(plainText('\\*x\\* and \\_y\\_'), '*x* and _y_');
  assert.equal(plainText('**bold \\* star**'), 'bold * star');
});

test('text-fragment links: short quotes whole, long ones as start,end, special characters escaped', () => {
  assert.equal(textFragmentUrl('https://a.example/s#old', 'Talks  resumed\n today'), 'https://a.example/s#:~:text=Talks%20resumed%20today');
  assert.equal(textFragmentUrl('https://a.example/s', 'one-two, three & four'), 'https://a.example/s#:~:text=one%2Dtwo%2C%20three%20%26%20four');
  const ten = 'w1 w2 w3 w4 w5 w6 w7 w8 w9 w10';
  assert.equal(textFragmentUrl('https://a.example/s', ten), 'https://a.example/s#:~:text=w1%20w2%20w3%20w4%20w5%20w6%20w7%20w8%20w9%20w10');
  assert.equal(textFragmentUrl('https://a.example/s', ` ${ten} w11 `), 'https://a.example/s#:~:text=w1%20w2%20w3%20w4%20w5,w7%20w8%20w9%20w10%20w11');
});

test('the seed quiz round-trips through saved progress', () => {
  const progress = { ...freshProgress(seed.quiz, 3), index: 2 };
  const r = restoreProgress(JSON.stringify(progress), seed.quiz);
  assert.deepEqual(r, { status: 'restored', progress });
});

test('one slug helper: ids from any text, accents dropped, cut where a word ends', async () => {
  const { slugId } = await import('../../dist/data/slug.js');
  assert.equal(slugId('Ciragan Palace, Istanbul'), 'ciragan-palace-istanbul');
  assert.equal(slugId('Déjà vu — à Kyïv!'), 'deja-vu-a-kyiv');
  assert.equal(slugId('  ---  '), '');
  assert.equal(slugId('Russian warplanes hit by drones deep inside Siberia', 20), 'russian-warplanes');
  assert.equal(slugId('supercalifragilisticexpialidocious', 10), 'supercalif');
  const long = slugId('word '.repeat(40));
  assert.ok(long.length <= 64 && long.endsWith('word'), long);
});

test('one script-safe JSON writer: nothing in the data can end the script or open a comment', async () => {
  const { jsonScript, scriptSafeJson, attributeValue } = await import('../../dist/render/json-script.js');
  const data = { t: '</script><!-- & \u2028\u2029 >' };
  const out = jsonScript(data);
  assert.doesNotMatch(out.slice('<script type="application/json">'.length, -'</script>'.length), /[<>&\u2028\u2029]/);
  assert.deepEqual(JSON.parse(scriptSafeJson(data)), data);
  assert.equal(attributeValue('a"b<c&d'), 'a&quot;b&lt;c&amp;d');
});

test('defineArticle: a JSON value checked and typed, or an ArticleError naming every problem', async () => {
  const { defineArticle, ArticleError } = await import('../../dist/data/index.js');
  const story = { schemaVersion: 2, id: 'x', title: 'T', summary: { points: ['p'] } };
  assert.equal(defineArticle(story), story);
  assert.throws(
    () => defineArticle({ ...story, title: ' ', figures: [{ id: 'f', value: '41', label: 'x' }] }),
    (e) => e instanceof ArticleError && e.problems.length === 2 && /\/title: title is blank[\s\S]*\/figures\/0\/value: value must be a number/.test(e.message),
  );
});
