// The Eleventy example (examples/eleventy) builds, and its page carries the pre-rendered elements.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
const example = new URL('../../examples/eleventy/', import.meta.url);

test('the Eleventy example pre-renders its recaps at build time', async () => {
  await rm(new URL('_site/', example), { recursive: true, force: true });
  const eleventy = new URL('../../node_modules/@11ty/eleventy/cmd.cjs', import.meta.url).pathname;
  await run('node', [eleventy], { cwd: example.pathname });
  const page = await readFile(new URL('_site/index.html', example), 'utf8');
  for (const tag of ['recap-summary', 'recap-quiz']) {
    assert.match(page, new RegExp(`<${tag} [^>]*><template shadowroot="open" shadowrootmode="open">`));
    assert.match(page, new RegExp(`<script type="application/json">[^<]*</script></${tag}>`));
  }
  assert.match(page, /Checking answers needs JavaScript\./);
  // The bundle and every file it may load from next to itself (a quiz whose text has Markdown
  // takes over only with marked's file there).
  const bundle = await readFile(new URL('_site/recap.min.js', example), 'utf8');
  const loads = [...new Set(bundle.match(/(?<=")\.\/recap-[a-z-]+\.min\.js(?=")/g))];
  assert.ok(loads.includes('./recap-markdown.min.js'), loads.join(' '));
  const missing = [];
  for (const file of loads) await readFile(new URL(`_site/${file}`, example)).catch(() => missing.push(file));
  assert.deepEqual(missing, []);
});
