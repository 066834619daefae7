// A summary- or figures-only bundle checks the record and its own part, not the quiz's: it does
// not carry the quiz's checks, and a quiz it does not show cannot hide what it does show. Where a
// quiz can be shown (the full bundle, the quiz bundle), a problem in it is reported with its JSON
// Pointer as before, and a problem in the summary itself is reported by every bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser } from './demo-browser.mjs';

const demo = useDemoBrowser();
const seed = async () => JSON.parse(await (await fetch(demo.base + '/demo/data/istanbul-talks.json')).text());

/** Loads `bundle` on an empty page, then shows `article` in `tag`; what it fired. */
async function show(bundle, tag, article) {
  const page = await demo.browser.newPage();
  await page.goto(demo.base + '/demo/data/istanbul-talks.json');
  const result = await page.evaluate(
    async (bundle, tag, article) => {
      await import(bundle);
      const el = document.createElement(tag);
      const fired = new Promise((resolve) => {
        el.addEventListener('recap-load', () => resolve({ event: 'recap-load' }), { once: true });
        el.addEventListener('recap-error', (e) => resolve({ event: 'recap-error', problems: e.detail.problems.map((p) => p.path), leftOut: e.detail.leftOut }), { once: true });
      });
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(article);
      el.append(script);
      document.body.append(el);
      return fired;
    },
    bundle,
    tag,
    article,
  );
  await page.close();
  return result;
}

const brokenQuiz = async () => {
  const a = await seed();
  a.quiz.questions[0].answer = 'no-such-choice';
  return a;
};

test('a summary-only bundle shows the summary of a record whose quiz is broken, as nothing of the quiz is shown', async () => {
  assert.deepEqual(await show('/dist/recap-summary.min.js', 'recap-summary', await brokenQuiz()), { event: 'recap-load' });
  assert.deepEqual(await show('/dist/recap-figures.min.js', 'recap-figures', await brokenQuiz()), { event: 'recap-load' });
});

test('where a quiz can be shown, its problem is reported at its JSON Pointer', async () => {
  const quiz = await show('/dist/recap-quiz.min.js', 'recap-quiz', await brokenQuiz());
  assert.equal(quiz.event, 'recap-error');
  assert.deepEqual(quiz.problems, ['/quiz/questions/0/answer']);
  // The full bundle's summary knows the quiz's rules: it shows the summary and says what it left out.
  const summary = await show('/dist/recap.min.js', 'recap-summary', await brokenQuiz());
  assert.deepEqual(summary, { event: 'recap-error', problems: ['/quiz/questions/0/answer'], leftOut: ['/quiz'] });
});

test("a summary-only bundle still reports problems in the record and the summary, each at its JSON Pointer", async () => {
  const a = await seed();
  a.summary.points[1] = 42;
  a.published = 'yesterday';
  const result = await show('/dist/recap-summary.min.js', 'recap-summary', a);
  assert.equal(result.event, 'recap-error');
  assert.deepEqual([...result.problems].sort(), ['/published', '/summary/points/1']);
});
