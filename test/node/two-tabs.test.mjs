// Two real tabs on the same quiz: each keeps working, the last write wins, and a reload
// in either shows the last saved progress. Nothing crashes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser } from './demo-browser.mjs';

const demo = useDemoBrowser();

async function openQuiz(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${demo.base}/demo/quiz.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('recap-quiz')?.shadowRoot?.querySelector('legend'));
  return { page, errors };
}
const answerVenue = async (page, value) => {
  await page.bringToFront();
  const quiz = await page.$('recap-quiz');
  await (await quiz.$(`pierce/input[value="${value}"]`)).click();
  await (await quiz.$('pierce/#action')).click();
  await quiz.waitForSelector('pierce/.verdict');
};
const verdict = (page) => page.evaluate(() => document.querySelector('recap-quiz').shadowRoot.querySelector('.verdict strong')?.textContent);

test('two tabs on one quiz: the last write wins and neither breaks', async () => {
  const context = await demo.browser.createBrowserContext();
  const a = await openQuiz(context);
  await a.page.evaluate(() => localStorage.clear());
  await a.page.reload({ waitUntil: 'networkidle0' });
  await a.page.waitForFunction(() => document.querySelector('recap-quiz')?.shadowRoot?.querySelector('legend'));
  const b = await openQuiz(context);

  await answerVenue(a.page, 'ciragan');
  await answerVenue(b.page, 'geneva');
  assert.equal(await verdict(a.page), 'Correct.');
  assert.equal(await verdict(b.page), 'Not quite.');

  // The last write was tab B's; a reload of tab A resumes from it.
  await a.page.bringToFront();
  await a.page.reload({ waitUntil: 'networkidle0' });
  await a.page.waitForFunction(() => document.querySelector('recap-quiz')?.shadowRoot?.querySelector('.verdict'));
  assert.equal(await verdict(a.page), 'Not quite.');
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});
