// The README is read on the registry's page and pasted from: links must work there
// (absolute), and the JSON it shows must be JSON a user can paste.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { validateArticle } from '../../dist/data/validate.js';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
const repository = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')).homepage.replace(/#.*$/, '');

test('every link and image in the README is absolute or an anchor, so it works on the registry page', () => {
  const targets = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  assert.ok(targets.length > 5);
  const relative = targets.filter((t) => !/^(https?:|mailto:|#)/.test(t));
  assert.deepEqual(relative, []);
  const own = targets.filter((t) => t.startsWith('https://github.com/'));
  for (const t of own) assert.ok(t.startsWith(repository + '/'), `${t} is not under ${repository}`);
});

test('every JSON block in the README is valid JSON, and the data example is a valid article', () => {
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length >= 1, 'no ```json block');
  const articles = blocks.map((b) => JSON.parse(b)).filter((v) => v.schemaVersion !== undefined);
  assert.ok(articles.length >= 1);
  for (const a of articles) assert.deepEqual(validateArticle(a).ok ? [] : validateArticle(a).problems, []);
  assert.doesNotMatch(readme, /```jsonc/, 'a jsonc block cannot be pasted as JSON');
});

// "In your framework": each snippet is a file (or a run of lines) of a consumer project that
// `npm run consumers` builds and type-checks from the packed package, so what the README shows compiles.
const frameworks = readme.slice(readme.indexOf('\n## In your framework\n'), readme.indexOf('\n## Pre-render on your server\n'));
const blocks = [...frameworks.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));

test('every framework snippet in the README is code a consumer project builds and checks', async () => {
  const { readdir } = await import('node:fs/promises');
  const consumers = new URL('../consumers/', import.meta.url);
  const files = (await readdir(consumers, { recursive: true })).filter((f) => /\.(tsx?|vue|svelte)$/.test(f) && !f.includes('node_modules'));
  const sources = await Promise.all(files.map((f) => readFile(new URL(f, consumers), 'utf8')));
  const checked = blocks.filter((b) => ['tsx', 'ts', 'vue', 'svelte'].includes(b.lang));
  assert.ok(checked.length >= 7, `${checked.length} snippets`);
  for (const lang of ['tsx', 'vue', 'svelte']) assert.ok(checked.some((b) => b.lang === lang), `no ${lang} snippet`);
  assert.ok(checked.some((b) => b.code.includes('CUSTOM_ELEMENTS_SCHEMA')), 'no Angular snippet');
  for (const b of checked) assert.ok(sources.some((s) => s.includes(b.code)), `not in any of test/consumers: \n${b.code}`);
});

test('the Vue CLI snippet makes vue-loader treat recap-* tags, and only those, as custom elements', () => {
  const block = blocks.find((b) => b.lang === 'js' && b.code.includes('chainWebpack'));
  assert.ok(block);
  const module = { exports: {} };
  new Function('module', block.code)(module);
  let options = { hotReload: false, compilerOptions: { whitespace: 'condense' } };
  const chain = { module: { rule: (name) => (assert.equal(name, 'vue'), { use: (loader) => (assert.equal(loader, 'vue-loader'), { tap: (fn) => (options = fn(options)) }) }) } };
  module.exports.chainWebpack(chain);
  assert.equal(options.hotReload, false);
  assert.equal(options.compilerOptions.isCustomElement('recap-quiz'), true);
  assert.equal(options.compilerOptions.isCustomElement('recap-editor'), true);
  assert.equal(options.compilerOptions.isCustomElement('my-widget'), false);
});

test('the README links the API reference and names editor data files the build writes', async () => {
  assert.match(readme, /\]\(https:\/\/github\.com\/recap-widgets\/recap-widgets\/blob\/main\/docs\/api\.md\)/);
  const settings = JSON.parse(blocks.find((b) => b.lang === 'json' && b.code.includes('html.customData')).code);
  for (const path of [...settings['html.customData'], ...settings['css.customData']]) {
    await readFile(new URL(`../../${path.replace('./node_modules/recap-widgets/', '')}`, import.meta.url));
  }
});
