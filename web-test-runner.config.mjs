import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { selectedEngines } from './scripts/engines.mjs';
import { launchersFor, enginesReporter, engineInfoPlugin, quietReporter } from './scripts/engine-launchers.mjs';
import { testRoutes } from './test/server-routes.mjs';
import { lrsRoutes } from './test/lrs-server.mjs';
import { lmsRoutes } from './test/lms-routes.mjs';
import { strictCspPages } from './web-dev-server.config.mjs';
import { forcedColorsPlugin } from './test/forced-colors-plugin.mjs';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

// The browser engines, in the order they run (`npm test` names the missing ones; RECAP_ENGINES picks).
const browsers = launchersFor(selectedEngines);
const chromium = browsers.filter((b) => b.recapEngine.id === 'chromium');
// Pixel baselines are Chromium's: other engines draw text and anti-aliasing differently, so the
// screenshot tests run in Chromium only (`--group visual`); every other test runs in every engine.
const visualTests = 'test/visual/**/*.test.ts';
// The editor's tests (<recap-editor>, the author's whole path) run in every engine, like the rest. They
// used to run in Chromium only: WebKitWebDriver refuses held keys, and Firefox failed now and then.
// The Firefox cause: a real download (the tests' exports) opens Firefox's downloads panel, which takes
// focus from the test window for the rest of the run, and a window without focus ignores Enter on a
// focused button. The tests now catch downloads before the browser makes them (test/editor/helpers.ts),
// and drive controls by keyboard in Firefox and WebKit, one key at a time, text selection through the
// page's own Selection API. They are a group of their own (`--group editor`), in every engine chosen.
const editorTests = 'test/editor/**/*.test.ts';
const cliFiles = process.argv.some((a) => a === '--files' || a.startsWith('--files='));

// A passing run reads as passing: what every run prints by design is left out of the report, and
// nothing else (test/node/test-output.test.mjs checks that an unexpected console.error, warning or
// 404 still shows). Lit's other development-mode warnings (change-in-update...) are kept: they are
// about our code. Tests that make an element log an error on purpose capture and check it.
/** Lit's notice, once per test page, that the tests run its development build. */
const EXPECTED_LOGS = [/^Lit is in dev mode\. Not recommended for production!/];
/** 404s the tests ask for: test/server-routes.mjs answers /__recap/not-found with one; the XSS test's image has no file. */
const EXPECTED_404S = [/^__recap\/not-found(\?|$)/, /^__recap\/no-image\.png$/];

export default {
  files: ['test/**/*.test.ts', ...(cliFiles ? [] : [`!${visualTests}`, `!${editorTests}`])],
  groups: cliFiles
    ? []
    : [...(chromium.length ? [{ name: 'visual', files: [visualTests], browsers: chromium }] : []), { name: 'editor', files: [editorTests], browsers }],
  nodeResolve: true,
  // One page at a time: a background page gets no animation frames, which fixtures wait for.
  concurrency: 1,
  // One engine at a time: side by side on two cores the run was about 15% shorter, but WebKit timed out.
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  // A whole file in one engine: the fast-check properties take minutes in WebKit on a loaded two-core machine.
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), forcedColorsPlugin(), engineInfoPlugin(),
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
  middleware: [testRoutes, lrsRoutes, lmsRoutes, strictCspPages],
  browsers,
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && EXPECTED_LOGS.some((re) => re.test(args[0]))),
  // The progress bars redraw in a terminal; in a log (CI, a pipe) each redraw would be five more lines.
  reporters: [quietReporter(defaultReporter({ reportTestProgress: Boolean(process.stdout.isTTY) }), EXPECTED_404S), enginesReporter()],
};
