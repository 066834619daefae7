/** Hostile JSON: every case gets a clear problem with a path, and nothing crashes or leaks. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/recap-summary/define.js';
import { validateArticle } from '../../src/data/validate.js';
import { parseArticleJson } from '../../src/data/load-with-hints.js';
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
    const text = seedSource.replace('"schemaVersion": 2,', '"schemaVersion": 2, "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},');
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

  it('validates 10,000-deep nesting and 100,000-element arrays without a stack overflow, naming both', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const a = seedJson();
    a.summary.points = deep;
    a.figures = Array.from({ length: 100_000 }, (_, i) => ({ id: `f${i}`, value: i, label: 'x' }));
    // No clock here: a freeze fails on the runner's timeout; speed is not a unit test's claim.
    const result = validateArticle(a);
    expect(result.ok).to.equal(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).to.include('/figures');
    expect(paths.some((p) => p.startsWith('/summary/points')), JSON.stringify(paths.slice(0, 5))).to.equal(true);
  });

  it('shows bidi overrides and zero-width characters in a title as they are', async () => {
    const title = 'Talks \u202Eresumed\u200B in Istanbul';
    const el = await fixture<RecapSummary>(html`<recap-summary .article=${{ ...seed(), title }}></recap-summary>`);
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal(title);
  });

  it('keeps a bidi override in the byline from reversing the rest of its line', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="ltr" style="font: 16px monospace">
      <recap-summary .article=${{ ...seed(), byline: '\u202EAhmed' }}></recap-summary>
    </div>`);
    const el = page.querySelector('recap-summary') as RecapSummary;
    await el.updateComplete;
    // The date after the byline, in the same line: its first letter must still be left of its second.
    const time = el.shadowRoot!.querySelector('[part~="meta"] time')!;
    const date = [...time.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim().length > 1)!;
    const left = (i: number) => {
      const range = document.createRange();
      range.setStart(date, i);
      range.setEnd(date, i + 1);
      return range.getBoundingClientRect().left;
    };
    expect(left(1)).to.be.greaterThan(left(0));
  });

  it('wraps data inside UI sentences in <bdi>, so a right-to-left byline cannot reorder them', async () => {
    const el = await fixture<RecapSummary>(html`<recap-summary .article=${{ ...seed(), byline: '\u202Eأحمد' }}></recap-summary>`);
    const meta = el.shadowRoot!.querySelector('[part~="meta"]')!;
    expect(meta.querySelector('bdi')!.textContent).to.equal('\u202Eأحمد');
  });
});
