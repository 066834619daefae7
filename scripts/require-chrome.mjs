// Fails at once, naming the fix, when no Chromium or Chrome is available for the tests.
import { existsSync } from 'node:fs';
import { chromePath } from './chrome.mjs';

if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.error(
    `CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.\n` +
      'Fix: point CHROME_PATH at a Chrome or Chromium binary, or unset it and install Chromium (`apt-get install chromium`).',
  );
  process.exit(1);
}
if (!chromePath) {
  console.error(
    'No Chromium or Chrome found; the tests run in a real browser.\n' +
      'Fix: install Debian\'s Chromium with `sudo apt-get install chromium`,\n' +
      'or point CHROME_PATH at a Chrome or Chromium binary: `CHROME_PATH=/path/to/chrome npm test`.',
  );
  process.exit(1);
}
