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
});
