// web-test-runner commands for the reader's browser settings: the default text size
// (Page.setFontSizes), and Chromium's forced-colors emulation, which neither
// @web/test-runner-commands' emulateMedia nor puppeteer's emulateMediaFeatures accepts:
// it goes to the DevTools protocol directly. (It replaces other emulated media features.)
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'recap-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'recap-forced-colors' && command !== 'recap-font-size') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      if (command === 'recap-font-size') {
        // The reader's default text size (browser settings), as "Font size: very large" sets it.
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: payload?.standard ?? 16 } });
        return true;
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.value ?? 'none' }] });
      return true;
    },
  };
}
