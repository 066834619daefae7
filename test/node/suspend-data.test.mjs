// Quiz progress in SCORM suspend_data: a hundred answered questions of every type fit SCORM 1.2's
// 4,096 characters, and read back as the same progress the quiz itself accepts (restoreProgress).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toSuspendData, fromSuspendData, SUSPEND_LIMIT } from '../../dist/lms/suspend.js';
import { freshProgress, restoreProgress } from '../../dist/data/quiz-session.js';

const kinds = [
  (i) => [{ id: `q${i}`, type: 'single', prompt: 'P', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: 'a' }, { type: 'single', choice: 'b' }],
  (i) => [{ id: `q${i}`, type: 'multiple', prompt: 'P', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answers: ['a'] }, { type: 'multiple', choices: ['a', 'b'] }],
  (i) => [{ id: `q${i}`, type: 'true-false', prompt: 'P', answer: true }, { type: 'true-false', value: false }],
  (i) => [{ id: `q${i}`, type: 'numeric', prompt: 'P', answer: 4300 }, { type: 'numeric', value: 4299.5 }],
  (i) => [{ id: `q${i}`, type: 'order', prompt: 'P', items: [{ id: 'x', text: 'X' }, { id: 'y', text: 'Y' }] }, { type: 'order', order: ['y', 'x'] }],
  (i) => [{ id: `q${i}`, type: 'cloze', prompt: 'P', text: 'A {{b}}.', blanks: [{ id: 'b', answers: ['Kyiv'] }] }, { type: 'cloze', blanks: ['Kiev'] }],
  (i) => [{ id: `q${i}`, type: 'matching', prompt: 'P', items: [{ id: 'i', text: 'I', match: 't' }, { id: 'j', text: 'J', match: 'u' }], targets: [{ id: 't', text: 'T' }, { id: 'u', text: 'U' }] }, { type: 'matching', pairs: [['i', 'u'], ['j', 't']] }],
];

test('a hundred answered questions of every type fit in 4,096 characters and come back whole', () => {
  const made = Array.from({ length: 100 }, (_, i) => kinds[i % kinds.length](i));
  const quiz = { questions: made.map(([q]) => q) };
  const progress = { ...freshProgress(quiz, 123456789), index: 99, answers: Object.fromEntries(made.map(([q, r]) => [q.id, r])), drafts: { q5: { blanks: ['Kie'] } } };
  const data = toSuspendData(JSON.stringify(progress), quiz);
  assert.ok(data, 'it fits');
  assert.ok(data.length <= SUSPEND_LIMIT, `${data.length} characters`);
  console.log(`# ${data.length} characters for 100 answers`);
  const back = restoreProgress(fromSuspendData(data, quiz), quiz);
  assert.equal(back.status, 'restored');
  assert.deepEqual(back.progress.answers, progress.answers);
  assert.equal(back.progress.index, 99);
  assert.equal(back.progress.seed, 123456789);
});

test('what is not Recap progress reads as nothing', () => {
  const quiz = { questions: [kinds[0](0)[0]] };
  assert.equal(fromSuspendData('lesson=3;page=7', quiz), undefined);
  assert.equal(toSuspendData('not json', quiz), undefined);
});
