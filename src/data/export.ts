/**
 * Exports a quiz for teachers' tools: Moodle's GIFT and Aiken formats.
 * GIFT carries every question type (ordering as matching, a cloze as one missing-word or
 * short-answer question per blank); Aiken skips the types it cannot express and names them
 * in warnings.
 */
import { plainText } from './plain-text.js';
import { scanCloze } from './cloze-text.js';
import type { Article, Question } from './types.js';

export interface ExportResult {
  text: string;
  /** One line per skipped question: which and why. */
  warnings: string[];
  /** Ids of the questions written. */
  exported: string[];
}

/** GIFT special characters are escaped with a backslash. */
const giftEscape = (s: string) => s.replace(/([\\~=#{}:])/g, '\\$1').replace(/\r?\n/g, ' ');

/** A GIFT number: plain digits with a dot, as Moodle reads it. */
const giftNumber = (n: number) => String(n);

function giftPercent(fraction: number): string {
  // Moodle snaps weights to its grade list (33.33333, 16.66667...); five decimals match it.
  return String(Math.round(fraction * 10_000_000) / 100_000);
}

/** The general feedback: the explanation, then the article's own sentence. */
function giftGeneralFeedback(q: Question): string {
  const parts = [q.explanation, q.evidence ? `From the article: "${q.evidence.quote}"` : undefined].filter((p) => p !== undefined);
  return parts.length ? ` ####${giftEscape(parts.join(' '))}` : '';
}

/** "->" would split a matching pair in GIFT: it is written as an arrow, and said. */
function noPairArrow(text: string, q: Question, what: string, warnings: string[]): string {
  if (text.includes('->')) warnings.push(`question "${q.id}": "->" in ${what} is written as "→" (GIFT reads "->" as a pair)`);
  return text.replace(/->/g, '→');
}

/**
 * A cloze in GIFT: one question per blank (GIFT has one gap per question), the text around it,
 * other blanks shown as "[…]". Typed blanks are short answers (every accepted spelling with "="),
 * blanks with choices are missing-word questions ("=" right, "~" wrong).
 */
function giftCloze(q: Extract<Question, { type: 'cloze' }>, general: string, warnings: string[]): string {
  const { marks } = scanCloze(q.text);
  const titles = q.blanks.map((b) => (q.blanks.length === 1 ? q.id : `${q.id}-${b.id}`));
  if (q.blanks.length > 1) warnings.push(`question "${q.id}": GIFT has one blank per question; its ${q.blanks.length} blanks are written as ${q.blanks.length} questions (${titles.join(', ')})`);
  if (q.caseSensitive) warnings.push(`question "${q.id}": GIFT cannot say that capitals count; Moodle will accept any`);
  if (q.ignoreAccents) warnings.push(`question "${q.id}": GIFT cannot say that accents do not count; Moodle will count them`);
  return q.blanks
    .map((blank, i) => {
      const answers = blank.choices
        ? blank.choices.map((c) => `${blank.answers.includes(c) ? (c === blank.answers[0] ? '=' : '~%100%') : '~'}${giftEscape(c)}`)
        : blank.answers.map((a) => `=${giftEscape(a)}`);
      let text = '';
      let at = 0;
      for (const m of marks) {
        text += giftEscape(q.text.slice(at, m.start)) + (m.id === blank.id ? `{${answers.join(' ')}${general}}` : '[…]');
        at = m.end;
      }
      text += giftEscape(q.text.slice(at));
      return `::${giftEscape(titles[i]!)}::[markdown]${giftEscape(q.prompt)} ${text}`;
    })
    .join('\n\n');
}

function giftQuestion(q: Question, warnings: string[]): string {
  const head = `::${giftEscape(q.id)}::[markdown]${giftEscape(q.prompt)}`;
  const general = giftGeneralFeedback(q);
  switch (q.type) {
    case 'single': {
      const options = q.choices.map((c) => `  ${c.id === q.answer ? '=' : '~'}${giftEscape(c.text)}${c.feedback ? `#${giftEscape(c.feedback)}` : ''}`);
      return `${head} {\n${options.join('\n')}\n ${general}}`;
    }
    case 'multiple': {
      const right = q.answers.length;
      const wrong = q.choices.length - right;
      const options = q.choices.map((c) => {
        const weight = q.answers.includes(c.id) ? giftPercent(1 / right) : wrong ? `-${giftPercent(1 / wrong)}` : '0';
        return `  ~%${weight}%${giftEscape(c.text)}${c.feedback ? `#${giftEscape(c.feedback)}` : ''}`;
      });
      return `${head} {\n${options.join('\n')}\n ${general}}`;
    }
    case 'true-false':
      return `${head} {${q.answer ? 'TRUE' : 'FALSE'}${general}}`;
    case 'numeric':
      return `${head} {#${giftNumber(q.answer)}:${giftNumber(q.tolerance ?? 0)}${general}}`;
    case 'order': {
      // GIFT has no ordering type: a matching question pairs each item with its position,
      // which Moodle imports and marks the same way. "->" would split a pair, so it is written as an arrow.
      const pairs = q.items.map((item, i) => `  =${giftEscape(noPairArrow(item.text, q, `item "${item.id}"`, warnings))} -> ${i + 1}`);
      return `${head} {\n${pairs.join('\n')}\n ${general}}`;
    }
    case 'matching': {
      // Each item with its target's text; a target no item matches is a distractor ("= -> text").
      const target = (id: string) => giftEscape(noPairArrow(plainText(q.targets.find((t) => t.id === id)!.text), q, `target "${id}"`, warnings));
      const pairs = q.items.map((item) => `  =${giftEscape(noPairArrow(item.text, q, `item "${item.id}"`, warnings))} -> ${target(item.match)}`);
      const extra = q.targets.filter((t) => !q.items.some((item) => item.match === t.id)).map((t) => `  = -> ${target(t.id)}`);
      return `${head} {\n${[...pairs, ...extra].join('\n')}\n ${general}}`;
    }
    case 'cloze':
      return giftCloze(q, general, warnings);
  }
}

/** The quiz in Moodle's GIFT format (text in the [markdown] format GIFT supports). */
export function toGift(article: Article): ExportResult {
  const warnings: string[] = [];
  const exported: string[] = [];
  const blocks = [`// ${article.title.replace(/\r?\n/g, ' ')}`, `// exported by recap-widgets from article "${article.id}"`, `$CATEGORY: ${giftEscape(article.id)}`];
  for (const q of article.quiz?.questions ?? []) {
    blocks.push(giftQuestion(q, warnings));
    exported.push(q.id);
  }
  return { text: blocks.join('\n\n') + '\n', warnings, exported };
}

/** Aiken is one line per field: line breaks inside text would start a new field. */
const aikenLine = (s: string) => plainText(s).replace(/\s*\r?\n\s*/g, ' ').trim();
const LETTERS = 'ABCDEFGH';

/** The quiz in Moodle's Aiken format: single-answer questions only (true/false as two options). */
export function toAiken(article: Article): ExportResult {
  const warnings: string[] = [];
  const exported: string[] = [];
  const blocks: string[] = [];
  for (const q of article.quiz?.questions ?? []) {
    let options: string[];
    let answer: number;
    if (q.type === 'single') {
      options = q.choices.map((c) => aikenLine(c.text));
      answer = q.choices.findIndex((c) => c.id === q.answer);
    } else if (q.type === 'true-false') {
      options = ['True', 'False'];
      answer = q.answer ? 0 : 1;
    } else {
      const why = {
        multiple: 'Aiken allows only one right answer',
        numeric: 'Aiken has no numeric questions',
        order: 'Aiken has no ordering questions',
        cloze: 'Aiken has no fill-in-the-blank questions',
        matching: 'Aiken has no matching questions',
      }[q.type];
      warnings.push(`skipped question "${q.id}": ${why}`);
      continue;
    }
    exported.push(q.id);
    blocks.push([aikenLine(q.prompt), ...options.map((o, i) => `${LETTERS[i]}. ${o}`), `ANSWER: ${LETTERS[answer]}`].join('\n'));
  }
  return { text: blocks.join('\n\n') + (blocks.length ? '\n' : ''), warnings, exported };
}
