/**
 * A page whose pre-rendered <recap-article> is in the HTML before the script that defines the
 * elements runs, as on a publisher's page: the summary and figures inside (children with
 * `defer-hydration`) are upgraded the moment their tags are defined, and must be taken over by
 * the article, keeping the server's nodes, not sleep and then render again when it gives them data.
 * The test files that use this import no Recap module before it: `define` brings the definitions.
 */
import { expect } from '@open-wc/testing';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

export async function expectChildrenHydrateWhenDefinedAfterHtml(define: () => Promise<unknown>): Promise<void> {
  const html = await (await fetch(`/__recap/ssr?element=recap-article&lang=&persist=none`)).text();
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(html);
  const article = holder.firstElementChild as Widget;
  const children = ['recap-summary', 'recap-figures'].map((tag) => article.shadowRoot!.querySelector(tag) as Widget);
  expect(children.map((c) => c.hasAttribute('defer-hydration'))).to.deep.equal([true, true]);
  const serverNodes = children.map((c) => [...c.shadowRoot!.querySelectorAll('*')]);
  const changes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => changes.push(...records));
  for (const c of children) observer.observe(c.shadowRoot!, { childList: true, subtree: true, characterData: true });
  document.body.append(holder);
  try {
    expect(customElements.get('recap-summary')).to.equal(undefined);
    await define();
    // The reader nears and touches it: the article takes over, and its children with it.
    article.scrollIntoView();
    article.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    for (let i = 0; i < 40 && !(article.hasUpdated && children.every((c) => c.hasUpdated)); i++) await new Promise((r) => setTimeout(r, 50));
    await article.updateComplete;
    await Promise.all(children.map((c) => c.updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
  } finally {
    observer.disconnect();
    holder.remove();
  }
  expect(article.hasUpdated).to.equal(true);
  expect(children.map((c) => c.hasAttribute('defer-hydration'))).to.deep.equal([false, false]);
  expect(changes.filter((c) => c.type === 'childList').map((c) => c.target.nodeName)).to.deep.equal([]);
  expect(children.map((c) => [...c.shadowRoot!.querySelectorAll('*')])).to.deep.equal(serverNodes);
}
