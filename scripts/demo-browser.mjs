// The dev server (as `npm start` runs it) on a free port, and headless Chromium:
// shared by the screenshot script and the node tests of the demo pages.
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { chromePath, chromeArgs } from './chrome.mjs';
import config from '../web-dev-server.config.mjs';

export async function startDemoBrowser() {
  const server = await startDevServer({ config: { ...config, port: 0 }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
  return {
    base: `http://localhost:${server.server.address().port}`,
    browser,
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}
