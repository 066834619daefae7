/**
 * A pre-rendered quiz before any script has run (a slow phone still fetching the bundle, or a
 * page whose script failed): its "Check" button must not send the page away, which would lose the
 * reader's choice and their place. This file imports no Recap module.
 */
import { expect } from '@open-wc/testing';

describe('a pre-rendered quiz before its script has run', () => {
  it('"Check" does not send the page anywhere', async () => {
    const html = await (await fetch(`/__recap/ssr?element=recap-quiz&lang=&persist=none`)).text();
    const holder = document.createElement('div');
    holder.setHTMLUnsafe(html);
    document.body.append(holder);
    const here = location.href;
    let left = false;
    addEventListener('pagehide', () => (left = true), { once: true });
    try {
      expect(customElements.get('recap-quiz')).to.equal(undefined);
      const root = holder.querySelector('recap-quiz')!.shadowRoot!;
      root.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      root.querySelector<HTMLButtonElement>('#action')!.click();
      await new Promise((r) => setTimeout(r, 500));
      expect(left).to.equal(false);
      expect(location.href).to.equal(here);
      expect(root.querySelector<HTMLInputElement>('input[type="radio"]')!.checked).to.equal(true);
    } finally {
      holder.remove();
    }
  });
});
