export default {
  globs: ['src/elements/**/*.ts', 'src/shared/recap-element.ts', 'src/editor/recap-editor.ts', 'src/editor/define.ts'],
  // The quiz's inner modules (controllers, question kinds, render parts) are not API.
  exclude: ['src/**/*.styles.ts', 'src/elements/recap-quiz/!(recap-quiz|define).ts', 'src/elements/recap-quiz/questions/**'],
  litelement: true,
  outdir: '.',
  // package.json names the committed manifest; the analyzer must not rewrite it (CI analyzes into a scratch folder).
  packagejson: false,
  plugins: [
    {
      // Internal reactive state (`state: true` in static properties, always protected or private
      // here) has no attribute; the analyzer reads every static property as one. Runs first, so
      // the plugins below see the element's real attributes.
      name: 'recap-no-state-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const decl of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
          const internal = new Set((decl.members ?? []).filter((m) => m.kind === 'field' && (m.privacy === 'private' || m.privacy === 'protected')).map((m) => m.name));
          for (const m of (decl.members ?? []).filter((m) => internal.has(m.name))) {
            delete m.attribute;
            delete m.reflects;
          }
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !internal.has(a.fieldName));
        }
      },
    },
    {
      // define.ts registers through the element's static define(), which the analyzer does not
      // follow; record each registration as it recorded customElements.define() calls.
      name: 'recap-define-calls',
      packageLinkPhase({ customElementsManifest }) {
        const declarations = customElementsManifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => [d, m.path]));
        for (const mod of customElementsManifest.modules.filter((m) => m.path.endsWith('/define.ts'))) {
          for (const exp of mod.exports ?? []) {
            const found = declarations.find(([d]) => d.name === exp.name && d.tagName);
            if (!found || (mod.exports ?? []).some((e) => e.kind === 'custom-element-definition')) continue;
            const [decl, path] = found;
            mod.exports.unshift({ kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: `/${path.replace(/\.ts$/, '.js')}` } });
          }
        }
      },
    },
    {
      // The analyzer lists modules in file-system order, which differs between machines;
      // sort them so CI's freshness check compares content, not directory order.
      name: 'recap-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
