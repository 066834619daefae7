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

/** Fields in which Enter sends the form (a text-like input; not a list, a box to tick or a text area). */
const sendsOnEnter = (el: Element): boolean => el instanceof HTMLInputElement && isField(el) && !['checkbox', 'radio', 'range', 'color', 'file'].includes(el.type);

/** The words a reader sees in `root`, in its shadow roots too (not the text of styles): what a take-over must not change. */
function shownText(root: Node): string {
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      if (!node.parentElement?.closest('style, script')) text += node.data;
    } else if ((node as Element).shadowRoot) text += `[${shownText((node as Element).shadowRoot!)}]`;
  }
  return text;
}

/**
 * Holds the reader's clicks inside `host` (its shadow roots included) until the returned function
 * is called, which does them again, in the order the reader did them together with what they typed
 * or ticked, on the same nodes (those still in the page). Keys are left to the browser: Enter or
 * Space on a button makes a click, which is held like any other; Enter in a text field, which
 * would send its form, is held and sends it through the widget. What is left to the browser as it
 * is: links, clicks with a modifier key or another button, and fields (the browser ticks, picks
 * and types; the widget hears it once it listens). If the widget shows other words once it has
 * taken over (saved progress opened another question), what was held is dropped: it was meant for
 * what the reader saw then. `release(false)` drops it in any case (a take-over that failed).
 */
export function holdActions(host: HTMLElement): (replay?: boolean) => void {
  const held: { field?: Element; act: () => void }[] = [];
  // What the reader saw when they first acted (the server's HTML, unchanged until the take-over):
  // read then, not for every quiz on the page that nobody touches before it takes over.
  let before: string | undefined;
  const keep = (action: { field?: Element; act: () => void }): void => {
    before ??= shownText(host.shadowRoot ?? host);
    held.push(action);
  };
  // What the reader leaves in a field: taking over sets the fields' properties as the server rendered them.
  const note = (e: Event): void => {
    const target = e.composedPath()[0];
    if (!(target instanceof HTMLElement && isField(target))) return;
    const value = target.value;
    const checked = target instanceof HTMLInputElement && target.checked;
    const act = (): void => {
      if (!target.isConnected) return;
      if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) target.checked = checked;
      else target.value = value;
      target.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      target.dispatchEvent(new Event('change', { bubbles: true }));
    };
    // Typing is many input events: the field's last state is what counts, in its place in the order.
    if (held.at(-1)?.field === target) held.pop();
    keep({ field: target, act });
  };
  const hold = (e: Event): void => {
    const target = e.composedPath()[0];
    if (!(target instanceof HTMLElement)) return;
    if (e instanceof KeyboardEvent) {
      if (e.key === 'Enter' && !e.isComposing && sendsOnEnter(target)) {
        e.preventDefault();
        keep({ act: () => target.isConnected && (target as HTMLInputElement).form?.requestSubmit() });
      }
      return;
    }
    const label = target.closest('label');
    if (
      isField(target) ||
      (label?.control && isField(label.control)) ||
      target.closest('a[href]') ||
      (e instanceof MouseEvent && (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey))
    )
      return;
    e.preventDefault();
    keep({ act: () => target.isConnected && target.click() });
  };
  host.addEventListener('click', hold, true);
  host.addEventListener('keydown', hold, true);
  host.addEventListener('input', note, true);
  return (replay = true) => {
    host.removeEventListener('click', hold, true);
    host.removeEventListener('keydown', hold, true);
    host.removeEventListener('input', note, true);
    if (!replay || !held.length) return;
    if (shownText(host.shadowRoot ?? host) !== before) {
      console.info('Recap: what the reader did before the quiz took over was for another view of it (saved progress opened another), and was not done again.');
      return;
    }
    for (const { act } of held) act();
  };
}

/**
 * Starts holding the reader's actions inside `host` (see holdActions); `ready` resolves when
 * the reader nears or touches it, and `release` does what was held once it has taken over.
 */
export function waitForReader(host: HTMLElement): { ready: Promise<void>; release: (replay?: boolean) => void } {
  return { release: holdActions(host), ready: touchedOrNear(host) };
}
