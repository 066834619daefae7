/**
 * When a pre-rendered widget the reader acts on (a quiz) takes over its HTML: when it first
 * comes near the viewport, or as soon as the reader touches it (pointerdown, focusin, keydown
 * inside it), whichever is first. Nothing the reader does before it has taken over is lost:
 * clicks and key presses are held and done again once it listens; what the browser does by
 * itself in a form field (typing, ticking a box, picking an option) is left to it, and the field
 * reports it (`input`, `change`) once the widget listens. Focus stays where it was: the nodes
 * are the server's, kept by the take-over.
 */
import { whenNear } from './near-viewport-controller.js';

const TOUCH = ['pointerdown', 'focusin', 'keydown'];

/** Resolves when `host` comes near the viewport or the reader touches it. */
export function touchedOrNear(host: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    const { near, stop } = whenNear(host);
    const go = (): void => {
      stop();
      for (const type of TOUCH) host.removeEventListener(type, go, true);
      resolve();
    };
    for (const type of TOUCH) host.addEventListener(type, go, true);
    void near.then(go);
  });
}

const isField = (el: Element): el is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
  (el instanceof HTMLInputElement && !['button', 'submit', 'reset', 'image'].includes(el.type)) || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;

/**
 * Holds the reader's clicks and key presses inside `host` (its shadow roots included) until
 * the returned function is called, which does them again, in order, on the same nodes (those
 * still in the page), and lets the form fields the reader changed report it.
 */
export function holdActions(host: HTMLElement): () => void {
  const held: (() => void)[] = [];
  // What the reader left in each field: taking over sets the fields' properties as the server rendered them.
  const fields = new Map<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, { value: string; checked: boolean }>();
  const note = (e: Event): void => {
    const target = e.composedPath()[0];
    if (target instanceof HTMLElement && isField(target)) fields.set(target, { value: target.value, checked: target instanceof HTMLInputElement && target.checked });
  };
  const hold = (e: Event): void => {
    const target = e.composedPath()[0];
    if (!(target instanceof HTMLElement)) return;
    if (isField(target)) {
      // Enter in a field sends its form: not before the widget can check it (nor the browser navigate).
      if (e instanceof KeyboardEvent && e.key === 'Enter' && !(target instanceof HTMLTextAreaElement)) {
        e.preventDefault();
        held.push(() => target.isConnected && target.form?.requestSubmit());
      }
      return;
    }
    if (e instanceof KeyboardEvent) {
      // Moving focus and the browser's own shortcuts are the browser's.
      if (e.key === 'Tab' || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      const init: KeyboardEventInit = { key: e.key, code: e.code, shiftKey: e.shiftKey, bubbles: true, composed: true, cancelable: true };
      held.push(() => {
        if (!target.isConnected) return;
        const again = new KeyboardEvent('keydown', init);
        // What the browser would have done with Enter or Space on a control: activate it.
        if (target.dispatchEvent(again) && (e.key === 'Enter' || e.key === ' ') && target.matches('button, [role="button"], a[href], summary')) target.click();
      });
      return;
    }
    e.preventDefault();
    held.push(() => target.isConnected && target.click());
  };
  host.addEventListener('click', hold, true);
  host.addEventListener('keydown', hold, true);
  host.addEventListener('input', note, true);
  return () => {
    host.removeEventListener('click', hold, true);
    host.removeEventListener('keydown', hold, true);
    host.removeEventListener('input', note, true);
    for (const [field, { value, checked }] of fields) {
      if (!field.isConnected) continue;
      if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) field.checked = checked;
      else field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    for (const act of held) act();
  };
}

/**
 * Starts holding the reader's actions inside `host` (see holdActions); `ready` resolves when
 * the reader nears or touches it, and `release` does what was held once it has taken over.
 */
export function waitForReader(host: HTMLElement): { ready: Promise<void>; release: () => void } {
  return { release: holdActions(host), ready: touchedOrNear(host) };
}
