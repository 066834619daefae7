// web-test-runner launchers for the three engines, and a reporter that counts tests per engine.
// Chromium and Firefox go through @web/test-runner-chrome's launcher with puppeteer-core (what
// @web/test-runner-puppeteer does, without its second copy of puppeteer): Firefox over WebDriver BiDi.
// WebKit goes through @web/test-runner-webdriver with WebKitGTK's WebKitWebDriver, which this file starts
// (under xvfb-run when there is no display) and stops.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { chromeArgs } from './chrome.mjs';
import { firefoxPath, webkitBrowserPath, webkitDriverPath, xvfbRunPath, resultsFile } from './engines.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForDriver(port, driver) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode} before it answered`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, which is started on the first test and stopped at the end. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      connectionRetryCount: 0,
      capabilities: {
        // WebKitWebDriver speaks classic WebDriver; webdriverio would otherwise ask for BiDi and be refused.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: webkitBrowserPath, args: ['--automation'] },
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async startDriver() {
    const port = await freePort();
    const command = [webkitDriverPath, `--port=${port}`];
    if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) command.unshift(xvfbRunPath, '-a');
    // Its own process group, so stopping it also stops Xvfb and the MiniBrowser.
    this.driverProcess = spawn(command[0], command.slice(1), { detached: true, stdio: 'ignore' });
    process.once('exit', () => this.killDriver());
    // web-test-runner stops its browsers on SIGINT; a SIGTERM (a CI timeout, npm start's parent) must not leave Xvfb behind.
    process.once('SIGTERM', () => {
      this.killDriver();
      process.exit(143);
    });
    await waitForDriver(port, this.driverProcess);
    this.options.port = port;
  }

  killDriver() {
    if (this.driverProcess?.exitCode === null) {
      try {
        process.kill(-this.driverProcess.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }

  async startSession(id, url) {
    this.driverStarting ??= this.startDriver();
    await this.driverStarting;
    return super.startSession(id, url);
  }

  // webdriverio's keys() holds every key down before it lets any go, and WebKitWebDriver then drops a
  // repeated key: typing '4,300' gave '4,30'. Here each key goes down and up before the next.
  async sendKeys(sessionId, keys) {
    for (const key of keys) await super.sendKeys(sessionId, [key]);
  }

  async stop() {
    await super.stop();
    this.killDriver();
  }
}

/** Launchers for the given engines (see scripts/engines.mjs), each timed from its first page to its last. */
export function launchersFor(selected) {
  return selected.map((engine) => {
    let launcher;
    if (engine.id === 'chromium') {
      // web-test-runner names it "Chrome", and the pixel baselines live under test/visual/screenshots/Chrome.
      launcher = chromeLauncher({ launchOptions: { executablePath: engine.path, headless: true, args: chromeArgs } });
    } else if (engine.id === 'firefox') {
      launcher = chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
      });
    } else {
      launcher = new WebKitLauncher();
    }
    launcher.recapEngine = engine;
    const { startSession, stopSession } = launcher;
    launcher.startSession = async function (...args) {
      this.recapFirstStart ??= Date.now();
      return startSession.apply(this, args);
    };
    launcher.stopSession = async function (...args) {
      try {
        return await stopSession.apply(this, args);
      } finally {
        this.recapLastStop = Date.now();
      }
    };
    return launcher;
  });
}

function count(suite, into, path = []) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) into.skipped++;
    else if (t.passed) into.passed++;
    else into.failed++;
    if (t.duration > into.slowest.ms) into.slowest = { ms: t.duration, title: [...path, t.name].join(' > ') };
  }
  for (const s of suite?.suites ?? []) count(s, into, [...path, s.name]);
}

/** Prints tests per engine at the end of a run and leaves the same figures for `node scripts/engines.mjs --check`. */
export function enginesReporter() {
  let launchers = [];
  return {
    start({ browsers }) {
      launchers = browsers;
    },
    onTestRunFinished({ sessions }) {
      const rows = launchers.map((launcher) => {
        const row = { id: launcher.recapEngine?.id, name: launcher.recapEngine?.name ?? launcher.name, files: 0, passed: 0, failed: 0, skipped: 0, errors: 0, slowest: { ms: 0, title: '' } };
        for (const s of sessions.filter((x) => x.browser === launcher)) {
          if (s.status !== 'FINISHED') continue;
          row.files++;
          count(s.testResults, row);
          if (!s.passed && row.failed === 0) row.errors++;
        }
        row.seconds = launcher.recapFirstStart ? Math.round(((launcher.recapLastStop ?? Date.now()) - launcher.recapFirstStart) / 1000) : 0;
        return row;
      });
      const pad = (s, n) => String(s).padEnd(n);
      const lines = rows.map(
        (r) => `  ${pad(r.name, 9)} ${pad(r.files, 6)} ${pad(r.passed, 7)} ${pad(r.failed, 7)} ${pad(r.skipped, 8)} ${pad(`${r.seconds} s`, 6)} ${(r.slowest.ms / 1000).toFixed(1)} s: ${r.slowest.title}`,
      );
      console.log(`\nTests per engine:\n  ${pad('engine', 9)} ${pad('files', 6)} ${pad('passed', 7)} ${pad('failed', 7)} ${pad('skipped', 8)} ${pad('time', 6)} slowest test\n${lines.join('\n')}`);
      if (checkedInstead.size) {
        const notes = [...checkedInstead].map(([note, names]) => `  [${[...names].join(', ')}] ${note}`);
        console.log(`\nChecked another way where an engine's driver cannot emulate a reader's setting (test/engine.ts):\n${notes.join('\n')}`);
      }
      const engines = rows.filter((r) => r.id);
      mkdirSync(dirname(resultsFile), { recursive: true });
      writeFileSync(resultsFile, JSON.stringify({ engines }, null, 2));
    },
  };
}

/** What tests checked in place of what an engine cannot emulate (test/engine.ts's checkedInstead), with the engines: printed once, after the table. */
const checkedInstead = new Map();

/**
 * The default reporter without the 404s the tests ask for on purpose (`expected`: patterns of the
 * path without its leading slash); every other 404 is still listed under its test file.
 */
export function quietReporter(reporter, expected) {
  return {
    ...reporter,
    reportTestFileResults(args) {
      const sessionsForTestFile = args.sessionsForTestFile.map((s) => ({ ...s, request404s: s.request404s.filter((url) => !expected.some((re) => re.test(url))) }));
      return reporter.reportTestFileResults({ ...args, sessionsForTestFile });
    },
  };
}

/**
 * The `recap-checked-instead` command collects test/engine.ts's notes for the end of the run.
 * The `recap-engine` command: which engine runs the test page, and which of web-test-runner's emulations its
 * launcher can do (test/engine.ts reads it). emulateMedia goes through the DevTools protocol, which only Chromium
 * speaks here (puppeteer's Firefox is WebDriver BiDi, WebKit is classic WebDriver); so do the forced-colors and
 * font-size commands of test/forced-colors-plugin.mjs.
 * setViewport needs puppeteer.
 */
export function engineInfoPlugin() {
  return {
    name: 'recap-engine',
    executeCommand({ command, payload, session }) {
      const { id, name } = session.browser.recapEngine ?? { id: 'chromium', name: session.browser.name };
      if (command === 'recap-checked-instead') {
        const note = `${payload.test}: ${payload.what}`;
        checkedInstead.set(note, (checkedInstead.get(note) ?? new Set()).add(name));
        return true;
      }
      if (command !== 'recap-engine') return undefined;
      const cdp = id === 'chromium';
      return { id, name, emulateMedia: cdp, forcedColors: cdp, fontSize: cdp, setViewport: session.browser.type === 'puppeteer' };
    },
  };
}
