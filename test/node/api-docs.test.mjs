// docs/api.md is the manifest's API reference, regenerated and compared: a changed element
// (a new attribute, event or part, a reworded JSDoc) fails here until `npm run analyze` rewrites
// both the manifest and the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { apiMarkdown } from '../../scripts/api-docs.mjs';
import { elementsOf } from '../../scripts/framework-types.mjs';

const read = (path) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(await read('custom-elements.json'));
const page = await read('docs/api.md');

test('docs/api.md is what custom-elements.json makes now (npm run analyze rewrites it)', async () => {
  assert.equal(page, apiMarkdown(manifest, JSON.parse(await read('package.json'))), 'docs/api.md is stale: run npm run analyze and commit it');
});

test('the page covers every element: attributes, properties, events with detail fields, methods, slots, CSS properties and parts', () => {
  for (const e of elementsOf(manifest)) {
    const section = page.split(/^## /m).find((s) => s.startsWith(`${e.tagName}\n`));
    assert.ok(section, e.tagName);
    const row = (name) => new RegExp(`^\\| \`${name.replace(/[()[\]|]/g, '\\$&')}\` \\|`, 'm');
    for (const a of e.attributes ?? []) assert.match(section, row(a.name), `${e.tagName} attribute ${a.name}`);
    for (const v of e.events ?? []) {
      assert.match(section, new RegExp(`^\\| \`${v.name}\` \\| \\[\`${v.type.text}\`\\]`, 'm'), `${e.tagName} event ${v.name}`);
      assert.match(page, new RegExp(`^### ${v.type.text}\\n\\n\\| field`, 'm'), `detail fields of ${v.type.text}`);
    }
    for (const p of e.cssProperties ?? []) assert.match(section, row(p.name), `${e.tagName} ${p.name}`);
    for (const p of e.cssParts ?? []) assert.match(section, row(p.name), `${e.tagName} part ${p.name}`);
    if (e.description) assert.ok(section.includes(e.description.split('\n')[0]), `${e.tagName} description`);
  }
  assert.match(page, /^\| `actor` \| `XapiAgent` \|/m);
});
