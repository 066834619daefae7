// Every element, from the bundle and from the modules, on pages served with a strict
// Content-Security-Policy and Trusted Types: any violation fails the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser } from './demo-browser.mjs';
import { STRICT_CSP } from '../../web-dev-server.config.mjs';

const demo = useDemoBrowser();

async function visit(path) {
  const page = await demo.browser.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e}`));
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  });
  const response = await page.goto(demo.base + path, { waitUntil: 'networkidle0' });
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await page.waitForFunction(
    () => [...document.querySelectorAll('body > *')].filter((el) => el.localName.startsWith('recap-')).every((el) => el.shadowRoot?.querySelector('[part~="base"]:not([part~="placeholder"]):not([part~="error"])')),
    { timeout: 10000 },
  );
  // Use the quiz too: choose, check, and go on, so its later states render under the policy.
  const quiz = await page.$('recap-quiz');
  await (await quiz.waitForSelector('pierce/input[type="radio"]')).click();
  await (await quiz.$('pierce/#action')).click();
  await quiz.waitForSelector('pierce/.verdict');
  await (await quiz.$('pierce/#action')).click();
  await quiz.waitForSelector('pierce/[part~="progress"]');
  const violations = await page.evaluate(() => window.__violations);
  const cspMessages = messages.filter((m) => /Content Security Policy|Trusted Type|TrustedHTML|pageerror/i.test(m));
  return { page, violations, cspMessages };
}

for (const [name, path] of [['bundle', '/demo/csp.html'], ['modules', '/demo/csp-modules.html']]) {
  test(`every element works under a strict CSP with Trusted Types (${name})`, async () => {
    const { page, violations, cspMessages } = await visit(path);
    assert.deepEqual(violations, []);
    assert.deepEqual(cspMessages, []);
    // The check can fail: a style attribute set from script is a violation this page reports.
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await page.waitForFunction(() => window.__violations.length > 0);
    await page.close();
  });
}
