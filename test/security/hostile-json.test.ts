/** Hostile JSON: every case gets a clear problem with a path, and nothing crashes or leaks. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/recap-summary/define.js';
import { validateArticle } from '../../src/data/validate.js';
import { parseArticleJson } from '../../src/data/load.js';
import type { RecapSummary } from '../../src/elements/recap-summary/recap-summary.js';
import { seed, seedJson, seedSource } from '../fixtures.js';

/** Every JSON Pointer in a value, with the value's parts. */
function* paths(value: unknown, at: (string | number)[] = []): Generator<(string | number)[]> {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = [...at, Array.isArray(value) ? Number(k) : k];
      yield p;
      yield* paths(v, p);
    }
  }
}
const pointer = (p: (string | number)[]) => p.map((x) => '/' + String(x).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

describe('hostile JSON', () => {
  it('does not let __proto__, constructor or prototype keys pollute anything', () => {
    const text = seedSource.replace('"schemaVersion": 1,', '"schemaVersion": 1, "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},');
    const nested = text.replace('"summary": {', '"summary": { "__proto__": { "isAdmin": true }, "prototype": 1,');
    const result = parseArticleJson(nested);
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path)).to.have.members(['/__proto__', '/constructor', '/summary/__proto__', '/summary/prototype']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).isAdmin).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
  });

  it('names the path of null in every position, and never throws', () => {
    const all = [...paths(seedJson())];
    expect(all.length).to.be.greaterThan(250);
    for (const p of all) {
      const a = seedJson();
      let parent = a;
      for (const k of p.slice(0, -1)) parent = parent[k];
      parent[p[p.length - 1]!] = null;
      const result = validateArticle(a);
      expect(result.ok, pointer(p)).to.equal(false);
      if (!result.ok) expect(result.problems.some((x) => x.path === pointer(p) && /found null/.test(x.message)), pointer(p)).to.equal(true);
    }
  });

  it('refuses numbers written as strings, NaN and Infinity, in every number field', () => {
    for (const bad of ['41', NaN, Infinity, -Infinity]) {
      const a = seedJson();
      a.figures[0].value = bad;
      a.quiz.passPercent = bad;
      a.quiz.questions[1].answer = bad;
      const result = validateArticle(a);
      expect(result.ok ? [] : result.problems.map((p) => p.path)).to.include.members(['/figures/0/value', '/quiz/passPercent', '/quiz/questions/1/answer']);
    }
  });

  it('reports a 1 MB string at its field', () => {
    const a = seedJson();
    a.title = 'x'.repeat(1_000_000);
    const result = validateArticle(a);
    expect(result.ok ? [] : result.problems).to.deep.include({ path: '/title', message: 'title must be at most 300 characters long, found 1000000' });
  });

  it('validates 10,000-deep nesting and 100,000-element arrays in well under a second', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const a = seedJson();
    a.summary.points = deep;
    a.figures = Array.from({ length: 100_000 }, (_, i) => ({ id: `f${i}`, value: i, label: 'x' }));
    const started = performance.now();
    const result = validateArticle(a);
    const ms = performance.now() - started;
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).to.include('/figures');
    // A generous bound: this guards against a freeze, not a speed regression.
    expect(ms).to.be.below(1000);
  });

  it('shows bidi overrides and zero-width characters in a title without reordering the page', async () => {
    const title = 'Talks \u202Eresumed\u200B in Istanbul';
    const page = await fixture<HTMLDivElement>(html`<div dir="ltr" style="font: 16px monospace">
      <recap-summary .article=${{ ...seed(), title }}></recap-summary>
      <p id="after">ab</p>
    </div>`);
    const el = page.querySelector('recap-summary') as RecapSummary;
    await el.updateComplete;
    const heading = el.shadowRoot!.querySelector('[part~="heading"]')!;
    expect(heading.textContent).to.equal(title);
    expect(getComputedStyle(heading).unicodeBidi).to.equal('isolate');
    // The paragraph after the widget still reads left to right: "a" is left of "b".
    const text = page.querySelector('#after')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const a = range.getBoundingClientRect().left;
    range.setStart(text, 1);
    range.setEnd(text, 2);
    expect(range.getBoundingClientRect().left).to.be.greaterThan(a);
  });

  it('wraps data inside UI sentences in <bdi>, so a right-to-left byline cannot reorder them', async () => {
    const el = await fixture<RecapSummary>(html`<recap-summary .article=${{ ...seed(), byline: '\u202Eأحمد' }}></recap-summary>`);
    const meta = el.shadowRoot!.querySelector('[part~="meta"]')!;
    expect(meta.querySelector('bdi')!.textContent).to.equal('\u202Eأحمد');
  });
});
