/* global wp -- the block editor's API, in the pages these functions run in */
// The plugin in a real WordPress (Debian's 6.1, MariaDB, PHP 8.2), installed from the built zip by
// scripts/wordpress-env.sh, driven in Chromium as an author, a contributor, an administrator and
// a visitor. Run with `npm run test:wordpress`.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { site, launch, openPage, logIn, openEditor, insertRecapBlock, pasteRecap, publish, openBlockSettings, deepTextSource, recapFiles, snapLeftOpen } from './browser.mjs';
import { composite, corpus, corpusParts, shortcodeContent, shortcodeJson } from './hostile.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const seedMarkdown = readFileSync(new URL('../../demo/data/istanbul-talks.md', import.meta.url), 'utf8');
const seed = JSON.parse(readFileSync(new URL('../../demo/data/istanbul-talks.json', import.meta.url), 'utf8'));
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const sum = (rs) => rs.reduce((n, r) => n + r.bytes, 0);

let browser;
const published = {};
before(async () => {
  browser = await launch();
});
afterEach(async (t) => {
  await snapLeftOpen(t.name);
});
after(async () => {
  await browser?.close();
});

/** What the page shows and runs: elements, their inline data and text, events, and what ran. */
async function readPage(page) {
  return page.evaluate((deepTextSrc) => {
    const deepText = (0, eval)(deepTextSrc);
    const elements = [...document.querySelectorAll('recap-article, recap-summary, recap-figures, recap-quiz')].filter((el) => !el.parentElement.closest('recap-article'));
    return {
      xssRan: window.__xssRan,
      events: window.__recapEvents,
      elements: elements.map((el) => ({
        tag: el.localName,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        children: [...el.childNodes].map((c) => (c.nodeType === 1 ? `${c.localName}[type=${c.getAttribute('type')}]` : `#${c.nodeType}`)),
        data: el.querySelector(':scope > script')?.textContent,
        text: deepText(el),
        state: el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('part'),
      })),
    };
  }, deepTextSource);
}

/**
 * Waits until every Recap element on the page has loaded its data or reported an error, and has
 * rendered (from the ninth widget on a page, widgets render when the reader scrolls near them).
 */
async function settled(page, count) {
  await page.waitForFunction((n) => window.__recapEvents.filter((e) => e.type === 'recap-load' || e.type === 'recap-error').length >= n, {}, count);
  const tags = 'recap-article, recap-summary, recap-figures, recap-quiz';
  for (let i = 0; i < count; i++) {
    await page.evaluate((t, n) => document.querySelectorAll(t)[n].scrollIntoView(), tags, i);
    await page.waitForFunction((t, n) => {
      const base = document.querySelectorAll(t)[n].shadowRoot?.querySelector('[part~="base"]');
      return base && !/placeholder|loading/.test(base.getAttribute('part'));
    }, {}, tags, i);
  }
}

test('an author inserts the Recap block, pastes the seed Markdown, sees the preview and a problem on a broken line, and publishes', async () => {
  const { page, record, close } = await openPage(browser);
  await logIn(page, 'author');
  await openEditor(page);
  await page.type('.editor-post-title__input', 'The Istanbul talks, recapped');
  await insertRecapBlock(page);
  await pasteRecap(page, seedMarkdown);

  // The real element previews what was pasted.
  const preview = await page.waitForFunction(
    (title) => {
      const el = document.querySelector('.recap-widgets-preview recap-article');
      return el?.shadowRoot && [...el.shadowRoot.querySelectorAll('recap-summary')].some((s) => s.shadowRoot?.textContent.includes(title)) && el;
    },
    {},
    seed.title,
  );
  assert.ok(preview);

  // A broken line: the problem names it, and the page would show nothing until it is fixed.
  const lines = seedMarkdown.split('\n');
  const broken = lines.findIndex((l) => l.trim() === 'passPercent: 60') + 1;
  assert.ok(broken > 0);
  const selectLine = (n) =>
    page.evaluate((line) => {
      const area = document.querySelector('.recap-widgets-textarea');
      const all = area.value.split('\n');
      const start = all.slice(0, line - 1).reduce((k, l) => k + l.length + 1, 0);
      area.focus();
      area.setSelectionRange(start, start + all[line - 1].length);
    }, n);
  await selectLine(broken);
  await page.keyboard.type('  passPercent: sixty');
  const problem = await page.waitForFunction(() => document.querySelector('.recap-widgets-problems')?.textContent);
  const problemText = await problem.jsonValue();
  assert.match(problemText, new RegExp(`Line ${broken}\\b`), problemText);
  assert.match(problemText, /passPercent|number/i, problemText);
  assert.match(await page.$eval('.recap-widgets-status', (el) => el.textContent), /Readers see nothing/);
  assert.equal(await page.$('.recap-widgets-preview'), null, 'no preview of a recap with problems');
  assert.equal(await page.evaluate(() => wp.data.select('core/block-editor').getBlocks()[0].attributes.recap), '', 'nothing for the page while it has problems');
  // "Line N" takes the author to that line.
  await page.evaluate(() => document.querySelector('.recap-widgets-textarea').setSelectionRange(0, 0));
  await page.click('.recap-widgets-problems button');
  const caret = await page.$eval('.recap-widgets-textarea', (a) => a.value.slice(0, a.selectionStart).split('\n').length);
  assert.equal(caret, broken);

  // Fixed again, by typing: the problem goes, the preview comes back.
  await selectLine(broken);
  await page.keyboard.type('  passPercent: 60');
  await page.waitForFunction(() => !document.querySelector('.recap-widgets-problems') && document.querySelector('.recap-widgets-preview recap-article'));

  // A block setting, in the block's sidebar: the heading level.
  await openBlockSettings(page);
  const headingSelect = await page.evaluate(() => [...document.querySelectorAll('.block-editor-block-inspector label')].find((l) => l.textContent === 'Heading level')?.htmlFor);
  assert.ok(headingSelect, 'the Heading level setting is in the sidebar');
  await page.select(`#${headingSelect}`, '3');
  await page.waitForFunction(() => document.querySelector('.recap-widgets-preview recap-article')?.getAttribute('heading-level') === '3');

  // Recap Studio in a modal, and its result back in the block, still in Recap Markdown.
  const before = await page.evaluate(() => wp.data.select('core/block-editor').getBlocks()[0].attributes.recap);
  await (await page.waitForSelector('xpath///div[contains(@class,"recap-widgets-actions")]//button[.="Open in Recap Studio"]')).click();
  await page.waitForFunction((title) => {
    const editor = document.querySelector('.recap-widgets-studio recap-editor');
    return editor?.shadowRoot && [...editor.shadowRoot.querySelectorAll('input, textarea')].some((i) => i.value === title);
  }, {}, seed.title);
  await page.click('.recap-widgets-studio-actions .is-primary');
  await page.waitForFunction(() => !document.querySelector('.recap-widgets-studio'));
  await page.waitForFunction(() => document.querySelector('.recap-widgets-preview recap-article') && !document.querySelector('.recap-widgets-problems'));
  assert.match(await page.$eval('.recap-widgets-textarea', (a) => a.value), /^---\n/, 'back as Recap Markdown');
  assert.deepEqual(JSON.parse(await page.evaluate(() => wp.data.select('core/block-editor').getBlocks()[0].attributes.recap)), JSON.parse(before));

  // The block passes an axe audit (its fields, its problems, and the preview inside it).
  await page.addScriptTag({ path: axePath });
  const audit = await page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('.wp-block-recap-widgets-recap'), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(audit, []);

  published.author = await publish(page, 'publish');
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.dialogs, []);
  await close();
});

test('a visitor reads the summary and figures, and answers the quiz to the results', async () => {
  assert.ok(published.author, 'the author published');
  const { page, record, close } = await openPage(browser);
  await page.goto(`${site.url}/?p=${published.author}`);
  await settled(page, 1);
  const { elements, events, xssRan } = await readPage(page);
  assert.equal(elements.length, 1);
  const [el] = elements;
  assert.equal(el.tag, 'recap-article');
  assert.equal(el.attributes['heading-level'], '3');
  assert.deepEqual(el.children, ['script[type=application/json]']);
  assert.deepEqual(JSON.parse(el.data), events[0].detail.article);
  assert.equal(events[0].type, 'recap-load');
  for (const point of seed.summary.points) assert.ok(el.text.includes(point.replace(/\*\*/g, '')), `summary point shown: ${point}`);
  for (const figure of seed.figures) assert.ok(el.text.includes(figure.label.replace(/\*\*/g, '')), `figure shown: ${figure.label}`);
  const heading = await page.evaluate(() => {
    const h = document.querySelector('recap-article').shadowRoot.querySelector('recap-summary').shadowRoot.querySelector('[role="heading"]');
    return { level: h?.getAttribute('aria-level'), text: h?.textContent.trim() };
  });
  assert.deepEqual(heading, { level: '3', text: seed.title }, 'the headline at the level set in the block');

  // The quiz, question by question, with the mouse and keyboard.
  const quiz = await page.evaluateHandle(() => document.querySelector('recap-article').shadowRoot.querySelector('recap-quiz').shadowRoot);
  const questions = events[0].detail.article.quiz.questions;
  for (const q of questions) {
    await quiz.waitForSelector('fieldset');
    const choice = async (id) => (await quiz.$(`input[value="${id}"]`)).click();
    if (q.type === 'single') await choice(q.answer);
    if (q.type === 'multiple') for (const id of q.answers) await choice(id);
    if (q.type === 'true-false') await (await quiz.$$('.choice'))[q.answer ? 0 : 1].click();
    if (q.type === 'numeric') {
      await (await quiz.$('input')).click();
      await page.keyboard.type(String(q.answer));
    }
    if (q.type === 'cloze') {
      // The blanks stand in the order the text names them.
      const order = [...q.text.matchAll(/\{\{([^}]+)\}\}/g)].map((m) => q.blanks.find((b) => b.id === m[1]));
      const controls = await quiz.$$('.blank');
      assert.equal(controls.length, order.length, 'one control per blank');
      for (const [i, blank] of order.entries()) {
        if (blank.choices) await controls[i].select(blank.answers[0]);
        else {
          await controls[i].click();
          await page.keyboard.type(blank.answers[0]);
        }
      }
    }
    if (q.type === 'matching') {
      // Pick each item, then the target with its match's text (targets are shuffled per reader).
      for (const [i, item] of q.items.entries()) {
        await (await quiz.$$('[part~="match-item"]'))[i].click();
        const want = q.targets.find((t) => t.id === item.match).text.replace(/\*\*/g, '');
        const targets = await quiz.$$('[part~="match-target"]');
        const texts = await Promise.all(targets.map((t) => t.evaluate((b) => b.textContent.replace(b.querySelector('.match-users')?.textContent ?? '', '').trim())));
        const at = texts.indexOf(want);
        assert.ok(at >= 0, `a target reads "${want}" (${texts.join(' | ')})`);
        await targets[at].click();
      }
    }
    await (await quiz.$('#action')).click(); // Check
    await quiz.waitForSelector('.verdict');
    await (await quiz.$('#action')).click(); // Next, or See results
  }
  await quiz.waitForSelector('[part~="results"]');
  const complete = await page.evaluate(() => window.__recapEvents.find((e) => e.type === 'recap-complete')?.detail);
  const orderPoints = questions.filter((q) => q.type === 'order').reduce((n, q) => n + (q.points ?? 1), 0);
  assert.ok(complete.score.points >= complete.score.maxPoints - orderPoints, `score ${complete.score.points} of ${complete.score.maxPoints}`);
  assert.match(await quiz.$eval('[part~="results"]', (r) => r.textContent), new RegExp(`${complete.score.points} of ${complete.score.maxPoints}`));

  // Its files come from the plugin's own folder, versioned, and nothing from anywhere else.
  const files = recapFiles(record);
  assert.ok(files.length >= 1);
  for (const f of files) assert.match(f.url, /\/wp-content\/plugins\/recap-widgets\/widgets\/\d+\.\d+\.\d+-[0-9a-f]{10}\/recap[\w-]*\.min\.js(\?ver=[\d.]+)?$/, f.url);
  assert.deepEqual(record.outside, []);
  assert.equal(xssRan, 0);
  assert.deepEqual(record.errors, []);
  published.recapPage = { total: sum(record.responses), recap: sum(files), files: files.map((f) => f.url.replace(/.*\//, '')) };
  await close();
});

test('the shortcode page renders: JSON content as written despite wptexturize and wpautop, src, Recap Markdown, and the site language', async () => {
  const written = readFileSync(new URL('./shortcode-page.txt', import.meta.url), 'utf8');
  const jsonContent = /\[recap widget="summary" heading_level="3"\]([\s\S]*?)\[\/recap\]/.exec(written)[1];
  const expected = JSON.parse(jsonContent.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));

  const { page, record, close } = await openPage(browser);
  await page.goto(`${site.url}/?page_id=${site.shortcodePage}`);
  await settled(page, 3);
  const { elements, events } = await readPage(page);
  assert.deepEqual(elements.map((e) => e.tag), ['recap-summary', 'recap-figures', 'recap-quiz']);
  assert.deepEqual(events.map((e) => e.type), ['recap-load', 'recap-load', 'recap-load'], JSON.stringify(events.filter((e) => e.type === 'recap-error')));
  const [json, src, markdown] = elements;
  assert.deepEqual(JSON.parse(json.data), expected, 'the JSON reaches the element exactly as the author wrote it');
  assert.equal(json.attributes['heading-level'], '3');
  for (const point of expected.summary.points) assert.ok(json.text.includes(point), `shown as written: ${point}`);
  assert.equal(src.attributes.src, '/wp-content/uploads/recaps/seed.json');
  assert.ok(src.text.includes(seed.figures[0].label.replace(/\*\*/g, '')));
  assert.deepEqual(markdown.children, ['script[type=text/markdown]']);
  assert.match(markdown.text, /Which river flows through Kyiv\?/);
  assert.match(markdown.text, /Kyiv lies on the Dnipro\./);
  assert.equal(markdown.attributes.mode, 'all');
  const body = await page.$eval('.entry-content', (e) => e.textContent);
  assert.match(body, /Escaped, as WordPress shows it: \[recap\]/);
  assert.ok(recapFiles(record).some((f) => f.url.includes('/recap-authoring.min.js')), 'Recap Markdown is compiled by the compiler next to the bundle');
  await close();

  // A recap without `lang` follows the site's (here the request's, as a multilingual plugin sets it).
  const german = await openPage(browser);
  await german.page.goto(`${site.url}/?page_id=${site.shortcodePage}&recap-test-locale=de_DE`);
  await settled(german.page, 3);
  const de = await readPage(german.page);
  assert.equal(de.elements[2].attributes.lang, 'de-DE');
  assert.match(de.elements[2].text, /Antworten prüfen|prüfen/i, 'the quiz speaks German');
  assert.ok(recapFiles(german.record).some((f) => /\/widgets\/[^/]+\/recap-lang-de\.min\.js/.test(f.url)), 'the German words load from the versioned folder');
  await german.close();
});

test("a contributor's hostile recaps run nothing, and every XSS vector is shown as text", async () => {
  // The contributor writes the post in the block editor: one recap pasted, the corpus in more blocks.
  const contributor = await openPage(browser);
  await logIn(contributor.page, 'contributor');
  await openEditor(contributor.page);
  await contributor.page.type('.editor-post-title__input', 'Hostile recaps');
  await insertRecapBlock(contributor.page);
  await pasteRecap(contributor.page, JSON.stringify(composite, null, 2));
  await contributor.page.waitForFunction(() => document.querySelector('.recap-widgets-preview recap-article'));
  await contributor.page.evaluate(
    (parts, shortcodes) => {
      const inert = (v) => JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
      const blocks = parts.map((p) => wp.blocks.createBlock('recap-widgets/recap', { source: inert(JSON.stringify(p, null, 2)), widget: 'figures' }));
      blocks.push(wp.blocks.createBlock('core/shortcode', { text: shortcodes }));
      wp.data.dispatch('core/block-editor').insertBlocks(blocks);
    },
    corpusParts,
    shortcodeContent,
  );
  // Each block checks its recap and keeps it for the page.
  await contributor.page.waitForFunction((n) => wp.data.select('core/block-editor').getBlocks().filter((b) => b.name === 'recap-widgets/recap' && b.attributes.recap).length === n, {}, corpusParts.length + 1);
  const postId = await publish(contributor.page, 'pending');
  assert.deepEqual(contributor.record.dialogs, []);
  assert.equal(await contributor.page.evaluate(() => window.__xssRan), 0);
  await contributor.close();

  // An administrator opens the pending post's preview (a logged-in administrator is what an XSS
  // would be after), then reviews it in the editor (its previews are the same elements) and publishes it.
  const admin = await openPage(browser);
  await logIn(admin.page, 'admin');
  await checkHostilePage(admin, `${site.url}/?p=${postId}&preview=true`, 'the administrator\'s preview');
  await openEditor(admin.page, `/wp-admin/post.php?post=${postId}&action=edit`);
  await admin.page.waitForFunction((n) => document.querySelectorAll('.recap-widgets-preview > *').length === n, {}, corpusParts.length + 1);
  await publish(admin.page, 'publish');
  assert.deepEqual(admin.record.dialogs, [], "no alert in the administrator's editor");
  assert.equal(await admin.page.evaluate(() => window.__xssRan), 0);
  await admin.close();

  const visitor = await openPage(browser);
  await checkHostilePage(visitor, `${site.url}/?p=${postId}`, 'a visitor');
  await visitor.close();
});

/** Everything the contributor's post must (not) do on the page, in the order a break shows up first. */
async function checkHostilePage({ page, record }, url, who) {
  const response = await page.goto(url);
  const html = await response.text();
  await page.waitForFunction(() => document.readyState === 'complete');
  await new Promise((resolve) => setTimeout(resolve, 500)); // anything that would run late
  // Nothing ran and nothing was fetched.
  assert.deepEqual(record.dialogs, [], `${who}: no alert, confirm or prompt`);
  assert.equal(await page.evaluate(() => window.__xssRan), 0, `${who}: no payload ran`);
  assert.deepEqual(record.outside, [], `${who}: no payload made the browser fetch anything`);
  // Every recap printed, each whole inside its element: one inline script child.
  const count = corpusParts.length + 3;
  let { elements } = await readPage(page);
  assert.equal(elements.length, count, `${who}: ${elements.length} of ${count} recaps printed`);
  for (const el of elements) assert.equal(el.children.length, 1, `${who}, ${el.tag}: something escaped the inline script (${el.children.join(', ')})`);
  // As written in the page: no "<" and no raw line separators inside any inline JSON.
  for (const [, data] of html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)) assert.doesNotMatch(data, /[<\u2028\u2029]/);

  // The data the contributor wrote reached each element exactly.
  await settled(page, count);
  const read = await readPage(page);
  elements = read.elements;
  assert.deepEqual(read.events.filter((e) => e.type === 'recap-error'), []);
  assert.deepEqual(JSON.parse(elements[0].data), composite);
  corpusParts.forEach((part, i) => assert.deepEqual(JSON.parse(elements[i + 1].data), part));
  assert.deepEqual(JSON.parse(elements.at(-2).data), shortcodeJson);

  // Shown as text: every breaker in the composite's title and claims, every corpus vector as a claim.
  assert.ok(elements[0].text.includes(composite.title));
  for (const f of composite.figures) assert.ok(elements[0].text.includes(f.claim.by), `shown as text: ${JSON.stringify(f.claim.by)}`);
  const corpusText = elements.slice(1, corpusParts.length + 1).map((e) => e.text).join('\n');
  const missing = corpus.filter((payload) => !corpusText.includes(payload));
  assert.deepEqual(missing, [], `${corpus.length - missing.length} of ${corpus.length} vectors shown as text`);
  assert.ok(elements.at(-2).text.includes(shortcodeJson.title));
  assert.match(elements.at(-1).text, /__xss\(\)/, 'the Markdown recap shows the payload as text');
  assert.equal(await page.evaluate(() => window.__xssRan), 0, `${who}: no payload ran`);
  assert.deepEqual(record.dialogs, [], `${who}: no alert, confirm or prompt`);
}

test('a post without a recap loads no Recap file', async () => {
  const { page, record, close } = await openPage(browser);
  await page.goto(`${site.url}/?p=${site.noRecapPost}`);
  await page.waitForFunction(() => document.readyState === 'complete');
  assert.match(await page.content(), /Nothing to recap here/);
  assert.deepEqual(recapFiles(record).map((f) => f.url), []);
  assert.equal(await page.$('recap-article, recap-summary, recap-figures, recap-quiz'), null);
  const without = sum(record.responses);
  if (published.recapPage) {
    const { total, recap, files } = published.recapPage;
    console.log(`# page weight: the recap post ${kib(total)} in all, of which Recap ${kib(recap)} (${files.join(', ')}); the post without a recap ${kib(without)}, no Recap file (php -S sends no compression)`);
  }
  await close();
});
