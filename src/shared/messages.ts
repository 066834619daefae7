/**
 * UI strings. Every word a widget shows that is not from the article comes from
 * here, so a host can translate or reword it through the `messages` property.
 * Values are templates: `{name}` is replaced; a `{ one, other, ... }` object is
 * chosen with Intl.PluralRules by its `count`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;

export const en = {
  loading: 'Loading…',
  errorSummary: 'This summary cannot be shown right now.',
  errorFigures: 'These figures cannot be shown right now.',
  errorQuiz: 'This quiz cannot be shown right now.',
  errorArticle: 'This article recap cannot be shown right now.',
  summaryHeading: 'Summary',
  keyPoints: 'Key points',
  takeaway: 'Bottom line',
  byline: 'By {byline}',
  published: 'Published {date}',
  updated: 'Updated {date}',
  readArticle: 'Read the full article',
  readArticleAt: 'Read the full article at {source}',
  figuresHeading: 'Key figures',
  'qualifier.exact': '{n}',
  'qualifier.approximately': 'about {n}',
  'qualifier.at-least': 'at least {n}',
  'qualifier.more-than': 'more than {n}',
  'qualifier.up-to': 'up to {n}',
  'qualifier.less-than': 'less than {n}',
  'claim.reported': 'reported by {by}',
  'claim.claimed': 'claimed by {by}',
  'claim.disputed': 'claimed by {by}',
  'claim.confirmed': 'confirmed by {by}',
  disputed: 'disputed',
  asOf: 'as of {date}',
  sourceQuote: 'From the article',
  openAtSentence: 'Open the article at this sentence',
  quizHeading: 'Quiz',
  questionOf: 'Question {n} of {total}',
  points: { one: '{count} point', other: '{count} points' },
  check: 'Check answer',
  next: 'Next question',
  seeResults: 'See results',
  tryAgain: 'Try again',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  yourAnswer: 'Your answer',
  rightAnswer: 'Right answer: {answer}',
  rightChoice: 'right answer',
  wrongChoice: 'not right',
  missedChoice: 'also right',
  true: 'True',
  false: 'False',
  numericLabel: 'Your answer (a number)',
  notANumber: '“{input}” is not a number. Type digits, for example {example}.',
  chooseOne: 'Choose an answer first.',
  chooseSome: 'Choose at least one answer first.',
  typeNumber: 'Type a number first.',
  orderHint: 'Put these in the right order: drag them, or use the move buttons.',
  moveUp: 'Move “{item}” up',
  moveDown: 'Move “{item}” down',
  moved: '“{item}” moved to position {position} of {total}.',
  runningScore: 'Score: {points} of {max}',
  finalScore: 'You scored {points} of {max} ({percent}).',
  passed: 'You passed.',
  failed: 'You did not reach the pass mark of {percent}.',
  explanation: 'Why',
  startOver: 'Start over',
  checkAll: 'Check my answers',
  stillToAnswer: { one: '{count} question still needs an answer.', other: '{count} questions still need an answer.' },
  review: 'Your answers',
  yourAnswerIs: 'Your answer: {answer}',
  progressShort: '{n} of {total}',
  grab: 'Drag or press Space to move “{item}”, now at position {position} of {total}',
  grabbed: '“{item}” picked up, at position {position} of {total}. Use the up and down arrow keys to move it, Space to drop it.',
  dropped: '“{item}” dropped at position {position} of {total}.',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, Message>;

const catalogues: Record<string, Partial<Messages>> = { en };

/** Registers a catalogue for a language (a base language such as "de" or a full tag). */
export function registerMessages(lang: string, messages: Partial<Messages>): void {
  catalogues[lang.toLowerCase()] = { ...catalogues[lang.toLowerCase()], ...messages };
}

/** The catalogue for a locale: its own strings, then its base language's, then English. */
export function catalogueFor(locale: string): Messages {
  const lower = locale.toLowerCase();
  const base = lower.split('-')[0]!;
  return { ...en, ...catalogues[base], ...catalogues[lower] } as Messages;
}

export type Vars = Record<string, string | number>;

/** Builds a translate function for a locale, with host overrides on top. */
export function translator(locale: string, overrides: Partial<Messages> = {}) {
  const messages: Messages = { ...catalogueFor(locale), ...overrides } as Messages;
  const plural = new Intl.PluralRules(locale);
  return (key: MessageKey, vars: Vars = {}): string => {
    const m = messages[key] ?? en[key];
    const template = typeof m === 'string' ? m : (m[plural.select(Number(vars.count ?? 0))] ?? m.other);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
export type Translate = ReturnType<typeof translator>;
