// Which browser engines the browser suite runs in, and whether they did.
//
//   node scripts/engines.mjs          before the run: name the engines found and how to install the others;
//                                     exits 1 at once when Chromium, or an engine RECAP_ENGINES asks for, is missing
//   node scripts/engines.mjs --check  after the run: exits 1 unless every chosen engine ran tests (read from the
//                                     file the engines reporter wrote)
//
// RECAP_ENGINES picks the engines: unset means every engine installed (Chromium required); `all` means all three,
// each required (CI sets this); a list such as `chromium,webkit` runs just those, each required.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromePath } from './chrome.mjs';

const firstFile = (paths) => paths.find((p) => p && existsSync(p));
/** The file an environment variable names (even if it is not there, so that the mistake is reported), or the first candidate found. */
const fromEnv = (name, candidates) => process.env[name] || firstFile(candidates);

/** The binary of each engine on this machine, or undefined; each can be pointed at by an environment variable. */
export const firefoxPath = fromEnv('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
export const webkitDriverPath = fromEnv('WEBKIT_WEBDRIVER_PATH', ['/usr/bin/WebKitWebDriver']);
export const webkitBrowserPath = fromEnv(
  'WEBKIT_BROWSER_PATH',
  ['x86_64-linux-gnu', 'aarch64-linux-gnu'].flatMap((arch) =>
    ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].map((v) => `/usr/lib/${arch}/${v}/MiniBrowser`),
  ),
);
/** WebKitGTK needs a display; without one of its own it runs under a virtual one. */
export const xvfbRunPath = firstFile(['/usr/bin/xvfb-run']);

const absent = (path, what, variable) =>
  !path ? `no ${what}` : !existsSync(path) ? `${variable} is set to ${path}, but there is no file there` : undefined;

/** The engines in the order they run; `missing` says what is not there, `install` the Debian line that fixes it. */
export const engines = [
  {
    id: 'chromium',
    name: 'Chromium',
    path: chromePath,
    missing: absent(chromePath, 'Chromium or Chrome', 'CHROME_PATH'),
    install: 'sudo apt-get install chromium',
  },
  {
    id: 'firefox',
    name: 'Firefox',
    path: firefoxPath,
    missing: absent(firefoxPath, 'Firefox (/usr/bin/firefox-esr, or FIREFOX_PATH)', 'FIREFOX_PATH'),
    install: 'sudo apt-get install firefox-esr',
  },
  {
    id: 'webkit',
    name: 'WebKit',
    path: webkitDriverPath,
    missing:
      absent(webkitDriverPath, 'WebKitWebDriver (/usr/bin/WebKitWebDriver, or WEBKIT_WEBDRIVER_PATH)', 'WEBKIT_WEBDRIVER_PATH') ??
      absent(webkitBrowserPath, 'WebKitGTK MiniBrowser (or WEBKIT_BROWSER_PATH)', 'WEBKIT_BROWSER_PATH') ??
      (!xvfbRunPath && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY ? 'no display, and no xvfb-run to make one' : undefined),
    install: 'sudo apt-get install webkit2gtk-driver xvfb',
  },
];

const requested = (process.env.RECAP_ENGINES ?? '').trim().toLowerCase();
const unknown = requested && requested !== 'all' ? requested.split(',').map((s) => s.trim()).filter((id) => !engines.some((e) => e.id === id)) : [];
if (unknown.length) {
  console.error(`RECAP_ENGINES names ${unknown.join(', ')}; the engines are ${engines.map((e) => e.id).join(', ')} (or 'all').`);
  process.exit(1);
}

/** Engines this run must have: Chromium by default; all three with RECAP_ENGINES=all; the named ones with a list. */
export const requiredEngines = engines.filter((e) =>
  !requested ? e.id === 'chromium' : requested === 'all' || requested.split(',').map((s) => s.trim()).includes(e.id),
);
/** Engines this run uses: the required ones, plus, with RECAP_ENGINES unset, any other engine that is installed. */
export const selectedEngines = engines.filter((e) => requiredEngines.includes(e) || (!requested && !e.missing));

/** Where the engines reporter leaves what ran, for `--check` (RECAP_ENGINES_RESULTS: elsewhere, for a run inside the tests). */
export const resultsFile = process.env.RECAP_ENGINES_RESULTS || fileURLToPath(new URL('../node_modules/.cache/recap-engines.json', import.meta.url));

function preflight() {
  const lines = engines.map((e) => {
    if (!selectedEngines.includes(e) && !e.missing) return `  - ${e.name}: installed, not chosen by RECAP_ENGINES=${requested}`;
    if (!e.missing) return `  + ${e.name}: ${e.path}`;
    return `  ${requiredEngines.includes(e) ? '!' : '-'} ${e.name}: not run, ${e.missing}. Install: \`${e.install}\``;
  });
  console.log(`Browser engines for the tests:\n${lines.join('\n')}`);
  const missing = requiredEngines.filter((e) => e.missing);
  if (missing.length) {
    console.error(
      `\nThe tests need ${missing.map((e) => e.name).join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.\n` +
        `Fix: ${missing.map((e) => `\`${e.install}\``).join(' and ')}` +
        (missing.some((e) => e.id === 'chromium') ? ', or point CHROME_PATH at a Chrome or Chromium binary' : '') +
        '.',
    );
    process.exit(1);
  }
}

function check() {
  let ran;
  try {
    ran = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    console.error(`No record of which engines ran (${resultsFile}): did web-test-runner run with the engines reporter?`);
    process.exit(1);
  }
  const notRun = requiredEngines.filter((e) => !ran.engines?.some((r) => r.id === e.id && r.files > 0 && r.passed + r.failed > 0));
  if (notRun.length) {
    console.error(`These engines ran no tests: ${notRun.map((e) => e.name).join(', ')}.`);
    process.exit(1);
  }
  console.log(`Engines that ran: ${ran.engines.map((r) => r.name).join(', ')}.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) check();
  else preflight();
}
