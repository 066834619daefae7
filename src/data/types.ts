/** Types of the article data contract, inferred from the one schema definition. */
import type { Infer } from './schema-kit.js';
import type {
  articleSchema,
  evidenceSchema,
  figureSchema,
  numberFormatSchema,
  questionSchema,
  quizSchema,
} from './article-schema.js';

export type Article = Infer<typeof articleSchema>;
export type Summary = NonNullable<Article['summary']>;
export type Figure = Infer<typeof figureSchema>;
export type NumberFormat = Infer<typeof numberFormatSchema>;
export type Evidence = Infer<typeof evidenceSchema>;
export type Quiz = Infer<typeof quizSchema>;
export type Question = Infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type Choice = QuestionOf<'single'>['choices'][number];
export type OrderItem = QuestionOf<'order'>['items'][number];
export type Blank = QuestionOf<'cloze'>['blanks'][number];
export type MatchItem = QuestionOf<'matching'>['items'][number];
export type MatchTarget = QuestionOf<'matching'>['targets'][number];
export type ResultBand = NonNullable<Quiz['results']>[number];

/** One thing wrong with the data: where (a JSON Pointer) and what, in plain words. */
export interface Problem {
  path: string;
  message: string;
  /** For text that is not JSON at all: where it stops being JSON (1-based). */
  line?: number;
  column?: number;
  /** That line of the text with a caret under the column. */
  excerpt?: string;
  /** Another place the problem involves (a JSON Pointer): where a repeated id was first used. */
  related?: string;
}

/**
 * The verdict on some data. A failure keeps the data it was given (`input`, when there was data
 * to check: not for text that is not JSON), so the parts without problems can still be shown
 * (see keep-trustworthy.ts).
 */
/** What of data with problems can be shown, and the JSON Pointers of what was left out ("/quiz", "/figures/2", "/quiz/questions/3"). */
export interface Kept {
  article: Article;
  leftOut: string[];
}

export type ValidationResult = { ok: true; article: Article } | { ok: false; problems: Problem[]; input?: unknown };
