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
      // Screenshots repeat to the pixel on this toolchain (Debian Chromium, DejaVu fonts).
      // A pixel counts as changed past 0.1 of pixelmatch's colour distance (anti-aliased
      // pixels are ignored), and 100 changed pixels fail a screenshot. Measured: the accent
      // blue -> purple changes 203-800+ pixels in every baseline; "Check answer" renamed
      // changes 465+ in each quiz and article baseline. The old 0.2 / 0.5 % passed both.
      diffOptions: { threshold: 0.1 },
      failureThreshold: 100,
      failureThresholdType: 'pixel',
    }),
  ],
  middleware: [testRoutes, lrsRoutes],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs },
    }),
  ],
};
