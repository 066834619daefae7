/** Recap Markdown round trip: any valid record, written as Markdown and read back, is the same record. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseRecapMarkdown, toRecapMarkdown } from '../../src/authoring/index.js';
import { validateArticle } from '../../src/data/validate.js';
import type { Article } from '../../src/data/types.js';
import { validRecord } from './arbitraries.js';

const RUNS = 250;

function roundTrip(record: Article): void {
  const checked = validateArticle(record);
  if (!checked.ok) throw new Error(`the generator made an invalid record: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  const md = toRecapMarkdown(record);
  const back = parseRecapMarkdown(md);
  if (!back.ok) throw new Error(`the written Markdown does not read back:\n${back.problems.map((p) => `${p.line}: ${p.path ?? ''} ${p.message}`).join('\n')}\n---\n${md}`);
  expect(back.article).to.deep.equal(checked.article);
}

describe('Recap Markdown round trip', () => {
  it('gives back every valid record: every question type, Markdown, awkward characters, RTL, extension keys and numbers like -0', function () {
    // A few seconds alone; more on a machine shared with other suites.
    this.timeout(90_000);
    fc.assert(fc.property(validRecord, roundTrip), { numRuns: RUNS });
  });

  it('keeps the numbers 0.1 + 0.2, 1e21 and -0 exactly', () => {
    const record = {
      schemaVersion: 2,
      id: 'numbers',
      title: 'Numbers',
      figures: [
        { id: 'a', value: 0.1 + 0.2, label: 'sum' },
        { id: 'b', value: 1e21, label: 'big' },
        { id: 'c', value: -0, label: 'negative zero' },
      ],
      quiz: { passPercent: -0, questions: [{ id: 'n', type: 'numeric', prompt: 'How much?', answer: -0, tolerance: 1e21 }] },
    } as unknown as Article;
    const back = parseRecapMarkdown(toRecapMarkdown(record));
    expect(back.ok).to.equal(true);
    const a = (back as { article: Article }).article;
    expect(a.figures![0]!.value).to.equal(0.30000000000000004);
    expect(a.figures![1]!.value).to.equal(1e21);
    expect(Object.is(a.figures![2]!.value, -0)).to.equal(true);
    expect(Object.is(a.quiz!.passPercent, -0)).to.equal(true);
  });

  it('keeps a line separator (U+2028) in a text written in a heading\'s options, where marked would end the heading', () => {
    // Found by the property above: a matching target "\u2028\u0000" sent the question's heading into a paragraph.
    const record = {
      schemaVersion: 2,
      id: 'separator',
      title: 'Separator',
      body: 'The river rose two metres overnight.',
      quiz: {
        questions: [
          {
            id: 'pairs',
            type: 'matching',
            prompt: 'Match them.',
            items: [{ id: 'a', text: 'One', match: 't1' }, { id: 'b', text: 'Two', match: 't2' }],
            targets: [{ id: 't1', text: 'One' }, { id: 't2', text: 'Two' }, { id: 't3', text: '\u2028\u0000' }],
            evidence: { quote: 'The river rose two metres' },
            'x-note': { 'a\u2029b': 'c\u2028d' },
          },
        ],
      },
    } as unknown as Article;
    roundTrip(record);
  });

  it('gives back the demo recap, and writes it without escapes', async () => {
    const record = (await (await fetch('/demo/data/istanbul-talks.json')).json()) as Article;
    const md = toRecapMarkdown(record);
    expect(md).not.to.include('`"');
    const back = parseRecapMarkdown(md);
    expect(back.ok).to.equal(true);
    expect((back as { article: Article }).article).to.deep.equal(record);
  });
});
