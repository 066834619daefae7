// The framework types and code-editor data in dist/ say what custom-elements.json says: every
// element, every attribute and settable property with the element's own type, every event with
// its detail type, and nothing a page cannot set. And dist/ is what the manifest makes now, so
// a manifest changed after the build (or a build that skipped the step) fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { elementsOf, settable, writeFrameworkFiles } from '../../scripts/framework-types.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');
const manifest = JSON.parse(await read('custom-elements.json'));
const elements = elementsOf(manifest);
const pkg = JSON.parse(await read('package.json'));

/** The keys of `export type <name> = { ... };` in a generated declaration file. */
function propsOf(source, name) {
  const block = source.match(new RegExp(`export type ${name} = \\{([\\s\\S]*?)\\n\\};`))?.[1];
  assert.ok(block, `no ${name} in the file`);
  return new Map([...block.matchAll(/^\s*"?([\w-]+)"?\?:\s*([^;]+(?:;|$))/gm)].map((m) => [m[1], m[2].replace(/\s+/g, '').replace(/,\)/g, ')')]));
}

test('the manifest has every element, the editor included, and the generated files are made for each', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ['recap-article', 'recap-editor', 'recap-figures', 'recap-quiz', 'recap-summary']);
});

test('dist/ holds what the manifest generates now (rebuild after npm run analyze)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'recap-types-'));
  try {
    await writeFrameworkFiles(manifest, dir);
    const files = [...(await readdir(join(dir, 'types'))).map((f) => `types/${f}`), ...(await readdir(dir)).filter((f) => f.endsWith('.json'))];
    assert.ok(files.length >= 13, files.join(', '));
    for (const f of files) assert.equal(await read(`dist/${f}`), await readFile(join(dir, f), 'utf8'), `dist/${f} is not what custom-elements.json makes: run npm run build`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('JSX props: every attribute and settable property with the class’s own type, every event with its detail, no read-only field', async () => {
  const jsx = await read('dist/types/jsx.d.ts');
  for (const e of elements) {
    const props = propsOf(jsx, `${e.name}Props`);
    const expected = new Map();
    for (const a of e.attributes ?? []) expected.set(a.name, `${e.name}["${a.fieldName}"];`);
    const attributeFields = new Set((e.attributes ?? []).map((a) => a.fieldName));
    for (const m of (e.members ?? []).filter(settable)) if (!attributeFields.has(m.name)) expected.set(m.name, `${e.name}["${m.name}"];`);
    for (const v of e.events ?? []) expected.set(`on${v.name}`, `(e:CustomEvent<import("../${e.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}").${v.type.text}>)=>void;`);
    assert.deepEqual(Object.fromEntries(props), Object.fromEntries(expected), `${e.name}Props`);
    for (const m of (e.members ?? []).filter((x) => x.kind === 'field' && x.readonly)) assert.ok(!props.has(m.name), `${e.tagName}: read-only ${m.name} offered as a prop`);
  }
});

test('React, Preact and Svelte declare each element with its props; Vue picks exactly the settable properties', async () => {
  for (const framework of ['react', 'preact', 'svelte']) {
    const source = await read(`dist/types/${framework}.d.ts`);
    for (const e of elements) assert.match(source, new RegExp(`'${e.tagName}': [^;]*& ${e.name}Props;`), `${framework}: ${e.tagName}`);
  }
  const vue = await read('dist/types/vue.d.ts');
  assert.match(vue, /interface GlobalComponents/);
  for (const e of elements) {
    const picked = vue.match(new RegExp(`'${e.tagName}': RecapVueElement<${e.name}, ([^>]*), ${e.name}Props>;`))?.[1];
    assert.ok(picked, `vue: ${e.tagName}`);
    const fields = picked.split(' | ').map((f) => f.replace(/'/g, '')).sort();
    assert.deepEqual(fields, [...new Set((e.members ?? []).filter(settable).map((m) => m.name))].sort(), `vue: ${e.tagName}`);
  }
});

test('each framework entry in package.json points at its generated file, and web-types is declared', () => {
  for (const f of ['react', 'preact', 'svelte', 'vue', 'jsx']) assert.deepEqual(pkg.exports[`./${f}`], { types: `./dist/types/${f}.d.ts`, default: `./dist/types/${f}.js` });
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
});

/** The values an editor should offer for an attribute: its string or number literals. */
const literals = (type) => [...(type ?? '').matchAll(/'([^']*)'|(?:^|\|)\s*(\d+)\s*(?=\||$)/g)].map((m) => m[1] ?? m[2]);

test('VS Code data and web-types: every element, attribute, value, event, CSS property and part', async () => {
  const vscode = JSON.parse(await read('dist/vscode.html-custom-data.json'));
  const vscodeCss = JSON.parse(await read('dist/vscode.css-custom-data.json'));
  const webTypes = JSON.parse(await read('dist/web-types.json'));
  assert.equal(webTypes.version, pkg.version);
  for (const e of elements) {
    const tag = vscode.tags.find((t) => t.name === e.tagName);
    const wt = webTypes.contributions.html.elements.find((t) => t.name === e.tagName);
    assert.ok(tag && wt, e.tagName);
    for (const a of e.attributes ?? []) {
      const values = literals(a.type?.text);
      assert.deepEqual((tag.attributes.find((x) => x.name === a.name)?.values ?? []).map((v) => v.name), values, `vscode ${e.tagName} ${a.name}`);
      const wta = wt.attributes.find((x) => x.name === a.name);
      assert.ok(wta, `web-types ${e.tagName} ${a.name}`);
      if (values.length) for (const v of values) assert.match(JSON.stringify(wta.value), new RegExp(`\\b${v}\\b`), `web-types ${e.tagName} ${a.name} ${v}`);
    }
    assert.deepEqual(tag.attributes.map((a) => a.name).sort(), (e.attributes ?? []).map((a) => a.name).sort(), `vscode ${e.tagName}: attributes`);
    assert.deepEqual((wt.js?.events ?? []).map((v) => v.name).sort(), (e.events ?? []).map((v) => v.name).sort(), `web-types ${e.tagName}: events`);
    for (const p of e.cssProperties ?? []) assert.ok(vscodeCss.properties.some((x) => x.name === p.name), `vscode css ${p.name}`);
    for (const p of e.cssParts ?? []) assert.ok(vscodeCss.pseudoElements.some((x) => x.name === `::part(${p.name})`), `vscode part ${p.name}`);
  }
});
