/* global wp -- the block editor's API, in the pages these functions run in */
// Chromium for the WordPress tests: one browser, a separate context (cookies) per person, every
// request outside the test site refused and recorded, alerts and the XSS marker recorded, and the
// bytes of every response counted.
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromePath, chromeArgs } from '../../scripts/chrome.mjs';

export const site = {
  url: process.env.RECAP_WP_URL,
  password: process.env.RECAP_WP_PASSWORD,
  ...JSON.parse(readFileSync(`${process.env.RECAP_WP_STATE}/site.json`, 'utf8')),
};
if (!site.url) throw new Error('Run through scripts/wordpress-env.sh (npm run test:wordpress): RECAP_WP_URL is not set.');

export const launch = () => puppeteer.launch({ executablePath: chromePath, headless: true, args: chromeArgs });

const leftOpen = new Set();

/**
 * Pages a test left open (it failed before closing them): a screenshot of each where it can be
 * looked at after the run (the test site's folder is removed), then closed.
 */
export async function snapLeftOpen(label) {
  for (const opened of leftOpen) {
    const path = `${tmpdir()}/recap-wordpress-${label.replace(/\W+/g, '-').slice(0, 60)}-${leftOpen.size}.png`;
    await opened.page.screenshot({ path, fullPage: true }).then(() => console.log(`# screenshot: ${path}`), () => {});
    await opened.close();
  }
}

/**
 * A page in a fresh context. `record.outside`: requests refused because they left 127.0.0.1;
 * `record.responses`: { url, bytes } per response (bytes on the wire); `record.dialogs`: alert(),
 * confirm()... messages (each dismissed).
 */
export async function openPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  const record = { outside: [], responses: [], dialogs: [], errors: [] };
  const host = new URL(site.url).host;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.host !== host) {
      record.outside.push(request.url());
      void request.abort();
    } else void request.continue();
  });
  page.on('dialog', (dialog) => {
    record.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  const urls = new Map();
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => urls.has(e.requestId) && record.responses.push({ url: urls.get(e.requestId), bytes: e.encodedDataLength }));
  // What a payload would call if it ran.
  await page.evaluateOnNewDocument(() => {
    window.__xssRan = 0;
    window.__xss = () => void window.__xssRan++;
    window.__recapEvents = [];
    for (const type of ['recap-load', 'recap-error', 'recap-complete'])
      document.addEventListener(type, (e) => window.__recapEvents.push({ type, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }));
  });
  page.setDefaultTimeout(30_000);
  const opened = { page, record, close: () => (leftOpen.delete(opened), context.close()) };
  leftOpen.add(opened);
  return opened;
}

export async function logIn(page, user) {
  await page.goto(`${site.url}/wp-login.php`);
  // The fields are filled, not typed into: WordPress's login page focuses and selects the user
  // field 200 ms after it loads, which replaced or misdirected keys typed at that moment ("dmin").
  await page.evaluate((user, password) => {
    document.querySelector('#user_login').value = user;
    document.querySelector('#user_pass').value = password;
  }, user, site.password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  if (!page.url().includes('/wp-admin/'))
    throw new Error(`${user} could not log in (at ${page.url()}): ${await page.evaluate(() => document.querySelector('#login_error')?.textContent.trim() ?? '')}`);
}

/**
 * The block editor, ready, without its welcome guide. A post someone else had open a moment ago is
 * locked to them: "Take over", as an editor reviewing it does.
 */
export async function openEditor(page, path = '/wp-admin/post-new.php') {
  await page.goto(site.url + path);
  const ready = () => page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId() && document.querySelector('.edit-post-header'));
  await ready();
  const takeOver = await page.$('.editor-post-locked-modal a[href*="get-post-lock"]');
  if (takeOver) {
    await Promise.all([page.waitForNavigation(), takeOver.click()]);
    await ready();
  }
  await page.evaluate(() => {
    if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
}

/** Inserts the Recap block the way an author does: the inserter, a search for "Recap", a click. */
export async function insertRecapBlock(page) {
  await page.click('button[aria-label="Toggle block inserter"]');
  await page.type('.block-editor-inserter__search input', 'Recap');
  await (await page.waitForSelector('.editor-block-list-item-recap-widgets-recap')).click();
  return page.waitForSelector('.recap-widgets-textarea');
}

/** Pastes text into the focused block's recap field (as the browser inserts pasted text). */
export async function pasteRecap(page, text) {
  await page.focus('.recap-widgets-textarea');
  await page.evaluate((t) => document.execCommand('insertText', false, t), text);
}

/** The text of an element and everything in its shadow roots, as a reader would see it in order. */
export const deepTextSource = `(function deepText(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE') return '';
  let text = '';
  if (node.shadowRoot) for (const c of node.shadowRoot.childNodes) text += deepText(c);
  else for (const c of node.childNodes) text += deepText(c);
  return text;
})`;

/** The sidebar's Block tab, opened with the toolbar's "Settings" button if it is closed. */
export async function openBlockSettings(page) {
  if (!(await page.$('.interface-complementary-area'))) await page.click('button[aria-label="Settings"]');
  await (await page.waitForSelector('.edit-post-sidebar__panel-tab[data-label="Block"], button[data-label="Block"]')).click();
  return page.waitForSelector('.block-editor-block-inspector');
}

/** Clicks "Publish" (or "Submit for Review") and confirms it in the pre-publish panel. */
export async function publish(page, status) {
  await page.waitForFunction(() => !wp.data.select('core/editor').isSavingPost() && !wp.data.select('core/editor').isAutosavingPost());
  await page.click('.editor-post-publish-panel__toggle');
  await (await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button:not([aria-disabled="true"])')).click();
  await page.waitForFunction((s) => wp.data.select('core/editor').getCurrentPost().status === s && !wp.data.select('core/editor').isSavingPost(), {}, status);
  return page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
}

/** The Recap files a page loaded (from the plugin's folder), and every response's bytes. */
export function recapFiles(record) {
  return record.responses.filter((r) => r.url.includes('/wp-content/plugins/recap-widgets/'));
}
