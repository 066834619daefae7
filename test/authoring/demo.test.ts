/** The demo recap and the spec's own example, written in Recap Markdown, compile as promised. */
import { expect } from '@open-wc/testing';
import { parseRecapMarkdown } from '../../src/authoring/index.js';
import type { Article } from '../../src/data/types.js';

const text = async (url: string) => (await fetch(url)).text();

describe('Recap Markdown files in the repository', () => {
  it('compiles demo/data/istanbul-talks.md to the record in demo/data/istanbul-talks.json', async () => {
    const result = parseRecapMarkdown(await text('/demo/data/istanbul-talks.md'));
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
    const json = JSON.parse(await text('/demo/data/istanbul-talks.json')) as Article;
    expect(result.article).to.deep.equal(json);
  });

  it("compiles the spec's first example (docs/recap-markdown.md) to a valid record with every part", async () => {
    const spec = await text('/docs/recap-markdown.md');
    const example = /```markdown\n([\s\S]*?)\n```/.exec(spec)![1]!;
    const result = parseRecapMarkdown(example);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
    const a = result.article;
    expect(a.summary!.points).to.have.length(2);
    expect(a.summary!.takeaway).to.equal('a fast new link, but some shops feel left behind.');
    expect(a.figures![0]).to.include({ id: 'length', value: 11.4 });
    expect(a.quiz!.questions.map((q) => [q.id, q.type])).to.deep.equal([
      ['stops', 'numeric'],
      ['q2', 'single'],
    ]);
  });

  it("compiles the spec's fill-in-the-blanks and matching example as the spec describes it", async () => {
    const spec = await text('/docs/recap-markdown.md');
    const example = [...spec.matchAll(/```markdown\n([\s\S]*?)\n```/g)].map((m) => m[1]!).find((md) => md.includes('[['))!;
    const result = parseRecapMarkdown(example);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
    const [cloze, matching] = result.article.quiz!.questions;
    expect(cloze).to.deep.include({
      id: 'opening',
      type: 'cloze',
      text: 'The line opens on {{b1}} and runs {{length}} kilometres to {{b3}}.',
      blanks: [
        { id: 'b1', answers: ['Saturday'] },
        { id: 'length', answers: ['11.4'] },
        { id: 'b3', answers: ['Northfield'], choices: ['Harbour Station', 'Northfield', 'Riverton'] },
      ],
      ignoreAccents: true,
    });
    expect(matching).to.deep.include({
      id: 'stops',
      type: 'matching',
      items: [
        { id: 'a', text: 'Harbour Station', match: 't1' },
        { id: 'market', text: 'Market Square', match: 't2' },
        { id: 'c', text: 'Northfield', match: 't3' },
      ],
      targets: [
        { id: 't1', text: 'the docks' },
        { id: 't2', text: 'the old town' },
        { id: 't3', text: 'the north' },
        { id: 't4', text: 'the airport' },
      ],
    });
  });

  it('reports the misuses of both types with their lines and how to fix them', () => {
    const md = ['---', 'id: x', 'title: X', '---', '', '# Quiz', '', '## Fill in.', '', 'Opens on [[Saturday and ends [[]].', '', '## Match.', '', '- Harbour -> docks', '- Market ->', '- North -> docks', ''].join('\n');
    const result = parseRecapMarkdown(md);
    expect(result.ok).to.equal(false);
    const problems = (result as { problems: { line: number; message: string }[] }).problems.map((p) => `${p.line}: ${p.message}`);
    expect(problems).to.deep.include.members([
      '10: this blank "[[" is never closed: write a blank as [[answer]], or \\[[ for the brackets themselves',
      '14: targets must have at least 2 entries, found 1',
      '15: a matching line is "- item -> its target" (or "- -> target" for a target no item matches); the target is missing',
      '16: target "t1" is already the match of item "a"; give each item its own target, or set reuseTargets to true to let one target match several items',
    ]);
  });
});
