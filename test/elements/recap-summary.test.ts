import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/recap-summary/define.js';
import type { RecapSummary } from '../../src/elements/recap-summary/recap-summary.js';
import { seed, seedSource } from '../fixtures.js';
import { $, $$, spyConsoleError } from './helpers.js';

describe('<recap-summary>', () => {
  it('shows the headline, key points, bottom line, date and disclosure from .article', async () => {
    const el = await fixture<RecapSummary>(html`<recap-summary .article=${seed()}></recap-summary>`);
    expect($(el, '[part~="heading"]')!.textContent).to.equal(seed().title);
    expect($(el, '[part~="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect($$(el, '[part~="point"]')).to.have.length(seed().summary!.points.length);
    expect($(el, '[part~="point"] strong')!.textContent).to.equal('Monday at 1 p.m.');
    expect($(el, '[part~="takeaway"]')!.textContent).to.contain('Bottom line:');
    expect($(el, 'time')!.textContent).to.equal('June 1, 2025');
    expect($(el, '[part~="disclosure"]')!.textContent).to.contain('drafted with AI');
    await expect(el).to.be.accessible();
  });

  it('takes the heading level from the host', async () => {
    const el = await fixture<RecapSummary>(html`<recap-summary heading-level="3" .article=${seed()}></recap-summary>`);
    expect($(el, '[part~="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('reads inline JSON before its first paint and fires recap-load', async () => {
    let detail: unknown;
    const el = await fixture<RecapSummary>(
      html`<recap-summary @recap-load=${(e: CustomEvent) => (detail = e.detail)}><script type="application/json">${seedSource}</script></recap-summary>`,
    );
    expect($(el, '[part~="heading"]')).to.exist;
    await waitUntil(() => detail);
    expect(detail).to.deep.include({ source: 'inline' });
  });

  it('loads from src, reserving space while it loads', async () => {
    const el = await fixture<RecapSummary>(html`<recap-summary src="/__recap/ok?delay=300"></recap-summary>`);
    expect($(el, '[part~="placeholder"]')).to.exist;
    expect($(el, '[aria-busy="true"]')).to.exist;
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
    await expect(el).to.be.accessible();
    const event = await oneEvent(el, 'recap-load');
    expect(event.detail.source).to.equal('src');
    expect(event.detail.article.id).to.equal(seed().id);
    await el.updateComplete;
    expect($(el, '[part~="heading"]')).to.exist;
  });

  it('shows a short message, fires recap-error and logs once when src fails', async () => {
    const spy = spyConsoleError();
    try {
      const el = await fixture<RecapSummary>(html`<recap-summary src="/__recap/not-found?delay=300"></recap-summary>`);
      const event = await oneEvent(el, 'recap-error');
      await el.updateComplete;
      expect(event.detail.problems[0].path).to.equal('');
      expect(event.detail.problems[0].message).to.match(/HTTP 404/);
      expect($(el, '[part~="error"]')!.textContent!.trim()).to.equal('This summary cannot be shown right now.');
      expect(el.problems).to.have.length(1);
      expect(spy.calls).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      spy.restore();
    }
  });

  it('shows the error state for invalid data, with problems to read', async () => {
    const spy = spyConsoleError();
    try {
      const bad = { ...seed(), title: 42 } as unknown as ReturnType<typeof seed>;
      const el = await fixture<RecapSummary>(html`<recap-summary .article=${bad}></recap-summary>`);
      expect($(el, '[part~="error"]')).to.exist;
      expect(el.problems).to.deep.equal([{ path: '/title', message: 'title must be a string, found 42' }]);
      expect(String(spy.calls[0]![0])).to.contain('/title: title must be a string');
      await expect(el).to.be.accessible();
    } finally {
      spy.restore();
    }
  });

  it('fires no event when data is set as a property', async () => {
    const fired: string[] = [];
    const el = await fixture<RecapSummary>(
      html`<recap-summary @recap-load=${(e: CustomEvent) => fired.push(`load:${e.detail.source}`)} @recap-error=${() => fired.push('error')}></recap-summary>`,
    );
    el.article = seed();
    await el.updateComplete;
    expect($(el, '[part~="heading"]')).to.exist;
    // A later load from src does fire; any event the property set had queued comes before it.
    el.article = undefined;
    el.src = '/__recap/ok';
    await oneEvent(el, 'recap-load');
    expect(fired).to.deep.equal(['load:src']);
  });

  it('shows the placeholder for a new src in the update that takes it, without a second update', async () => {
    const el = await fixture<RecapSummary>(html`<recap-summary src="/__recap/ok"></recap-summary>`);
    await waitUntil(() => $(el, '[part~="heading"]'), 'the first src did not load');
    el.src = '/__recap/ok?delay=300';
    // updateComplete is false when an update asked for another one (Lit's change-in-update warning).
    expect(await el.updateComplete).to.equal(true);
    expect($(el, '[part~="placeholder"]')).to.exist;
    await oneEvent(el, 'recap-load');
  });

  it('lets the last of several quick src changes win, aborting the earlier fetches', async () => {
    const signals: AbortSignal[] = [];
    const fetches: Promise<unknown>[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      const response = realFetch(input, init);
      fetches.push(response.catch(() => {}));
      return response;
    };
    try {
      const el = await fixture<RecapSummary>(html`<recap-summary src="/__recap/not-found?delay=400"></recap-summary>`);
      const errors: CustomEvent[] = [];
      el.addEventListener('recap-error', (e) => errors.push(e));
      el.src = '/__recap/html?delay=300';
      await el.updateComplete;
      el.src = '/__recap/ok?delay=50';
      await oneEvent(el, 'recap-load');
      expect($(el, '[part~="heading"]')).to.exist;
      expect(signals.map((s) => s.aborted)).to.deep.equal([true, true, false]);
      // Once every earlier fetch has ended, one more load that fails: the only error heard must be its own.
      await Promise.all(fetches);
      const logged = spyConsoleError();
      try {
        el.src = '/__recap/truncated';
        await oneEvent(el, 'recap-error');
      } finally {
        logged.restore();
      }
      expect(errors.map((e) => e.detail.problems[0].message)).to.have.length(1);
      expect(errors[0]!.detail.problems[0].message).to.match(/truncated is not valid JSON/);
      expect(logged.calls).to.have.length(1);
      expect(String(logged.calls[0]![0])).to.match(/^<recap-summary>: the article data cannot be shown \(1 problem\):\n.*truncated is not valid JSON/);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('renders a summary with no quiz, figures or optional fields', async () => {
    const el = await fixture<RecapSummary>(
      html`<recap-summary .article=${{ schemaVersion: 1, id: 'm', title: 'Minimal', summary: { points: ['Only point'] } }}></recap-summary>`,
    );
    expect($$(el, '[part~="point"]')).to.have.length(1);
    expect($(el, '[part~="meta"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
