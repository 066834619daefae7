// Starts the demo server and Chromium once per test file (node:test hooks) and stops them after.
import { before, after } from 'node:test';
import { startDemoBrowser } from '../../scripts/demo-browser.mjs';

export function useDemoBrowser() {
  const demo = {};
  before(async () => Object.assign(demo, await startDemoBrowser()));
  after(() => demo.stop?.());
  return demo;
}
