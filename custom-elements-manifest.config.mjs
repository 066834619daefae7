export default {
  globs: ['src/elements/**/*.ts', 'src/shared/recap-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
};
