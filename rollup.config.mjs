// Script-tag bundles: lit and marked inlined, self-registering, minified. Each bundle is
// one file plus the languages other than English, which sit next to it as
// recap-lang-<code>.min.js and load, relative to the bundle's own URL, when a page needs them.
// The npm modules in dist/ are tsc's output, with lit and marked left external.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const bundle = (input, file) => ({
  input,
  // tsc's decorator helper reads `this` at module level, where it is undefined in ESM; that is expected.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  output: {
    dir: 'dist',
    entryFileNames: file,
    // Every bundle splits out the same language files (data only), so they share one name.
    chunkFileNames: (chunk) => {
      const lang = chunk.moduleIds.length === 1 && /[\\/]locales[\\/]([a-z]{2,3})\.js$/.exec(chunk.moduleIds[0])?.[1];
      if (!lang) throw new Error(`unexpected chunk ${chunk.name} (${chunk.moduleIds.join(', ')}): only languages are split out`);
      return `recap-lang-${lang}.min.js`;
    },
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    minifyTemplates(),
    terser({ ecma: 2022, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
  ],
});

export default [
  // Everything.
  bundle('dist/bundles/recap.js', 'recap.min.js'),
  // One element each, for pages that need only that one.
  bundle('dist/bundles/recap-quiz.js', 'recap-quiz.min.js'),
  bundle('dist/bundles/recap-summary.js', 'recap-summary.min.js'),
  bundle('dist/bundles/recap-figures.js', 'recap-figures.min.js'),
];
