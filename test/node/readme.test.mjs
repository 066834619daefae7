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
