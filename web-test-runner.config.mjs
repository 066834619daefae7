import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromePath, chromeArgs } from './scripts/chrome.mjs';
import { testRoutes } from './test/server-routes.mjs';
import { lrsRoutes } from './test/lrs-server.mjs';
import { forcedColorsPlugin } from './test/forced-colors-plugin.mjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background page gets no animation frames, which fixtures wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), forcedColorsPlugin(),
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual/screenshots',
      // Anti-aliasing differs by a few pixels between runs; a broken layout moves thousands.
      diffOptions: { threshold: 0.2 },
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  middleware: [testRoutes, lrsRoutes],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs },
    }),
  ],
};
