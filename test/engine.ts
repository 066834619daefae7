/**
 * The engine running this test page (Chromium, Firefox or WebKit) and what its launcher can emulate, from the
 * `recap-engine` command (scripts/engine-launchers.mjs). Tests use it to check what the engine can show when a
 * reader's setting cannot be emulated there, and say so in the log; never to excuse a widget that misbehaves.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Engine {
  id: 'chromium' | 'firefox' | 'webkit';
  name: string;
  /** prefers-color-scheme, prefers-reduced-motion and print through @web/test-runner-commands' emulateMedia. */
  emulateMedia: boolean;
  /** forced-colors: active through the recap-forced-colors command. */
  forcedColors: boolean;
  /** The browser's default text size through the recap-font-size command. */
  fontSize: boolean;
  /** @web/test-runner-commands' setViewport. */
  setViewport: boolean;
}

export const engine = await executeServerCommand<Engine, undefined>('recap-engine');

/**
 * Says, for the end of the run's output, what a test checks in this engine in place of what the engine
 * cannot emulate: the engines reporter lists these notes once, after the table of tests per engine.
 */
export function checkedInstead(test: Mocha.Context, what: string): void {
  // Sent over the test page's connection ahead of the file's results, so it is in before the run ends.
  void executeServerCommand('recap-checked-instead', { test: test.test?.fullTitle() ?? '', what });
}
