export default {
  globs: ['src/elements/**/*.ts', 'src/shared/recap-element.ts', 'src/editor/recap-editor.ts', 'src/editor/define.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  // package.json names the committed manifest; the analyzer must not rewrite it (CI analyzes into a scratch folder).
  packagejson: false,
  plugins: [
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
      // The analyzer lists modules in file-system order, which differs between machines;
      // sort them so CI's freshness check compares content, not directory order.
      name: 'recap-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
