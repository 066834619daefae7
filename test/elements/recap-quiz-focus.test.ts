import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/recap-quiz/define.js';
import '../../src/elements/recap-article/define.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import type { RecapArticle } from '../../src/elements/recap-article/recap-article.js';
import { articleWith, seed } from '../fixtures.js';
import { $, click, deepActive, settle } from './helpers.js';

const single = { id: 'q1', type: 'single', prompt: 'Pick A', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: 'a' };
const second = { ...single, id: 'q2' };

async function mount(mode: 'one-at-a-time' | 'all'): Promise<RecapQuiz> {
  const article = articleWith(single, { quiz: { questions: [single, second] } });
  const wrapper = await fixture(html`<div><button id="elsewhere">elsewhere</button><recap-quiz .article=${article} persist="none" mode=${mode}></recap-quiz></div>`);
  const el = wrapper.querySelector('recap-quiz')!;
  await settle(el);
  return el;
}

function focusElsewhere(): void {
  document.querySelector<HTMLElement>('#elsewhere')!.focus();
}

describe('<recap-quiz>.focus()', () => {
  it('moves focus where the quiz puts it on a new step: the current question, then the score', async () => {
    const el = await mount('one-at-a-time');
    focusElsewhere();
    el.focus();
    expect(deepActive()?.id).to.equal('q-q1');
    for (let i = 0; i < 2; i++) {
      await click($(el, '.choice')!);
      await click($(el, '#action')!);
      await settle(el);
      await click($(el, '#action')!);
      await settle(el);
    }
    expect($(el, '[part~="results"]')).to.exist;
    focusElsewhere();
    el.focus();
    expect(deepActive()?.id).to.equal('results');
  });

  it('with every question on one page, focuses the first', async () => {
    const el = await mount('all');
    focusElsewhere();
    el.focus();
    expect(deepActive()?.id).to.equal('q-q1');
  });
});

describe('many widgets on one page, with <recap-article>', () => {
  it('does not count the article\'s own children towards "many": a widget after three articles renders at once', async () => {
    const article = seed();
    const page = await fixture(html`<div>${[1, 2, 3].map(() => html`<recap-article .article=${article}></recap-article>`)}</div>`);
    await Promise.all([...page.querySelectorAll('recap-article')].map((a) => settle(a as RecapArticle)));
    // The articles' nine children are connected now; the quiz comes after them, far below.
    const after = document.createElement('recap-quiz');
    Object.assign(after, { article, persist: 'none' });
    after.style.cssText = 'display: block; margin-top: 300vh';
    page.append(after);
    await settle(after);
    expect(page.querySelectorAll('recap-article')[2]!.shadowRoot!.querySelector('recap-quiz'), 'the articles rendered their children').to.exist;
    expect(after.shadowRoot!.querySelector('fieldset'), 'the quiz after them is rendered, not a placeholder').to.exist;
  });
});
