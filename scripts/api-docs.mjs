// docs/api.md, the API reference, written from custom-elements.json (`npm run analyze` runs it
// after the analyzer; test/node/api-docs.test.mjs fails when the committed page is stale).
// Each event's detail type is spelt out field by field from the TypeScript sources, since the
// manifest names the type only.
//
// Our own rather than @custom-elements-manifest/to-markdown 0.1: its page is laid out by source
// module, lists protected members even with private: 'hidden', gives attributes no type, default
// or description, writes line breaks in descriptions as &#xA;, and brings 106 packages.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { elementsOf, settable } from './framework-types.mjs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** Text for one table cell: one line, pipes escaped. */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) => (rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''] : []);

/** The fields of each event detail type, read from the module that exports it. */
function detailFields(elements) {
  const files = [...new Set(elements.map((e) => e.path))];
  const { options } = ts.convertCompilerOptionsFromJson(JSON.parse(read('tsconfig.json')).compilerOptions, root.pathname);
  const program = ts.createProgram(files.map((f) => new URL(f, root).pathname), { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const found = new Map();
  for (const e of elements) {
    const source = program.getSourceFile(new URL(e.path, root).pathname);
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source));
    for (const event of e.events ?? []) {
      const name = event.type?.text;
      if (!name || found.has(name)) continue;
      let symbol = exports.find((s) => s.name === name);
      if (!symbol) throw new Error(`${e.path} does not export ${name}, the detail type of ${event.name}`);
      if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol.declarations[0];
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      found.set(
        name,
        checker.getPropertiesOfType(type).map((p) => ({
          name: p.name + (p.flags & ts.SymbolFlags.Optional ? '?' : ''),
          // As written in the source (`Article`, `Score`), else as the checker spells it.
          type: p.declarations?.[0]?.type?.getText() ?? checker.typeToString(checker.getTypeOfSymbolAtLocation(p, declaration), undefined, ts.TypeFormatFlags.NoTruncation),
          description: ts.displayPartsToString(p.getDocumentationComment(checker)),
        })),
      );
    }
  }
  return found;
}

/** How a page loads the element: the package entry that defines it, and its script-tag file. */
function entriesOf(element, manifest, pkg) {
  const define = manifest.modules.find((m) => (m.exports ?? []).some((x) => x.kind === 'custom-element-definition' && x.name === element.tagName));
  const target = define && `./dist/${define.path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
  // The entry that is the define module, else the one beside it that imports it (recap-widgets/editor).
  const targets = target ? [target, target.replace(/[^/]+$/, 'index.js')] : [];
  const entry = targets.map((t) => Object.entries(pkg.exports).find(([, x]) => (typeof x === 'string' ? x : x.default) === t)?.[0]).find(Boolean);
  const bundle = Object.keys(pkg.exports).find((k) => k === `./${element.tagName}.min.js`);
  return [entry && `\`import 'recap-widgets${entry.slice(1)}'\``, bundle && `\`<script type="module" src="…/dist${bundle.slice(1)}">\``].filter(Boolean);
}

export function apiMarkdown(manifest, pkg) {
  const elements = elementsOf(manifest).sort((a, b) => a.tagName.localeCompare(b.tagName));
  const details = detailFields(elements);
  const out = [
    '# API reference',
    '',
    '<!-- Generated from custom-elements.json by scripts/api-docs.mjs (npm run analyze): do not edit. -->',
    '',
    'Every element of `recap-widgets`: its attributes and properties, the events it fires and what their',
    '`detail` holds, its methods, and what you can style (CSS custom properties and `::part()`). Set data as the',
    '`article` property (or the `src` attribute, or an inline `<script type="application/json">` child);',
    'attributes are for strings, numbers and switches. Types are TypeScript; `Article` is the',
    '[data contract](article-data.md). The same facts, for your framework and code editor, ship in the',
    'package (see the README, "In your framework").',
    '',
    ...elements.map((e) => `- [\`<${e.tagName}>\`](#${e.tagName}): ${e.summary ?? ''}`),
    '- [Event details](#event-details): what each event\'s `detail` holds.',
    '',
  ];
  for (const e of elements) {
    const members = e.members ?? [];
    const attributes = e.attributes ?? [];
    const attributeOf = new Map(attributes.map((a) => [a.fieldName, a]));
    out.push(`## ${e.tagName}`, '', `\`<${e.tagName}>\`, class \`${e.name}\`. ${e.summary ?? ''}`, '', e.description ?? '', '');
    const entries = entriesOf(e, manifest, pkg);
    if (entries.length) out.push(`Load it with ${entries.join(' or ')}.`, '');
    out.push(
      ...(attributes.length ? ['### Attributes', ''] : []),
      ...table(
        ['attribute', 'property', 'type', 'default', 'description'],
        attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
      ),
    );
    const properties = members.filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static && !attributeOf.has(m.name));
    out.push(
      ...(properties.length ? ['### Properties', '', 'Set from code (no attribute).', ''] : []),
      ...table(
        ['property', 'type', 'default', 'description'],
        properties.map((m) => [code(m.name), code(m.type?.text), code(m.default), cell(`${m.readonly || !settable(m) ? '(read-only) ' : ''}${m.description ?? ''}`)]),
      ),
    );
    const events = e.events ?? [];
    if (events.length) {
      out.push('### Events', '', 'Each is a `CustomEvent` that bubbles and crosses shadow roots; `event.detail` has the type named here.', '');
      const detail = (v) => (v.type?.text ? `[${code(v.type.text)}](#${v.type.text.toLowerCase()})` : '');
      out.push(...table(['event', 'detail', 'description'], events.map((v) => [code(v.name), detail(v), cell(v.description)])));
    }
    const methods = members.filter((m) => m.kind === 'method' && (m.privacy ?? 'public') === 'public' && m.description);
    const signature = (m) => `${m.static ? `${e.name}.` : ''}${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}${p.default ? ` = ${p.default}` : ''}`).join(', ')})${m.return?.type ? `: ${m.return.type.text}` : ''}`;
    out.push(...(methods.length ? ['### Methods', ''] : []), ...table(['method', 'description'], methods.map((m) => [code(signature(m)), cell(m.description)])));
    const slots = e.slots ?? [];
    out.push(...(slots.length ? ['### Slots', ''] : []), ...table(['slot', 'description'], slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])));
    const props = e.cssProperties ?? [];
    out.push(...(props.length ? ['### CSS custom properties', ''] : []), ...table(['property', 'default', 'description'], props.map((p) => [code(p.name), code(p.default), cell(p.description)])));
    const parts = e.cssParts ?? [];
    out.push(...(parts.length ? ['### CSS parts', '', `Style them with \`${e.tagName}::part(name)\`.`, ''] : []), ...table(['part', 'description'], parts.map((p) => [code(p.name), cell(p.description)])));
  }
  out.push('## Event details', '', 'What `event.detail` holds, for every event above.', '');
  for (const [name, fields] of [...details].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`### ${name}`, '', ...table(['field', 'type', 'description'], fields.map((f) => [code(f.name), code(f.type), cell(f.description)])));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const markdown = apiMarkdown(JSON.parse(read('custom-elements.json')), JSON.parse(read('package.json')));
  writeFileSync(new URL('docs/api.md', root), markdown);
  console.log('docs/api.md written from custom-elements.json');
}
