// Script-tag bundles: lit and marked inlined, self-registering, minified.
// The npm modules in dist/ are tsc's output, with lit and marked left external.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const bundle = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    minifyTemplates(),
    terser({ ecma: 2022, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
  ],
});

export default [
  // Everything.
  bundle('dist/bundle.js', 'dist/recap.min.js'),
  // One element each, for pages that need only that one.
  bundle('dist/elements/recap-quiz/define.js', 'dist/recap-quiz.min.js'),
  bundle('dist/elements/recap-summary/define.js', 'dist/recap-summary.min.js'),
  bundle('dist/elements/recap-figures/define.js', 'dist/recap-figures.min.js'),
];
