/** The "# Quiz" section of a Recap Markdown file: each "## question" with its type, options, choices or items, answer and explanation. */
import type { Tokens } from 'marked';
import { QUESTION_OPTIONS, QUESTION_TYPES, didYouMean, readNumber, splitOptions } from './syntax.js';
import { hasBlanks, isMatchList, readClozeText, readMatchList } from './read-cloze-matching.js';
import { ESCAPED_OR_TEXT, linesOf, put, readBlockText, trimBlock, type Block, type Path, type Reader, type Rec } from './markdown-reader.js';
import {
  BOOLEAN_LIKE,
  applyOptions,
  booleanHint,
  describeToken,
  headingOptions,
  headingText,
  itemLines,
  numberHint,
  readEvidence,
  readFieldLine,
  takeExtensions,
} from './read-options.js';
import { groupBySubheading } from './read-summary-figures.js';

interface ListItemRead {
  text: string;
  checked: boolean;
  task: boolean;
  offset: number;
  rec: Rec;
}

function readItems(r: Reader, b: Block, path: Path, key: 'choices' | 'items', allowFeedback: boolean): ListItemRead[] {
  const list = b.token as Tokens.List;
  const out: ListItemRead[] = [];
  let at = b.start;
  list.items.forEach((item, j) => {
    const itemStart = r.src.indexOf(item.raw, at);
    at = itemStart + item.raw.length;
    const itemPath = [...path, key, j];
    const lines = itemLines(r, item, itemStart);
    const split = splitOptions(lines[0]?.text ?? '');
    const rec: Rec = { id: String.fromCharCode(97 + j) };
    r.place(itemPath, itemStart);
    if (split.error) r.problem(itemStart, `the options in braces cannot be read: ${split.error}`, itemPath);
    const entries = takeExtensions(
      split.entries.map((e) => ({ ...e, at: itemStart })),
      rec,
    );
    for (const e of entries) {
      if (e.key === '#') {
        rec.id = String(e.value);
        r.place([...itemPath, 'id'], itemStart);
      } else r.problem(itemStart, `unknown option "${e.key === 'word' ? String(e.value) : e.key}" for ${key === 'choices' ? 'a choice' : 'an item'}; it takes #id and x- extensions`, itemPath);
    }
    rec.text = ESCAPED_OR_TEXT(split.text);
    r.place([...itemPath, 'text'], itemStart);
    for (const line of lines.slice(1)) {
      if (allowFeedback && readFieldLine(r, line, ['Feedback'], rec, itemPath, 'a choice')) continue;
      r.problem(
        line.offset,
        `this line continues the ${key === 'choices' ? 'choice' : 'item'} on line ${r.pos(itemStart).line}; ${key === 'choices' ? 'a choice is one line (plus "Feedback: …")' : 'an item is one line'}: leave a blank line before the explanation`,
        itemPath,
      );
    }
    out.push({ text: String(rec.text), checked: !!item.checked, task: !!item.task, offset: itemStart, rec });
  });
  return out;
}

export function readQuestions(r: Reader, heading: Block, blocks: Block[]): Rec[] {
  r.place(['quiz'], heading.start);
  r.place(['quiz', 'questions'], heading.start);
  for (const e of headingOptions(r, heading, ['quiz'])) r.problem(e.at, `"# Quiz" takes no options (quiz options go in the front matter under "quiz:"), found "${e.key === 'word' ? String(e.value) : e.key}"`);
  return groupBySubheading(r, blocks, 'Quiz').map((g, i) => readQuestion(r, g.heading, g.blocks, i));
}

function readQuestion(r: Reader, heading: Block, blocks: Block[], i: number): Rec {
  const path: Path = ['quiz', 'questions', i];
  const q: Rec = { id: `q${i + 1}` };
  r.place(path, heading.start);
  r.place([...path, 'prompt'], heading.start);
  r.place([...path, 'type'], heading.start);
  const entries = takeExtensions(headingOptions(r, heading, path), q, ['evidence', 'format']);
  let explicit: string | undefined;
  const rest = entries.filter((e) => {
    if (e.key !== 'word') return true;
    const word = String(e.value);
    if ((QUESTION_TYPES as readonly string[]).includes(word)) {
      if (explicit) r.problem(e.at, `the question type is given twice ("${explicit}" and "${word}")`, path);
      explicit = word;
    } else r.problem(e.at, `unknown question type "${word}"${didYouMean(word, QUESTION_TYPES)}; the types are ${QUESTION_TYPES.join(', ')}`, path);
    return false;
  });
  const promptText = headingText(heading).trim();
  applyOptions(r, rest, QUESTION_OPTIONS, q, path, 'a question');
  const prompt = ESCAPED_OR_TEXT(promptText);

  let choices: { block: Block; items: ListItemRead[] } | undefined;
  let order: { block: Block; items: ListItemRead[] } | undefined;
  let answer: { value: string; offset: number } | undefined;
  let plainList: Block | undefined;
  // A cloze's text (a paragraph with [[blanks]]) or a matching question's "item -> target" list, right after the heading.
  let clozeText: Block | undefined;
  let matchList: Block | undefined;
  const explanation: Block[] = [];
  const structural = (b: Block) => {
    if (explanation.length) r.problem(b.start, `write the explanation after the answers and the ">" quote; this ${describeToken(b.token)} comes after explanation text (line ${r.pos(explanation[0]!.start).line})`, path);
  };
  for (const b of blocks) {
    const t = b.token;
    if (t.type === 'space') continue;
    if (t.type === 'list') {
      const list = t as Tokens.List;
      const tasks = list.items.filter((it) => it.task).length;
      if (!choices && !order && !answer && !matchList && !clozeText && !explanation.length && isMatchList(list)) {
        matchList = b;
        continue;
      }
      if (!choices && !order && !answer && tasks > 0) {
        structural(b);
        if (list.ordered) r.problem(b.start, 'choices are a bullet list ("- [ ]" and "- [x]"), not a numbered one; a numbered list is the right order of an {order} question', path);
        const items = readItems(r, b, path, 'choices', true);
        for (const it of items) if (!it.task) r.problem(it.offset, 'this choice has no checkbox; write "- [ ] wrong answer" or "- [x] right answer"', path);
        choices = { block: b, items };
        continue;
      }
      if (!choices && !order && !answer && list.ordered && explicit === 'order') {
        structural(b);
        order = { block: b, items: readItems(r, b, path, 'items', false) };
        continue;
      }
      if (!choices && !order && !answer && !explanation.length && !list.ordered) plainList = b;
      if (!choices && !order && !answer && !explanation.length && list.ordered) {
        structural(b);
        r.problem(b.start, 'a numbered list in a question is the right order of an ordering question: add {order} to the heading (choices are written "- [ ]" and "- [x]")', path);
        order = { block: b, items: readItems(r, b, path, 'items', false) };
        continue;
      }
    }
    if (t.type === 'blockquote') {
      structural(b);
      readEvidence(r, b, q, path, 'a question');
      continue;
    }
    if (t.type === 'paragraph' && !clozeText && !matchList && !choices && !order && !answer && !explanation.length && hasBlanks((t as Tokens.Paragraph).text)) {
      clozeText = b;
      continue;
    }
    if (t.type === 'paragraph' && /^=(?:\s|$)/.test((t as Tokens.Paragraph).text)) {
      structural(b);
      const lines = linesOf(r.src, b.start, b.end);
      if (answer) r.problem(b.start, `a question has one answer line ("= …"); the first is on line ${r.pos(answer.offset).line}`, path);
      else answer = { value: lines[0]!.text.replace(/^=\s*/, '').trim(), offset: b.start };
      for (const extra of lines.slice(1))
        r.problem(extra.offset, 'this line continues the answer line above; leave a blank line before the explanation', path);
      continue;
    }
    explanation.push(b);
  }

  // The type: explicit, or read from the answers when that cannot surprise.
  const checked = choices?.items.filter((it) => it.checked) ?? [];
  let type = explicit;
  if (!type) {
    if (choices) type = checked.length > 1 ? 'multiple' : 'single';
    // "= yes" or "= True" is a true-false answer written another way, not a number.
    else if (answer) type = answer.value === 'true' || answer.value === 'false' || BOOLEAN_LIKE.test(answer.value) ? 'true-false' : 'numeric';
    else if (order) type = 'order';
    else if (clozeText) type = 'cloze';
    else if (matchList) type = 'matching';
  }
  const q2: Rec = { id: q.id, type: type ?? 'single', prompt };
  for (const [k, v] of Object.entries(q)) if (k !== 'id') put(q2, k, v);
  const broken = (message: string, offset = heading.start) => r.problem(offset, message, path);
  if (!type) {
    broken(
      plainList
        ? 'this question has no answers: its list has no checkboxes; write choices as "- [ ] wrong" and "- [x] right"'
        : 'this question has no answers: add choices ("- [ ] …", "- [x] …"), an answer line ("= 42" or "= true"), or a numbered list with {order}',
    );
    return q2;
  }
  const at = (offset: number, ...p: Path) => r.place([...path, ...p], offset);
  if (type === 'single' || type === 'multiple') {
    if (!choices) {
      broken(`a ${type}-choice question needs choices: "- [ ] wrong" and "- [x] right"`);
      return q2;
    }
    q2.choices = choices.items.map((it) => it.rec);
    at(choices.block.start, 'choices');
    if (answer) broken(`a choice question has no "=" answer line (line ${r.pos(answer.offset).line}); mark the right choices with [x]`, answer.offset);
    if (type === 'single') {
      if (checked.length === 0) broken('no right answer: mark the right choice with "- [x]"');
      else if (checked.length > 1)
        broken(`a single-choice question has one right answer, but ${checked.length} are marked [x] (lines ${checked.map((c) => r.pos(c.offset).line).join(', ')}): unmark all but one, or make it {multiple}`, checked[1]!.offset);
      else {
        q2.answer = checked[0]!.rec.id;
        at(checked[0]!.offset, 'answer');
      }
    } else {
      if (checked.length === 0) broken('no right answer: mark the right choices with "- [x]"');
      q2.answers = checked.map((c) => c.rec.id);
      // `answers: [...]` only keeps an order that differs from the choices'; the [x] marks decide.
      if ('answers' in q) {
        const listed = q.answers;
        const marked = q2.answers as unknown[];
        if (!Array.isArray(listed) || listed.length !== marked.length || !listed.every((id) => marked.includes(id)))
          broken(`the answers option must list exactly the choices marked [x] (${marked.map((id) => JSON.stringify(id)).join(', ')}), found ${JSON.stringify(listed)}`);
        else q2.answers = listed;
      }
      at(checked[0]?.offset ?? heading.start, 'answers');
      checked.forEach((c, k) => at(c.offset, 'answers', k));
    }
  } else if (type === 'true-false' || type === 'numeric') {
    if (choices) broken(`a ${type} question has no choices; its answer is one line: ${type === 'numeric' ? '"= 42"' : '"= true" or "= false"'}`, choices.block.start);
    if (order) broken(`a ${type} question has no numbered list`, order.block.start);
    if (!answer) broken(`a ${type} question needs an answer line: ${type === 'numeric' ? '"= 42"' : '"= true" or "= false"'}`);
    else {
      at(answer.offset, 'answer');
      if (type === 'true-false') {
        if (answer.value === 'true' || answer.value === 'false') q2.answer = answer.value === 'true';
        else broken(`the answer of a true-false question is "= true" or "= false", found "= ${answer.value}"${booleanHint(answer.value)}`, answer.offset);
      } else {
        const n = readNumber(answer.value);
        if (n === undefined)
          broken(
            `the answer of a numeric question must be a number, found "= ${answer.value}"${numberHint(answer.value)}${explicit ? '' : '; a true-false answer is "= true" or "= false"'}`,
            answer.offset,
          );
        else q2.answer = n;
      }
    }
  } else if (type === 'order') {
    if (!order) {
      broken(choices ? 'an {order} question lists its items as a numbered list ("1. first", "2. second"), without checkboxes' : 'an {order} question needs its items as a numbered list, in the right order');
      return q2;
    }
    q2.items = order.items.map((it) => it.rec);
    at(order.block.start, 'items');
    if (answer) broken('an {order} question has no "=" answer line; the numbered list is the answer', answer.offset);
  } else if (type === 'cloze' || type === 'matching') {
    const other = choices?.block ?? order?.block ?? (answer && { start: answer.offset });
    if (other) broken(`a ${type} question has no ${choices ? 'choices' : order ? 'numbered list' : '"=" answer line'}: ${type === 'cloze' ? 'its answers are inside the [[blanks]]' : 'its answers are the "item -> target" list'}`, other.start);
    if (type === 'cloze') {
      if (clozeText) readClozeText(r, trimBlock(r.src.slice(clozeText.start, clozeText.end)), clozeText.start, q2, path);
      else if (!('text' in q2)) broken('a cloze question needs its text right after the heading, with the blanks in double brackets: "The talks open in [[Istanbul]]."');
    } else if (matchList) {
      let at = matchList.start;
      const lines = (matchList.token as Tokens.List).items.map((item) => {
        const start = r.src.indexOf(item.raw, at);
        at = start + item.raw.length;
        return itemLines(r, item, start)[0] ?? { text: '', offset: start };
      });
      readMatchList(r, lines, q2, path);
    } else if (!('items' in q2)) broken('a matching question needs its pairs as a list right after the heading: "- item -> its target"');
  }
  if (explanation.length) {
    const first = explanation[0]!;
    const last = explanation[explanation.length - 1]!;
    q2.explanation = readBlockText(r.src.slice(first.start, last.end));
    at(first.start, 'explanation');
  }
  return q2;
}
