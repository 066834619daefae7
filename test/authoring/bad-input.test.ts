/** Recap Markdown as people really write it: every mistake is a problem with its line, and nothing throws. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseRecapMarkdown, toRecapMarkdown, type MarkdownProblem, type MarkdownResult } from '../../src/authoring/index.js';
import type { Article } from '../../src/data/types.js';

const head = '---\nid: quiz\ntitle: A quiz\n---\n\n';
const problemsOf = (r: MarkdownResult): MarkdownProblem[] => (r.ok ? [] : r.problems);
const only = (text: string): MarkdownProblem => {
  const problems = problemsOf(parseRecapMarkdown(text));
  expect(problems, JSON.stringify(problems)).to.have.length(1);
  return problems[0]!;
};
const articleOf = (text: string): Article => {
  const r = parseRecapMarkdown(text);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return r.article;
};

let demoMd = '';
let demo: Article;
before(async () => {
  demoMd = await (await fetch('/demo/data/istanbul-talks.md')).text();
  demo = (await (await fetch('/demo/data/istanbul-talks.json')).json()) as Article;
});

describe('Recap Markdown: what editors and operating systems add', () => {
  it('reads Windows line endings, a byte-order mark and trailing spaces as if they were not there', () => {
    expect(articleOf(demoMd.replace(/\n/g, '\r\n'))).to.deep.equal(demo);
    expect(articleOf('\uFEFF' + demoMd)).to.deep.equal(demo);
    const trailing = demoMd.split('# Article')[0]!.replace(/\n/g, '   \n') + '# Article' + demoMd.split('# Article')[1];
    expect(articleOf(trailing)).to.deep.equal(demo);
  });

  it('reads tabs after list markers and before a choice\'s feedback', () => {
    const a = articleOf(head + '# Quiz\n\n## Capital?\n\n-\t[x] Kyiv\n\tFeedback: right\n-\t[ ] Lviv\n');
    expect(a.quiz!.questions[0]).to.deep.include({ type: 'single', answer: 'a' });
    expect((a.quiz!.questions[0] as unknown as { choices: { feedback?: string }[] }).choices[0]!.feedback).to.equal('right');
  });

  it('says where a tab indents the front matter, and nothing else about it', () => {
    const p = only('---\nid: q\nquiz:\n\ttitle: T\n---\n# Quiz\n\n## A?\n\n= 1\n');
    expect(p.line).to.equal(4);
    expect(p.message).to.match(/front matter: tabs are not allowed/i);
  });
});

describe('Recap Markdown: answers and ids written another way', () => {
  it('reads "= yes" and "= True" as a true-false answer written another way, and says how to write it', () => {
    for (const [written, fix] of [['yes', 'true'], ['True', 'true'], ['nein', 'false'], ['FALSE', 'false']]) {
      const p = only(head + `# Quiz\n\n## The sky is blue.\n\n= ${written}\n`);
      expect(p.line).to.equal(10);
      expect(p.message).to.equal(
        `the answer of a true-false question is "= true" or "= false", found "= ${written}" (write "= ${fix}", in English and lower case, whatever the article's language)`,
      );
    }
  });

  it('says a word that is no number could be a true-false answer, unless the question says {numeric}', () => {
    expect(only(head + '# Quiz\n\n## How far?\n\n= forty\n').message).to.equal(
      'the answer of a numeric question must be a number, found "= forty"; a true-false answer is "= true" or "= false"',
    );
    expect(only(head + '# Quiz\n\n## How far? {numeric}\n\n= forty\n').message).to.equal('the answer of a numeric question must be a number, found "= forty"');
  });

  it('reports a repeated id on the question that repeats it, naming the line of the first', () => {
    const p = only(head + '# Quiz\n\n## First? {#same}\n\n= 4\n\n## Second? {#same}\n\n= 5\n');
    expect(p.line).to.equal(12);
    expect(p.message).to.equal('question id "same" is already used by an earlier question (line 8); each question needs its own id');
  });
});

describe('Recap Markdown: missing blank lines', () => {
  it('reports an explanation glued to the last choice, on its line', () => {
    const p = only(head + '# Quiz\n\n## A?\n\n- [x] yes\n- [ ] no\nBecause yes.\n');
    expect(p).to.include({ line: 12 });
    expect(p.message).to.include('continues the choice on line 11').and.include('leave a blank line');
  });

  it('reports text glued to a quote, on its line', () => {
    const p = only(head + '# Quiz\n\n## A?\n\n- [x] yes\n- [ ] no\n\n> a quote from the text\nBecause yes.\n');
    expect(p.line).to.equal(14);
    expect(p.message).to.include('continues the ">" quote');
  });

  it('still reads headings, answer lines and field lines that follow without a blank line', () => {
    const a = articleOf(head + '# Summary\n- one\n- two\nTakeaway: bottom line\n# Quiz\n## A?\n= 1\n## B?\n= true\n');
    expect(a.summary).to.deep.equal({ points: ['one', 'two'], takeaway: 'bottom line' });
    expect(a.quiz!.questions.map((q) => q.type)).to.deep.equal(['numeric', 'true-false']);
  });
});

describe('Recap Markdown: answers', () => {
  it('reports two right answers on a single-choice question at the second one', () => {
    const p = only(head + '# Quiz\n\n## Two plus two? {single}\n\n- [x] 4\n- [x] four\n- [ ] 5\n');
    expect(p.line).to.equal(11);
    expect(p.message).to.include('one right answer, but 2 are marked [x] (lines 10, 11)').and.include('{multiple}');
  });

  it('reports a question with no right answer at its heading', () => {
    const p = only(head + '# Quiz\n\n## Two plus two?\n\n- [ ] 4\n- [ ] 5\n');
    expect(p.line).to.equal(8);
    expect(p.message).to.include('no right answer');
  });

  it('explains that a numbered list is an ordering question, not "pick one"', () => {
    expect(only(head + '# Quiz\n\n## A?\n\n1. a\n2. b\n').message).to.include('add {order}');
    expect(only(head + '# Quiz\n\n## A?\n\n1. [x] a\n1. [ ] b\n').message).to.include('choices are a bullet list');
  });

  it('asks for plain numbers', () => {
    expect(only(head + '# Quiz\n\n## A?\n\n= 4,300\n').message).to.include('without separators: 4300');
  });
});

describe('Recap Markdown: names', () => {
  it('suggests the section meant by an unknown one', () => {
    const p = only(head + '# Sumary\n\n- one\n\n# Quiz\n\n## A?\n\n= 1\n');
    expect(p).to.include({ line: 6, column: 1 });
    expect(p.message).to.include('unknown section "# Sumary" (did you mean "Summary"?)');
  });

  it('suggests the option, type and field meant by unknown ones, at their place', () => {
    const p = only(head + '# Quiz\n\n## A? {pionts: 2}\n\n= 1\n');
    expect(p).to.include({ line: 8, column: 8 });
    expect(p.message).to.include('unknown option "pionts" for a question (did you mean "points"?)');
    expect(only(head + '# Quiz\n\n## A? {mulitple}\n\n- [x] a\n- [ ] b\n').message).to.include('(did you mean "multiple"?)');
    expect(only(head + '# Summary\n\n- one\n\nTakeway: x\n')).to.include({ line: 10 });
  });

  it('places validator problems on the line that wrote the field, with their JSON Pointer', () => {
    const p = only('---\nid: q\ntitle: T\ntitel: T\n---\n# Summary\n\n- one\n');
    expect(p).to.include({ line: 4, path: '/titel' });
    expect(p.message).to.include('did you mean "title"?');
    const lang = only('---\nid: q\ntitle: T\nlang: english\n---\n# Summary\n\n- one\n');
    expect(lang).to.include({ line: 4, path: '/lang' });
  });
});

describe('Recap Markdown: evidence', () => {
  it('reports a quote that is not in the article on the quote\'s line, with the closest passage', () => {
    const text = head + '# Quiz\n\n## Where?\n\n- [x] Istanbul\n- [ ] Geneva\n\n> the talks open on Monday in Istanbull\n\n# Article\n\nThe second round of talks opens on Monday in Istanbul, at the Ciragan Palace.\n';
    const p = only(text);
    expect(p).to.include({ line: 13, path: '/quiz/questions/0/evidence/quote' });
    expect(p.message).to.include('does not occur in body').and.include('closest passage');
  });

  it('accepts one quote per question and reports a second', () => {
    const p = only(head + '# Quiz\n\n## A?\n\n= 1\n\n> first quote here\n\n> second quote here\n');
    expect(p.line).to.equal(14);
    expect(p.message).to.include('one evidence quote');
  });
});

describe('Recap Markdown: size and garbage', () => {
  it('refuses a file over 1 MB without reading it', () => {
    const p = only(head + '# Summary\n\n' + '- point\n'.repeat(130_000));
    expect(p).to.include({ line: 1 });
    expect(p.message).to.match(/the file is 1\.\d MB; the limit is 1 MB/);
  });

  it('never throws, whatever the text', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        const r = parseRecapMarkdown(text);
        expect(r.ok || r.problems.every((p) => p.line >= 1 && typeof p.message === 'string')).to.equal(true);
      }),
      { numRuns: 300 },
    );
    // Not text at all (a JavaScript caller without types).
    expect(parseRecapMarkdown(undefined as unknown as string).ok).to.equal(false);
  });

  it('never throws on the demo with any line removed, duplicated or cut short', function () {
    this.timeout(60_000);
    const lines = demoMd.split('\n');
    fc.assert(
      fc.property(fc.nat(lines.length - 1), fc.constantFrom('drop', 'twice', 'cut'), fc.nat(40), (i, how, at) => {
        const copy = [...lines];
        if (how === 'drop') copy.splice(i, 1);
        else if (how === 'twice') copy.splice(i, 0, lines[i]!);
        else copy[i] = lines[i]!.slice(0, at);
        const r = parseRecapMarkdown(copy.join('\n'));
        if (!r.ok) for (const p of r.problems) expect(p.line).to.be.within(1, copy.length + 1);
      }),
      { numRuns: 150 },
    );
  });

  it('writes, for every valid record, Markdown that reads without problems (the demo here)', () => {
    expect(parseRecapMarkdown(toRecapMarkdown(demo)).ok).to.equal(true);
  });
});
