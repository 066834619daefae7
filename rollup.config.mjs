// Script-tag bundles: lit and marked inlined, self-registering, minified.
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
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    minifyTemplates(),
    terser({ ecma: 2022, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
  ],
});

export default [
  // Everything.
  bundle('dist/bundles/recap.js', 'dist/recap.min.js'),
  // One element each, for pages that need only that one.
  bundle('dist/bundles/recap-quiz.js', 'dist/recap-quiz.min.js'),
  bundle('dist/bundles/recap-summary.js', 'dist/recap-summary.min.js'),
  bundle('dist/bundles/recap-figures.js', 'dist/recap-figures.min.js'),
  // The editor (authoring only): its own file, so the reader bundles do not grow.
  bundle('dist/bundles/recap-editor.js', 'dist/recap-editor.min.js'),
];
