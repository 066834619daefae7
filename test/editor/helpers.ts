/** Driving the editor in every engine: the real mouse in Chromium, the keyboard in Firefox and WebKit. */
import { fixture, html } from '@open-wc/testing';
import type { RecapEditor } from '../../src/editor/recap-editor.js';
import { click, press, settle } from '../elements/helpers.js';

/** WebKit's WebDriver has no held keys: there, buttons are pressed with Enter, one key at a time. */
export const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);
/**
 * In Firefox a click at an element's centre, measured just before, sometimes landed on its neighbour
 * (a row of buttons: "order" pressed "numeric"); the editor is driven by keyboard there, as a
 * keyboard-only author would. (Its other flakiness was focus: see captureDownloads.)
 */
export const firefox = /Firefox\//.test(navigator.userAgent);

/** Uses a control with the real mouse (Chromium) or the keyboard (Firefox, WebKit). */
export async function activate(target: HTMLElement): Promise<void> {
  if (!webkit && !firefox) return click(target);
  target.scrollIntoView({ block: 'center' });
  if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) {
    target.focus();
    await press('Space');
  } else if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) target.focus();
  else {
    target.focus();
    await press('Enter');
  }
}

/**
 * Collects what the editor offers for download, without the browser downloading it: a real
 * download opens Firefox's downloads panel, which takes focus from the test window for the rest
 * of the run, and a window without focus ignores Enter on a focused button.
 */
export function captureDownloads(editor: HTMLElement): { files: Blob[]; names: string[]; stop: () => void } {
  const files: Blob[] = [];
  const names: string[] = [];
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) files.push(blob);
    return createObjectURL.call(URL, blob);
  };
  const onClick = (e: Event) => {
    const a = e.composedPath()[0];
    if (a instanceof HTMLAnchorElement && a.download) {
      names.push(a.download);
      e.preventDefault();
    }
  };
  editor.shadowRoot!.addEventListener('click', onClick, true);
  return {
    files,
    names,
    stop: () => {
      URL.createObjectURL = createObjectURL;
      editor.shadowRoot!.removeEventListener('click', onClick, true);
    },
  };
}

/** Sets a form control's value as typing does, and waits for the editor to take it. */
export async function typeInto(el: RecapEditor, control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

/** A <recap-editor> that saves no drafts, showing `article`. */
export async function editor(article?: unknown): Promise<RecapEditor> {
  const el = await fixture<RecapEditor>(html`<recap-editor storage="none" .article=${article}></recap-editor>`);
  await settle(el);
  return el;
}
