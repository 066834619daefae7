/**
 * Nothing an author wrote is lost: drafts and the figures proposed for them survive a reload,
 * moving the editor in the page, a full storage (said plainly; the text stays in the form),
 * and a second tab editing the same draft (the last save wins; a tab with unsaved changes asks
 * before anything is overwritten).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/editor/define.js';
import type { RecapEditor } from '../../src/editor/recap-editor.js';
import { controlId } from '../../src/editor/edit.js';
import { seed } from '../fixtures.js';
import { settle } from '../elements/helpers.js';
import { activate, typeInto } from './helpers.js';

const byPointer = <T extends HTMLElement = HTMLInputElement>(el: RecapEditor, p: string) => el.shadowRoot!.getElementById(controlId(p)) as T;
const status = (el: RecapEditor) => el.shadowRoot!.querySelector('[role=status]')!.textContent ?? '';

const index = () => JSON.parse(localStorage.getItem('recap-editor:index') ?? '[]') as { key: string; title: string; saved: number }[];
const stored = (key: string) => JSON.parse(localStorage.getItem(`recap-editor:draft:${key}`) ?? 'null');

async function fresh(): Promise<RecapEditor> {
  const el = await fixture<RecapEditor>(html`<recap-editor></recap-editor>`);
  await settle(el);
  return el;
}

/** A same-origin frame: another browsing context on this storage, whose writes reach this page as `storage` events. */
async function otherTab(): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><title>other tab</title>';
  const loaded = new Promise((ok) => frame.addEventListener('load', ok, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

/** What another tab's editor writes when it saves `draft` under `key`. */
function saveFrom(tab: Window, key: string, draft: unknown, saved = Date.now()) {
  tab.localStorage.setItem(`recap-editor:draft:${key}`, JSON.stringify(draft));
  const list = index().filter((d) => d.key !== key);
  tab.localStorage.setItem('recap-editor:index', JSON.stringify([{ key, title: (draft as { title: string }).title, saved }, ...list]));
}

describe('<recap-editor> keeps drafts', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('recap-editor')) localStorage.removeItem(key);
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('keeps the figures proposed and not yet accepted across a reload', async () => {
    const first = await fresh();
    await typeInto(first, byPointer(first, '/body'), seed().body!);
    await activate(first.shadowRoot!.getElementById('find-figures')!);
    await waitUntil(() => first.shadowRoot!.querySelectorAll('.proposal').length > 3, 'proposed');
    const proposed = first.shadowRoot!.querySelectorAll('.proposal').length;
    await activate(first.shadowRoot!.getElementById('proposal-0-reject')!);
    await waitUntil(() => Object.keys(localStorage).some((k) => k.startsWith('recap-editor:proposals:')), 'kept', { timeout: 2000 });
    first.remove();
    const second = await fresh();
    expect(second.shadowRoot!.querySelectorAll('.proposal').length).to.equal(proposed - 1);
  });

  it('saves at once on pagehide after the editor was moved in the page', async () => {
    const el = await fresh();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el); // disconnected and connected again
    await settle(el);
    await typeInto(el, byPointer(el, '/title'), 'Typed after the move');
    // The save is still waiting for its moment; hiding the page must not lose it.
    expect(index().some((d) => d.title === 'Typed after the move')).to.equal(false);
    dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(index().some((d) => d.title === 'Typed after the move')).to.equal(true);
    elsewhere.remove();
  });

  it('says so when storage is full, keeps the text in the form, and saves again once there is room', async () => {
    const el = await fresh();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await typeInto(el, byPointer(el, '/title'), 'Will not fit');
      await waitUntil(() => el.shadowRoot!.getElementById('storage-note'), 'said', { timeout: 2000 });
      expect(el.shadowRoot!.getElementById('storage-note')!.textContent).to.contain('storage is full');
      expect(byPointer(el, '/title').value).to.equal('Will not fit');
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = setItem;
    }
    await typeInto(el, byPointer(el, '/title'), 'Fits now');
    await waitUntil(() => index().some((d) => d.title === 'Fits now'), 'saved', { timeout: 2000 });
    await settle(el);
    expect(el.shadowRoot!.getElementById('storage-note')).to.equal(null);
  });

  it('follows another tab that saves the same draft, and says so', async () => {
    const el = await fresh();
    await typeInto(el, byPointer(el, '/title'), 'Mine');
    await waitUntil(() => index().length === 1, 'saved', { timeout: 2000 });
    const key = index()[0]!.key;
    const tab = await otherTab();
    saveFrom(tab, key, { ...stored(key), title: 'Theirs, saved later' });
    await waitUntil(() => el.value.title === 'Theirs, saved later', 'followed');
    await settle(el);
    expect(byPointer(el, '/title').value).to.equal('Theirs, saved later');
    expect(status(el)).to.contain('another tab');
  });

  it('asks, and overwrites nothing, when another tab saves while this one has unsaved changes', async () => {
    const el = await fresh();
    await typeInto(el, byPointer(el, '/title'), 'First');
    await waitUntil(() => index().length === 1, 'saved', { timeout: 2000 });
    const key = index()[0]!.key;
    const tab = await otherTab();
    await typeInto(el, byPointer(el, '/title'), 'Mine, not saved yet');
    saveFrom(tab, key, { ...stored(key), title: 'Theirs' });
    await waitUntil(() => el.shadowRoot!.getElementById('conflict'), 'asked');
    await new Promise((r) => setTimeout(r, 400));
    expect(stored(key).title, 'this tab did not save over theirs').to.equal('Theirs');
    expect(el.value.title).to.equal('Mine, not saved yet');
    await expect(el).to.be.accessible();
    await activate(el.shadowRoot!.getElementById('keep-mine')!);
    await settle(el);
    expect(el.shadowRoot!.getElementById('conflict')).to.equal(null);
    const titles = index().map((d) => d.title);
    expect(titles).to.include.members(['Theirs', 'Mine, not saved yet']);
    expect(stored(key).title).to.equal('Theirs');
  });

  it('loads the other tab’s version when the author chooses it', async () => {
    const el = await fresh();
    await typeInto(el, byPointer(el, '/title'), 'First');
    await waitUntil(() => index().length === 1, 'saved', { timeout: 2000 });
    const key = index()[0]!.key;
    const tab = await otherTab();
    await typeInto(el, byPointer(el, '/title'), 'Mine');
    saveFrom(tab, key, { ...stored(key), title: 'Theirs' });
    await waitUntil(() => el.shadowRoot!.getElementById('take-theirs'), 'asked');
    await activate(el.shadowRoot!.getElementById('take-theirs')!);
    await settle(el);
    expect(el.value.title).to.equal('Theirs');
    expect(index()).to.have.length(1);
  });
});
