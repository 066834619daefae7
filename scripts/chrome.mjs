// Where Chromium is and how to start it headless on this kind of machine (root, closed network).
import { existsSync } from 'node:fs';

/** Where Chromium or Chrome usually lives; the first is Debian's binary without its shell wrapper. */
export const chromeCandidates = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const chromePath = process.env.CHROME_PATH || chromeCandidates.find((p) => existsSync(p));

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Background tabs keep running timers and frames (tests drive several tabs).
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];
