/** The "# Summary" and "# Figures" sections of a Recap Markdown file. */
import type { Tokens } from 'marked';
import { FIGURE_OPTIONS, readNumber } from './syntax.js';
import { ESCAPED_OR_TEXT, linesOf, type Block, type Path, type Reader, type Rec } from './markdown-reader.js';
import { applyOptions, describeToken, headingOptions, headingText, itemLines, numberHint, readEvidence, readFieldLine, takeExtensions } from './read-options.js';

export function readSummary(r: Reader, heading: Block, blocks: Block[], record: Rec): void {
  const summary: Rec = {};
  record.summary = summary;
  r.place(['summary'], heading.start);
  for (const e of takeExtensions(headingOptions(r, heading, ['summary']), summary))
    r.problem(e.at, `"# Summary" takes only x- extension options, found "${e.key === 'word' ? String(e.value) : e.key}"`);
  const points: string[] = [];
  let listSeen = false;
  const fields = (line: { text: string; offset: number }) => readFieldLine(r, line, ['Takeaway', 'Disclosure'], summary, ['summary'], 'the summary');
  for (const b of blocks) {
    const t = b.token;
    if (t.type === 'space') continue;
    if (t.type === 'list' && !(t as Tokens.List).ordered && !listSeen) {
      listSeen = true;
      r.place(['summary', 'points'], b.start);
      let at = b.start;
      for (const item of (t as Tokens.List).items) {
        const itemStart = r.src.indexOf(item.raw, at);
        at = itemStart + item.raw.length;
        const lines = itemLines(r, item, itemStart);
        if (item.task) r.problem(itemStart, 'a summary point has no checkbox; checkboxes mark the right answers of quiz questions');
        r.place(['summary', 'points', points.length], itemStart);
        points.push(ESCAPED_OR_TEXT(lines[0]?.text ?? ''));
        for (const line of lines.slice(1)) {
          if (!fields(line))
            r.problem(line.offset, `this line continues the point above (line ${r.pos(itemStart).line}); a point is one line: start a new point with "- ", or leave a blank line before other text`);
        }
      }
      continue;
    }
    if (t.type === 'paragraph') {
      for (const line of linesOf(r.src, b.start, b.end)) {
        if (!fields(line))
          r.problem(line.offset, `unexpected text in "# Summary": it holds a list of points ("- …"), "Takeaway: …" and "Disclosure: …"`, ['summary']);
      }
      continue;
    }
    r.problem(b.start, t.type === 'list' ? 'the summary has one list of points; this is a second list' : `unexpected ${describeToken(t)} in "# Summary": it holds a list of points ("- …"), "Takeaway: …" and "Disclosure: …"`, ['summary']);
  }
  summary.points = points;
}

export function groupBySubheading(r: Reader, blocks: Block[], section: string): { heading: Block; blocks: Block[] }[] {
  const groups: { heading: Block; blocks: Block[] }[] = [];
  for (const b of blocks) {
    if (b.token.type === 'heading' && (b.token as Tokens.Heading).depth === 2) groups.push({ heading: b, blocks: [] });
    else if (groups.length) groups[groups.length - 1]!.blocks.push(b);
    else if (b.token.type !== 'space')
      r.problem(
        b.start,
        section === 'Quiz'
          ? 'text before the first question; each question starts with "## " and its prompt, and the quiz title, intro and options go in the front matter under "quiz:"'
          : 'text before the first figure; each figure starts with "## VALUE: label"',
      );
  }
  return groups;
}

export function readFigures(r: Reader, heading: Block, blocks: Block[]): Rec[] {
  r.place(['figures'], heading.start);
  for (const e of headingOptions(r, heading, ['figures'])) r.problem(e.at, `"# Figures" takes no options, found "${e.key === 'word' ? String(e.value) : e.key}"`);
  return groupBySubheading(r, blocks, 'Figures').map((g, i) => {
    const path: Path = ['figures', i];
    const figure: Rec = { id: `f${i + 1}` };
    r.place(path, g.heading.start);
    const text = headingText(g.heading).trim();
    const m = /^(\S+?):(?:\s+(.*))?$/s.exec(text) ?? /^(\S+)$/.exec(text);
    r.place([...path, 'value'], g.heading.start);
    r.place([...path, 'label'], g.heading.start);
    if (!m || !text.includes(':')) r.problem(g.heading.start, 'a figure heading is "## VALUE: label", for example "## 41: Russian warplanes hit"', path);
    else {
      const value = readNumber(m[1]!);
      if (value === undefined) r.problem(g.heading.start, `the figure's value must be a number, found "${m[1]}"${numberHint(m[1]!)}`, path);
      else figure.value = value;
      figure.label = ESCAPED_OR_TEXT(m[2] ?? '');
    }
    const entries = takeExtensions(headingOptions(r, g.heading, path), figure, ['claim', 'evidence', 'format']);
    applyOptions(r, entries, FIGURE_OPTIONS, figure, path, 'a figure');
    for (const b of g.blocks) {
      const t = b.token;
      if (t.type === 'space') continue;
      if (t.type === 'blockquote') readEvidence(r, b, figure, path, 'a figure');
      else if (t.type === 'paragraph') {
        for (const line of linesOf(r.src, b.start, b.end))
          if (!readFieldLine(r, line, ['Claim', 'Claim note'], figure, path, 'a figure'))
            r.problem(line.offset, 'unexpected text in a figure: a figure has its heading ("## VALUE: label {options}"), "Claim: who (status)", "Claim note: …" and one ">" quote', path);
      } else r.problem(b.start, `unexpected ${describeToken(t)} in a figure: a figure has its heading, "Claim:", "Claim note:" and one ">" quote`, path);
    }
    return figure;
  });
}
