/** Property-based tests with fast-check: the validator on arbitrary JSON, and arbitrary valid articles rendered. */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { validateArticle } from '../../src/data/validate.js';
import type { Article } from '../../src/data/types.js';
import { VISIBLE_CHARACTER } from '../../src/data/schema-kit.js';

export const RUNS = { validator: 3000, mutations: 1000, render: 60 };

// Text a reader can see: the contract refuses white space alone.
const text = fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }).filter((t) => new RegExp(VISIBLE_CHARACTER).test(t));
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });
const numberFormat = fc.oneof(
  fc.constant(undefined),
  fc.record({ style: fc.constant('decimal' as const), maximumFractionDigits: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ style: fc.constant('unit' as const), unit: fc.constantFrom('kilometer', 'day', 'kilometer-per-hour', 'percent') }),
  fc.record({ style: fc.constant('currency' as const), currency: fc.constantFrom('EUR', 'USD', 'UAH', 'JPY') }),
  fc.record({ style: fc.constant('percent' as const), minimumFractionDigits: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ notation: fc.constant('compact' as const) }),
);
const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const figure = (i: number) =>
  fc
    .record({
      value: finite,
      label: text,
      qualifier: fc.option(fc.constantFrom('exact', 'approximately', 'at-least', 'more-than', 'up-to', 'less-than'), { nil: undefined }),
      format: numberFormat,
      claim: fc.option(fc.record({ by: text, status: fc.constantFrom('reported', 'claimed', 'disputed', 'confirmed') }), { nil: undefined }),
      asOf: fc.option(fc.constantFrom('2025-06-01', '2024-02-29T12:00:00Z'), { nil: undefined }),
    })
    .map((f) => strip({ id: `f${i}`, ...f }));

const choices = fc.array(fc.record({ text, feedback: fc.option(text, { nil: undefined }) }), { minLength: 2, maxLength: 8 }).map((cs) => cs.map((c, i) => strip({ id: `c${i}`, ...c })));

const question = (i: number) =>
  fc
    .record({ prompt: text, explanation: fc.option(text, { nil: undefined }), points: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }) })
    .chain((common) =>
      fc.oneof(
        fc.tuple(choices, fc.nat()).map(([cs, k]) => ({ type: 'single', choices: cs, answer: cs[k % cs.length]!.id })),
        fc.tuple(choices, fc.nat(), fc.nat()).map(([cs, a, b]) => ({ type: 'multiple', choices: cs, answers: [...new Set([cs[a % cs.length]!.id, cs[b % cs.length]!.id])] })),
        fc.boolean().map((answer) => ({ type: 'true-false', answer })),
        fc.record({ answer: finite, tolerance: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }) }).map((n) => strip({ type: 'numeric', ...n })),
        fc.array(text, { minLength: 2, maxLength: 8 }).map((items) => ({ type: 'order', items: items.map((t, j) => ({ id: `i${j}`, text: t })) })),
      ).map((specific) => strip({ id: `q${i}`, ...common, ...specific })),
    );

const indexed = <T>(make: (i: number) => fc.Arbitrary<T>, min: number, max: number) =>
  fc.integer({ min, max }).chain((n) => (n === 0 ? fc.constant([] as T[]) : fc.tuple(...Array.from({ length: n }, (_, i) => make(i)))));

/** Arbitrary articles that satisfy the contract (every rule, not only the shape). */
export const validArticle: fc.Arbitrary<Article> = fc
  .record({
    title: fc.string({ minLength: 1, maxLength: 120 }).filter((t) => new RegExp(VISIBLE_CHARACTER).test(t)),
    dek: fc.option(text, { nil: undefined }),
    lang: fc.option(fc.constantFrom('en', 'de', 'uk', 'ar', 'he', 'fr', 'ja'), { nil: undefined }),
    points: fc.array(text, { minLength: 1, maxLength: 12 }),
    takeaway: fc.option(text, { nil: undefined }),
    figures: indexed(figure, 0, 24),
    questions: indexed(question, 0, 12),
    passPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    shuffle: fc.option(fc.constantFrom('none', 'choices', 'questions', 'both'), { nil: undefined }),
  })
  .map((r) =>
    strip({
      schemaVersion: 2,
      id: 'generated',
      title: r.title,
      dek: r.dek,
      lang: r.lang,
      summary: strip({ points: r.points, takeaway: r.takeaway }),
      figures: r.figures.length ? r.figures : undefined,
      quiz: r.questions.length ? strip({ questions: r.questions, passPercent: r.passPercent, shuffle: r.shuffle }) : undefined,
    }) as unknown as Article,
  );

/** Changes that each break one rule of the contract. */
const breakers: [string, (a: Record<string, any>) => void][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
  ['drop the title', (a) => delete a.title],
  ['unknown key', (a) => (a.titel = 'x')],
  ['title as a number', (a) => (a.title = 5)],
  ['no points', (a) => (a.summary.points = [])],
  ['schemaVersion 3', (a) => (a.schemaVersion = 3)],
  ['a blank point', (a) => (a.summary.points = [' '])],
  ['a version 1 percent', (a) => ((a.schemaVersion = 1), (a.figures = [{ id: 'f', value: 0.5, label: 'x', format: { style: 'percent' } }]))],
  ['bad id', (a) => (a.id = 'Not valid')],
  ['figure value as a string', (a) => (a.figures = [{ id: 'f0', value: '1', label: 'x' }])],
  ['duplicate figure ids', (a) => (a.figures = [{ id: 'f', value: 1, label: 'x' }, { id: 'f', value: 2, label: 'y' }])],
  ['dangling answer', (a) => (a.quiz = { questions: [{ id: 'q', type: 'single', prompt: 'p', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: 'z' }] })],
  ['unknown question type', (a) => (a.quiz = { questions: [{ id: 'q', type: 'essay', prompt: 'p' }] })],
];

describe('properties (fast-check)', () => {
  it(`validateArticle never throws on arbitrary JSON values (${RUNS.validator} runs)`, function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withObjectString: true })), (value) => {
        const result = validateArticle(value);
        expect(typeof result.ok).to.equal('boolean');
        if (!result.ok) for (const p of result.problems) expect(p.path === '' || p.path.startsWith('/')).to.equal(true);
      }),
      { numRuns: RUNS.validator },
    );
  });

  it(`accepts every generated valid article, and rejects it after any rule-breaking change (${RUNS.mutations} runs)`, function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(validArticle, fc.constantFrom(...breakers), (article, [, breakIt]) => {
        const ok = validateArticle(article);
        expect(ok.ok ? [] : ok.problems).to.deep.equal([]);
        const broken = structuredClone(article) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
        breakIt(broken);
        expect(validateArticle(broken).ok).to.equal(false);
      }),
      { numRuns: RUNS.mutations },
    );
  });

  it(`renders arbitrary valid articles in every element without console errors (${RUNS.render} runs)`, async function () {
    this.timeout(120_000);
    const logged: unknown[] = [];
    const [error, warn] = [console.error, console.warn];
    console.error = console.warn = (...args: unknown[]) => void logged.push(args);
    try {
      await fc.assert(
        fc.asyncProperty(validArticle, async (article) => {
          localStorage.clear();
          const page = await fixture(html`<div>
            <recap-summary .article=${article} loading="eager"></recap-summary>
            <recap-figures .article=${article} loading="eager"></recap-figures>
            <recap-quiz .article=${article} mode="all" loading="eager"></recap-quiz>
            <recap-article .article=${article} loading="eager"></recap-article>
          </div>`);
          for (const el of page.children) {
            await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
            expect(el.shadowRoot!.querySelector('[part~="error"]'), el.localName).to.equal(null);
            expect(el.shadowRoot!.querySelector('[part~="base"]:not([part~="placeholder"])'), el.localName).to.exist;
          }
          expect(logged).to.deep.equal([]);
          fixtureCleanup();
        }),
        { numRuns: RUNS.render },
      );
    } finally {
      [console.error, console.warn] = [error, warn];
    }
  });
});
