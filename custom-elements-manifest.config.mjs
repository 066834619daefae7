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
      // <recap-article> declares the quiz's own options at run time (quiz-options.ts) and passes
      // them on; the analyzer cannot see that, so document the same attributes and fields here,
      // taken from <recap-quiz>'s entry rather than from a list kept by hand.
      name: 'recap-article-quiz-options',
      packageLinkPhase({ customElementsManifest }) {
        const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
        const quiz = declarations.find((d) => d.tagName === 'recap-quiz');
        const article = declarations.find((d) => d.tagName === 'recap-article');
        if (!quiz || !article) return;
        const passedOn = (description) => `Passed on to the quiz: ${description ?? ''}`.trim();
        const own = (x) => !x.inheritedFrom && !x.static && (x.privacy ?? 'public') === 'public';
        // Fields typed after the quiz's (`declare mode: RecapQuiz['mode']`) take the quiz's entry.
        article.members = (article.members ?? []).filter((m) => !(m.type?.text ?? '').startsWith('RecapQuiz['));
        for (const attr of (quiz.attributes ?? []).filter(own)) {
          if ((article.attributes ?? []).some((a) => a.name === attr.name)) continue;
          (article.attributes ??= []).push({ ...attr, description: passedOn(attr.description) });
        }
        for (const member of (quiz.members ?? []).filter((x) => own(x) && x.kind === 'field')) {
          if ((article.members ?? []).some((m) => m.name === member.name)) continue;
          (article.members ??= []).push({ ...member, description: passedOn(member.description) });
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
