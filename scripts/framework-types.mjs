// Framework types and code-editor data, generated from custom-elements.json (`npm run build`
// writes them into dist/; test/node/framework-types.test.mjs checks them against the manifest).
//
//   dist/types/jsx.d.ts   every element's props (attributes, properties, events with typed
//                         detail), by custom-element-jsx-integration
//   dist/types/react.d.ts React 19 JSX, dist/types/preact.d.ts Preact, dist/types/svelte.d.ts
//                         Svelte 5 (svelte/elements): each the framework's own element attributes
//                         plus those props
//   dist/types/vue.d.ts   Vue 3 GlobalComponents, as Vue's guide types elements not built with
//                         Vue ($props and $emit), so vue-tsc checks props and events
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code custom data,
//                         by custom-element-vs-code-integration
//   dist/web-types.json   JetBrains web-types, by custom-element-jet-brains-integration
//
// The framework wrappers are ours: custom-element-vuejs-integration 1.4 types each element as
// DefineComponent<Props>, with which vue-tsc 3 accepted :article="42" and mode="bogus";
// custom-element-svelte-integration 1.2 writes Svelte 4 `on:`/`bind:` props into a namespace that
// does not reach svelte/elements, with which svelte-check 4 accepted the same (both measured).
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const repository = 'https://github.com/recap-widgets/recap-widgets';
/** Where each element's API is documented (docs/api.md, written by scripts/api-docs.mjs). */
export const apiUrl = (tag) => `${repository}/blob/main/docs/api.md#${tag}`;

/** The elements of the manifest with the module each is declared in. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: m.path })));
}

/** Fields a page can set: public, not static, not read-only. */
export const settable = (member) => member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static && !member.readonly && !member.name.startsWith('#');

/** The declaration file of a source module, as a path from dist/types/. */
const typesPath = (path) => `../${path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;

/**
 * The manifest as the generators should read it: only the elements; only what a page can set
 * (custom-element-jsx-integration offers read-only fields such as `problems` as props, and
 * setting one throws); and each event's detail type named where it is exported, as an
 * `import()` type, since the generator imports a type that two elements share once per
 * element, which TypeScript refuses as a duplicate identifier (TS2300).
 */
export function generatorManifest(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    mod.declarations = (mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
    for (const d of mod.declarations) {
      d.members = (d.members ?? []).filter((m) => m.kind !== 'field' || settable(m));
      for (const e of d.events ?? []) if (e.type?.text) e.type.text = `import("${typesPath(mod.path)}").${e.type.text}`;
    }
  }
  copy.modules = copy.modules.filter((m) => m.declarations.length);
  return copy;
}

const banner = '// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\n';
const importsOf = (elements) => elements.map((e) => `import type { ${e.name} } from '${typesPath(e.path)}';`).join('\n');
const propsImport = (elements) => `import type { ${elements.map((e) => `${e.name}Props`).join(', ')} } from './jsx.js';`;
const doc = (e, indent) => `${indent}/** ${e.summary ?? ''} ${apiUrl(e.tagName)} */`;

/** The JSX wrappers: each framework's own attributes for the element, plus the element's props. */
function jsxFile(elements, { head, module, namespace, attributes }) {
  const indent = namespace ? '      ' : '    ';
  const lines = elements.map((e) => `${doc(e, indent)}\n${indent}'${e.tagName}': ${attributes(e.name)} & ${e.name}Props;`);
  const body = `interface ${namespace ? 'IntrinsicElements' : 'SvelteHTMLElements'} {\n${lines.join('\n')}\n${indent.slice(2)}}`;
  return `${banner}${head}\n${importsOf(elements)}\n${propsImport(elements)}\n
declare module '${module}' {
  ${namespace ? `namespace ${namespace} {\n    ${body}\n  }` : body}
}
`;
}

const react = (elements) =>
  jsxFile(elements, {
    head: `/**
 * Typed JSX for React 19: \`import type {} from 'recap-widgets/react';\` once. React 19 sets
 * \`article\` as a property and listens to \`onrecap-answer\` and the other recap-* events itself.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';`,
    module: 'react',
    namespace: 'JSX',
    attributes: (name) => `DetailedHTMLProps<HTMLAttributes<${name}>, ${name}>`,
  });

const preact = (elements) =>
  jsxFile(elements, {
    head: `/** Typed JSX for Preact 10 and 11: \`import type {} from 'recap-widgets/preact';\` once. */
import type { HTMLAttributes } from 'preact';`,
    module: 'preact',
    namespace: 'JSX',
    attributes: (name) => `HTMLAttributes<${name}>`,
  });

const svelte = (elements) =>
  jsxFile(elements, {
    head: `/**
 * Typed elements for Svelte 5, checked by svelte-check: \`import type {} from 'recap-widgets/svelte';\`
 * once (in a .ts or a <script lang="ts">). \`onrecap-answer={...}\` listens to recap-answer.
 */
import type { HTMLAttributes } from 'svelte/elements';`,
    module: 'svelte/elements',
    attributes: (name) => `HTMLAttributes<${name}>`,
  });

/** Vue's recipe for elements not built with Vue: $props for the properties, $emit for the events. */
function vue(elements) {
  const lines = elements.map((e) => {
    const fields = [...new Set((e.members ?? []).filter(settable).map((m) => `'${m.name}'`))].join(' | ') || 'never';
    return `${doc(e, '    ')}\n    '${e.tagName}': RecapVueElement<${e.name}, ${fields}, ${e.name}Props>;`;
  });
  return `${banner}/**
 * Vue 3 templates type-check the recap-* elements (vue-tsc): \`import type {} from 'recap-widgets/vue';\`
 * once. Bind properties (\`:article="data"\`, \`:heading-level="3"\`) and listen with \`@recap-answer\`;
 * with \`"vueCompilerOptions": { "strictTemplates": true }\` a misspelt event or attribute is an error too.
 * Vue must also be told they are custom elements (compilerOptions.isCustomElement; see the README).
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${importsOf(elements)}
${propsImport(elements)}

/** The element's events, from its JSX props (\`onrecap-answer\` becomes \`recap-answer\`). */
type EventsOf<P> = { [K in keyof P as K extends \`on\${infer E}\` ? E : never]-?: Exclude<P[K], undefined> };

type RecapVueElement<E extends HTMLElement, Fields extends keyof E, P> = new () => E & {
  /** @deprecated For template type checking only: not on the element. */
  $props: HTMLAttributes & Partial<Pick<E, Fields>> & PublicProps;
  /** @deprecated For template type checking only: not on the element. */
  $emit: EmitFn<EventsOf<P>>;
};

declare module 'vue' {
  interface GlobalComponents {
${lines.join('\n')}
  }
}
`;
}

/** Writes every generated file into `outdir` (dist/ in the build). */
export async function writeFrameworkFiles(manifest, outdir) {
  const elements = elementsOf(manifest);
  const types = join(outdir, 'types');
  await mkdir(types, { recursive: true });
  const input = generatorManifest(manifest);
  const quiet = { hideLogs: true };
  const componentTypePath = (name) => typesPath(elements.find((e) => e.name === name).path);
  const log = console.log;
  // The generators log "Generated ..." even when asked not to; the build prints its own line.
  console.log = () => {};
  try {
    generateJsxTypes(structuredClone(input), { ...quiet, outdir: types, fileName: 'jsx.d.ts', componentTypePath });
    generateVsCodeCustomElementData(structuredClone(input), {
      ...quiet,
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      descriptionSrc: 'description',
      referencesTemplate: (_name, tag) => [{ name: 'API reference', url: apiUrl(tag) }],
    });
    generateJetBrainsWebTypes(structuredClone(input), {
      ...quiet,
      outdir,
      webTypesFileName: 'web-types.json',
      descriptionSrc: 'description',
      referencesTemplate: (_name, tag) => ({ name: 'API reference', url: apiUrl(tag) }),
    });
  } finally {
    console.log = log;
  }
  const wrappers = { react, preact, svelte, vue };
  for (const [name, make] of Object.entries(wrappers)) {
    await writeFile(join(types, `${name}.d.ts`), make(elements));
    // Types only; the empty module lets `import 'recap-widgets/react'` (without `type`) resolve too.
    await writeFile(join(types, `${name}.js`), `${banner}export {};\n`);
  }
  await writeFile(join(types, 'jsx.js'), `${banner}export {};\n`);
  return ['jsx', ...Object.keys(wrappers)];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = new URL('..', import.meta.url);
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const written = await writeFrameworkFiles(manifest, new URL('dist', root).pathname);
  console.log(`dist/types/{${written.join(',')}}.d.ts, dist/web-types.json and dist/vscode.*-custom-data.json from custom-elements.json`);
}
