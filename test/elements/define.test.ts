import { expect, fixture, html } from '@open-wc/testing';
import { RecapSummary } from '../../src/elements/recap-summary/recap-summary.js';
import { RecapFigures } from '../../src/elements/recap-figures/recap-figures.js';
import { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import { RecapArticle } from '../../src/elements/recap-article/recap-article.js';
import { seed } from '../fixtures.js';
import { settle } from './helpers.js';
import { checkedInstead } from '../engine.js';

// This page imports the classes only, no define.js: every tag here is the test's own choice.

function spyConsoleWarn(): { calls: unknown[][]; restore: () => void } {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => void calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

describe('registration', () => {
  it('defines an element under its own tag by default, or under the tag and in the registry given', async function () {
    class DefaultTag extends RecapQuiz {}
    DefaultTag.define();
    expect(customElements.get('recap-quiz')).to.equal(DefaultTag);
    class OwnTag extends RecapQuiz {}
    OwnTag.define('my-own-quiz');
    expect(customElements.get('my-own-quiz')).to.equal(OwnTag);
    let registry: CustomElementRegistry;
    try {
      registry = new CustomElementRegistry();
    } catch {
      // Scoped registries are in Chromium; Firefox 153 ESR and WebKitGTK 2.50 cannot construct one.
      checkedInstead(this, 'no scoped custom element registries here; checked with a registry of the test\'s own');
      const held = new Map<string, CustomElementConstructor>();
      registry = { get: (tag: string) => held.get(tag), define: (tag: string, c: CustomElementConstructor) => void held.set(tag, c) } as unknown as CustomElementRegistry;
    }
    class Scoped extends RecapQuiz {}
    Scoped.define(undefined, registry);
    expect(registry.get('recap-quiz')).to.equal(Scoped);
  });

  it('leaves a taken tag to its holder, and warns once when that is another class', async () => {
    class First extends RecapQuiz {}
    class Second extends RecapQuiz {}
    First.define('taken-quiz');
    const warn = spyConsoleWarn();
    try {
      First.define('taken-quiz');
      expect(warn.calls, 'the same class again: nothing to say').to.have.length(0);
      Second.define('taken-quiz');
      Second.define('taken-quiz');
      expect(customElements.get('taken-quiz')).to.equal(First);
      expect(warn.calls).to.have.length(1);
      expect(String(warn.calls[0]![0])).to.contain('<taken-quiz> is already defined by another class');
    } finally {
      warn.restore();
    }
  });

  it('<recap-article> renders its children under the tags they were defined with', async () => {
    RecapSummary.define('x-summary');
    RecapFigures.define('x-figures');
    RecapQuiz.define('x-quiz');
    RecapArticle.define('x-article');
    const wrapper = await fixture(html`<div></div>`);
    const el = document.createElement('x-article') as RecapArticle;
    el.article = seed();
    wrapper.append(el);
    await settle(el);
    const root = el.shadowRoot!;
    for (const tag of ['x-summary', 'x-figures', 'x-quiz']) {
      const child = root.querySelector(tag);
      expect(child, tag).to.exist;
      // The quiz first loads the modules of its cloze and matching questions.
      await (child as RecapArticle).updateComplete;
      expect(child!.shadowRoot?.querySelector('[part~="base"]:not([part~="placeholder"])'), `${tag} renders`).to.exist;
    }
    expect(root.querySelector('recap-quiz')).to.equal(null);
  });
});
