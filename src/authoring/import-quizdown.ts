/**
 * importQuizdown: a quizdown-js quiz (https://github.com/bonartm/quizdown-js, docs/syntax.md)
 * -> a quiz-only record (and its Recap Markdown). quizdown's meanings are kept, not its
 * syntax: an unordered task list is multiple choice (even with one right answer), an
 * ordered task list is single choice, an ordered list without boxes is a sequence, and a list of
 * `[item](target)` pairs (quizdown's "pairs") is a matching question. quizdown has no fill in
 * the blanks yet (its syntax page says "WIP"), so there is nothing to carry into a cloze.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { finishImport, type ImportOptions, type ImportResult } from './import-gift.js';

type Rec = Record<string, unknown>;

/** The text of a list item without its nested blockquote (quizdown's answer comment), and the comment. */
function itemParts(item: Tokens.ListItem): { text: string; comment?: string } {
  const lines = item.text.split('\n');
  const quoteAt = lines.findIndex((l) => /^\s*>/.test(l));
  const textLines = quoteAt >= 0 ? lines.slice(0, quoteAt) : lines;
  const comment = quoteAt >= 0 ? lines.slice(quoteAt).map((l) => l.replace(/^\s*> ?/, '')).join(' ').trim() : undefined;
  return { text: textLines.join(' ').trim(), ...(comment ? { comment } : {}) };
}

/** A quizdown pair: "[item](its target)". */
const PAIR = /^\[([^\]]+)\]\(([^)]+)\)$/;

const quoteText = (t: Tokens.Blockquote) => t.text.replace(/\s*\n\s*/g, ' ').trim();

/** Reads a quizdown quiz. Never throws. */
export function importQuizdown(text: string, options: ImportOptions = {}): ImportResult {
  const warnings: string[] = [];
  let src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const quiz: Rec = {};
  const fm = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(src);
  if (fm) {
    src = src.slice(fm[0].length);
    try {
      const opts = (parseYaml(fm[1]!) ?? {}) as Rec;
      const shuffleQ = opts.shuffle_questions === true;
      const shuffleA = opts.shuffle_answers === true;
      if (shuffleQ || shuffleA) quiz.shuffle = shuffleQ && shuffleA ? 'both' : shuffleQ ? 'questions' : 'choices';
      if (typeof opts.locale === 'string') warnings.push(`locale "${opts.locale}": set the recap's lang in the front matter (lang: ${opts.locale}) if it is the language of the questions`);
      const dropped = Object.keys(opts).filter((k) => !['shuffle_questions', 'shuffle_answers', 'locale'].includes(k));
      if (dropped.length) warnings.push(`quiz options ${dropped.join(', ')}: colours and the like are page styling in Recap (CSS custom properties), not quiz data`);
    } catch (error) {
      warnings.push(`the quiz options at the top cannot be read as YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); they are left out`);
    }
  }
  const tokens = new Lexer({ gfm: true }).lex(src);
  const groups: { heading: Tokens.Heading; blocks: Token[] }[] = [];
  for (const t of tokens) {
    if (t.type === 'heading') groups.push({ heading: t as Tokens.Heading, blocks: [] });
    else if (groups.length) groups[groups.length - 1]!.blocks.push(t);
  }
  const questions: Rec[] = [];
  groups.forEach((g, n) => {
    const name = `question ${n + 1} ("${g.heading.text.slice(0, 40)}")`;
    const q: Rec = { id: '', prompt: g.heading.text.trim() };
    const body: string[] = [];
    let list: Tokens.List | undefined;
    for (const b of g.blocks) {
      if (b.type === 'space') continue;
      if (b.type === 'hr') continue; // a question's own option block starts and ends with ---
      if (b.type === 'list' && !list) {
        list = b as Tokens.List;
        continue;
      }
      if (b.type === 'blockquote') {
        q['x-quizdown-hint'] = quoteText(b as Tokens.Blockquote);
        warnings.push(`${name}: its hint is kept as "x-quizdown-hint" but not shown; in Recap Markdown a ">" quote is evidence from the article, and hints have no place`);
        continue;
      }
      if (b.type === 'paragraph') {
        if (/^[a-z_]+:\s/m.test((b as Tokens.Paragraph).text) && g.blocks.some((x) => x.type === 'hr')) {
          warnings.push(`${name}: per-question options (${(b as Tokens.Paragraph).text.trim()}) are not carried over`);
          continue;
        }
        let para = (b as Tokens.Paragraph).text;
        const images = para.match(/!\[[^\]]*\]\([^)]*\)/g);
        if (images) {
          warnings.push(`${name}: ${images.length === 1 ? 'an image' : `${images.length} images`} (${images.join(', ')}): Recap prompts hold text, not images; left out`);
          para = para.replace(/!\[[^\]]*\]\([^)]*\)/g, '');
        }
        para = para.replace(/\s*\n\s*/g, ' ').trim();
        if (para) body.push(para);
        continue;
      }
      warnings.push(`${name}: a ${b.type === 'code' ? 'code block' : b.type} in the question text has no place in a one-line Recap prompt; left out`);
    }
    if (body.length) q.prompt = [q.prompt, ...body].join(' ');
    if (!list) {
      warnings.push(`${name}: no answer list; left out`);
      return;
    }
    const tasks = list.items.filter((i) => i.task).length;
    if (tasks === 0 && list.ordered) {
      q.type = 'order';
      q.items = list.items.map((item, j) => {
        const { text: t, comment } = itemParts(item);
        if (comment) warnings.push(`${name}: the comment on item ${j + 1} has no place in an ordering question; left out`);
        return { id: String.fromCharCode(97 + j), text: t };
      });
    } else if (tasks === 0 && list.items.every((item) => PAIR.test(item.text.trim()))) {
      // quizdown's "pairs" (work in progress there): "- [banana](fruit)" matches banana with fruit.
      const targets: Rec[] = [];
      q.type = 'matching';
      q.items = list.items.map((item, j) => {
        const [, text, target] = PAIR.exec(item.text.trim())!;
        let t = targets.find((x) => x.text === target!.trim());
        if (!t) targets.push((t = { id: `t${targets.length + 1}`, text: target!.trim() }));
        return { id: String.fromCharCode(97 + j), text: text!.trim(), match: t.id };
      });
      q.targets = targets;
      if (targets.length < list.items.length) q.reuseTargets = true;
    } else if (tasks === 0) {
      warnings.push(`${name}: its list has no [x] or [ ] boxes (quizdown's unfinished types other than pairs have no Recap type); left out`);
      return;
    } else {
      const choices = list.items.map((item, j) => {
        const { text: t, comment } = itemParts(item);
        return { id: String.fromCharCode(97 + j), text: t, ...(comment ? { feedback: comment } : {}) };
      });
      const right = list.items.map((item, j) => (item.checked ? choices[j]!.id : '')).filter(Boolean);
      q.choices = choices;
      if (list.ordered) {
        q.type = 'single';
        q.answer = right[0];
        if (right.length !== 1) warnings.push(`${name}: a single-choice question (numbered list) with ${right.length} right answers; Recap needs exactly one`);
      } else {
        q.type = 'multiple';
        q.answers = right;
      }
    }
    questions.push(q);
  });
  if (!groups.length) warnings.push('no question headings found; each quizdown question starts with a heading such as "### Question?"');
  return finishImport(questions, quiz, options, warnings);
}
