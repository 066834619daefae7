// Mutation testing of the pure modules (npm run mutate): Stryker changes src/data and
// src/render one small edit at a time and runs their tests under Node (test/mutation/register.mjs);
// a mutant that no test notices is printed as surviving.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mutate: [
    'src/data/**/*.ts',
    'src/render/**/*.ts',
    // Types only, and documentation strings for the generated JSON Schema.
    '!src/data/types.ts',
    '!src/data/schema-docs.ts',
    '!src/data/index.ts',
  ],
  mochaOptions: { config: 'test/mutation/mocharc.json' },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress-append-only', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { reportMutants: true, reportScoreTable: true, allowEmojis: false },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'reports', 'bench', 'docs', 'test/visual/screenshots', 'test/consumers'],
};
