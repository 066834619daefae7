/** Elements read Recap Markdown from an inline <script type="text/markdown">, like inline JSON. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/recap-article/define.js';
import '../../src/elements/recap-quiz/define.js';
import type { RecapArticle } from '../../src/elements/recap-article/recap-article.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import { $, spyConsoleError } from '../elements/helpers.js';

const quizMd = `---
id: rivers
title: Rivers
lang: en
---

# Quiz

## Which river flows through Kyiv? {#kyiv}

- [ ] The Danube
- [x] The Dnipro

## The Dnipro flows into the Black Sea.

= true
`;

describe('<script type="text/markdown"> in an element', () => {
  it('<recap-quiz> compiles the Markdown, shows the quiz and fires recap-load from "inline"', async () => {
    const el = await fixture<RecapQuiz>(
      html`<recap-quiz><script type="text/markdown">${quizMd}</script></recap-quiz>`,
    );
    const event = await oneEvent(el, 'recap-load');
    expect(event.detail.source).to.equal('inline');
    expect(event.detail.article.quiz.questions.map((q: { id: string; type: string }) => [q.id, q.type])).to.deep.equal([
      ['kyiv', 'single'],
      ['q2', 'true-false'],
    ]);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('Which river flows through Kyiv?');
    await expect(el).to.be.accessible();
  });

  it('<recap-article> shows what a quiz-only Markdown recap has', async () => {
    const el = await fixture<RecapArticle>(
      html`<recap-article><script type="text/markdown">${quizMd}</script></recap-article>`,
    );
    await oneEvent(el, 'recap-load');
    await el.updateComplete;
    await waitUntil(() => $(el, 'recap-quiz'));
  });

  it('shows the one-line error state for invalid Markdown and lists each problem with its line in the console', async () => {
    const spy = spyConsoleError();
    try {
      const broken = quizMd.replace('- [x] The Dnipro', '- [ ] The Dnipro').replace('# Quiz', '# Quizz');
      const el = await fixture<RecapQuiz>(
        html`<recap-quiz><script type="text/markdown">${broken}</script></recap-quiz>`,
      );
      const event = await oneEvent(el, 'recap-error');
      expect(event.detail.problems.map((p: { line: number }) => p.line)).to.deep.equal([7, 9]);
      await el.updateComplete;
      const error = $(el, '[part~="error"]')!;
      expect(error.querySelectorAll('p')).to.have.length(1);
      const logged = spy.calls.map((c) => String(c[0])).join('\n');
      expect(logged).to.include('line 7: unknown section "# Quizz" (did you mean "Quiz"?)');
      expect(logged).to.include('line 9: no right answer');
      await expect(el).to.be.accessible();
    } finally {
      spy.restore();
    }
  });
});
