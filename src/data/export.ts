/**
 * Exports a quiz for teachers' tools: Moodle's GIFT and Aiken formats.
 * GIFT carries every question type (ordering as matching); Aiken skips the
 * types it cannot express and names them in warnings.
 */
import { plainText } from './plain-text.js';
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
      const pairs = q.items.map((item, i) => {
        if (item.text.includes('->')) warnings.push(`question "${q.id}": "->" in item "${item.id}" is written as "→" (GIFT reads "->" as a pair)`);
        return `  =${giftEscape(item.text.replace(/->/g, '→'))} -> ${i + 1}`;
      });
      return `${head} {\n${pairs.join('\n')}\n ${general}}`;
    }
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
      const why = { multiple: 'Aiken allows only one right answer', numeric: 'Aiken has no numeric questions', order: 'Aiken has no ordering questions' }[q.type];
      warnings.push(`skipped question "${q.id}": ${why}`);
      continue;
    }
    exported.push(q.id);
    blocks.push([aikenLine(q.prompt), ...options.map((o, i) => `${LETTERS[i]}. ${o}`), `ANSWER: ${LETTERS[answer]}`].join('\n'));
  }
  return { text: blocks.join('\n\n') + (blocks.length ? '\n' : ''), warnings, exported };
}
