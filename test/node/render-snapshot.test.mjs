// The server renderer's output, byte for byte: a fixed recap that is not the seed (German, every
// question type, figures in euros and percent, markup-like text) rendered by each element and
// with every option, against fragments stored when the output was last meant to change. Speed
// work on renderRecapHtml must not change a byte of what it writes (pre-rendered pages hydrate
// only when the browser renders exactly the same). A deliberate change of the output: run with
// UPDATE_SNAPSHOTS=1 and review the diff of test/node/fixtures/render-snapshot/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { renderRecapHtml } from '../../dist/server/index.js';

const dir = new URL('fixtures/render-snapshot/', import.meta.url);
const recap = JSON.parse(await readFile(new URL('fixtures/render-snapshot.recap.json', import.meta.url), 'utf8'));
/** A copy whose second figure breaks a rule: rendered without it, its problem reported. */
const partial = () => {
  const a = structuredClone(recap);
  a.figures[1].evidence.quote = 'Ein Satz, der nicht im Artikel steht';
  return a;
};
const cases = {
  'recap-article': [recap, {}],
  'recap-summary': [recap, { element: 'recap-summary' }],
  'recap-figures': [recap, { element: 'recap-figures' }],
  'recap-quiz': [recap, { element: 'recap-quiz' }],
  'recap-article-options': [recap, { headingLevel: 3, theme: 'dark', mode: 'all', persist: 'none', pointsOnly: true, printAnswerKey: true, stylesheets: '/styles/', deferHydration: true }],
  'recap-summary-no-data': [recap, { element: 'recap-summary', data: false }],
  'recap-article-no-lang': [{ ...recap, lang: undefined }, { lang: 'fr' }],
  'recap-article-partial': [partial(), {}],
};

for (const [name, [article, options]] of Object.entries(cases)) {
  test(`${name}: the same bytes as the stored fragment`, async () => {
    const before = JSON.stringify(article);
    const result = await renderRecapHtml(article, options);
    assert.ok(result.ok, JSON.stringify(result.problems));
    // The caller's record is left as it was.
    assert.equal(JSON.stringify(article), before);
    const text = `${result.html}\n<!-- problems: ${JSON.stringify(result.problems ?? [])} left out: ${JSON.stringify(result.leftOut ?? [])} -->\n`;
    const file = new URL(`${name}.html`, dir);
    if (process.env.UPDATE_SNAPSHOTS) {
      await mkdir(dir, { recursive: true });
      await writeFile(file, text);
    }
    assert.equal(text, await readFile(file, 'utf8'));
  });
}

test('the same record twice, and after other records, renders the same bytes (nothing carried over between renders)', async () => {
  const first = await renderRecapHtml(recap);
  await renderRecapHtml(partial());
  await renderRecapHtml({ ...recap, lang: 'ar' }, { element: 'recap-quiz' });
  const again = await renderRecapHtml(structuredClone(recap));
  assert.equal(again.html, first.html);
});

test('the caller\'s record is never frozen or trusted: made wrong after a render, it gets its problems on the next', async () => {
  const article = structuredClone(recap);
  assert.ok((await renderRecapHtml(article)).ok);
  assert.equal(Object.isFrozen(article) || Object.isFrozen(article.quiz), false);
  article.figures[0].evidence.quote = 'Ein Satz, der nicht im Artikel steht';
  article.quiz.questions[0].answer = 'dreiundzwanzig';
  const again = await renderRecapHtml(article, { element: 'recap-quiz' });
  assert.equal(again.ok, false);
  assert.deepEqual(again.problems.map((p) => p.path).sort(), ['/figures/0/evidence/quote', '/quiz/questions/0/answer']);
});

test('data that is not plain JSON (a class instance, a getter) renders the same bytes as its plain copy', async () => {
  class Record {}
  const article = Object.assign(new Record(), structuredClone(recap));
  Object.defineProperty(article, 'title', { get: () => recap.title, enumerable: true });
  const plain = await renderRecapHtml(structuredClone(recap));
  assert.equal((await renderRecapHtml(article)).html, plain.html);
});
