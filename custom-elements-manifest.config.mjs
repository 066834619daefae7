export default {
  globs: ['src/elements/**/*.ts', 'src/shared/recap-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  // package.json names the committed manifest; the analyzer must not rewrite it (CI analyzes into a scratch folder).
  packagejson: false,
  plugins: [
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
