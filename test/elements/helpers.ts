/** Real input for element tests: pointer clicks at an element's centre and keys through the browser. */
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { aTimeout } from '@open-wc/testing';
import type { LitElement } from 'lit';

export { resetMouse };

/** Clicks an element with the real mouse, at its centre. */
export async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
}

/** Presses one key by its name ('Enter', 'ArrowDown', 'Space', 'a'). */
// Puppeteer's Firefox keyboard (WebDriver BiDi) knows the space bar only as ' '; every engine takes ' '.
export const press = (key: string) => sendKeys({ press: key === 'Space' ? ' ' : key });
export const type = (text: string) => sendKeys({ type: text });

/** The deepest focused element, through shadow roots. */
export function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Presses Tab until `predicate` holds for the focused element (at most `max` times). */
export async function tabTo(predicate: (el: Element) => boolean, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await press('Tab');
    const el = deepActive();
    if (el && predicate(el)) return el;
  }
  throw new Error('tabTo: never reached the wanted element');
}

export async function settle(el: LitElement): Promise<void> {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

/** Records console.error calls during a test. */
export function spyConsoleError(): { calls: unknown[][]; restore: () => void } {
  const original = console.error;
  const calls: unknown[][] = [];
  console.error = (...args: unknown[]) => void calls.push(args);
  return { calls, restore: () => (console.error = original) };
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
