// A web-test-runner command for Chromium's forced-colors emulation, which neither
// @web/test-runner-commands' emulateMedia nor puppeteer's emulateMediaFeatures accepts:
// it goes to the DevTools protocol directly. (It replaces other emulated media features.)
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'recap-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'recap-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.value ?? 'none' }] });
      return true;
    },
  };
}
