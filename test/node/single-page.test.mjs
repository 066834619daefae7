// `recap-widgets package --html`: one file that works opened from disk (file://), with nothing from
// the network, under its own strict Content-Security-Policy with Trusted Types. Any violation, page
// error or request fails the test; the quiz is answered through its controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, chromeArgs } from '../../scripts/chrome.mjs';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'recap-html-'));
let browser;
before(async () => (browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs })));
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

function page(name, article) {
  const json = join(dir, `${name}.json`);
  writeFileSync(json, JSON.stringify(article));
  const out = join(dir, `${name}.html`);
  execFileSync(process.execPath, [new URL('dist/cli.js', root).pathname, 'package', json, '--html', '-o', out], { stdio: 'pipe' });
  return out;
}

async function open(file) {
  const tab = await browser.newPage();
  const problems = [];
  const requests = [];
  tab.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  tab.on('request', (r) => r.url() !== pathToFileURL(file).href && requests.push(r.url()));
  await tab.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  });
  await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const quiz = await tab.waitForSelector('recap-quiz');
  // A pre-rendered quiz takes over when the reader nears it.
  await quiz.evaluate((el) => el.scrollIntoView());
  await tab.waitForFunction((q) => q.hasUpdated, { timeout: 10000 }, quiz);
  return { tab, quiz, problems, requests };
}

const demo = JSON.parse(readFileSync(new URL('demo/data/istanbul-talks.json', root), 'utf8'));

for (const [name, article] of [
  ['en', demo],
  // A quiz of the rarer types only, in German: the language and both question modules come from inside the file.
  ['de', { ...demo, id: 'de-page', lang: 'de', quiz: { ...demo.quiz, questions: demo.quiz.questions.filter((q) => q.type === 'cloze' || q.type === 'matching') } }],
]) {
  test(`one self-contained page works from file:// under its strict CSP with Trusted Types (${name})`, async () => {
    const file = page(name, article);
    const html = readFileSync(file, 'utf8');
    assert.ok(/<meta http-equiv="Content-Security-Policy" content="[^"]*require-trusted-types-for 'script'; trusted-types lit-html"/.test(html), 'the page sets its strict CSP');
    assert.ok(!/<script[^>]*\ssrc=|<link[^>]*\shref=/.test(html), 'nothing loaded from elsewhere');
    const { tab, quiz, problems, requests } = await open(file);
    const first = article.quiz.questions[0];
    if (first.type === 'cloze') {
      // Type into the first blank, pick the answer of any blank that is a list.
      for (const [i, b] of first.blanks.entries()) {
        const control = (await quiz.$$('pierce/[part~="blank"]'))[i];
        if (b.choices) await control.select(b.answers[0]);
        else await control.type(b.answers[0]);
      }
    } else {
      await (await quiz.waitForSelector('pierce/input[type="radio"]')).click();
    }
    await (await quiz.$('pierce/#action')).click();
    await quiz.waitForSelector('pierce/.verdict');
    const verdict = await quiz.$eval('pierce/.verdict', (v) => v.textContent);
    if (name === 'de') assert.match(verdict, /Richtig/, `German words inline: ${verdict}`);
    await (await quiz.$('pierce/#action')).click();
    await quiz.waitForSelector('pierce/[part~="progress"]');
    assert.deepEqual(await tab.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests, []);
    // The check can fail: a style attribute set from script is a violation this page reports.
    await tab.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await tab.waitForFunction(() => window.__violations.length > 0);
    console.log(`# ${name}: ${(statSync(file).size / 1024).toFixed(1)} KiB`);
    await tab.close();
  });
}
