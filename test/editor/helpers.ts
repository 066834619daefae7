/** Driving the editor in every engine: the real mouse where the driver has one, the keyboard in WebKit. */
import { click, press } from '../elements/helpers.js';

/** WebKit's WebDriver has no pointer and no held keys: there, buttons are pressed with Enter. */
export const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

/** Uses a control with the real mouse (Chromium, Firefox) or the keyboard (WebKit). */
export async function activate(target: HTMLElement): Promise<void> {
  if (!webkit) return click(target);
  target.scrollIntoView({ block: 'center' });
  if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) target.click();
  else if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) target.focus();
  else {
    target.focus();
    await press('Enter');
  }
}
