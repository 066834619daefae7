/**
 * The editor's UI strings, in a catalogue like the widgets' (src/locales): English is the
 * reference; another language registers a partial catalogue and falls back to English.
 * `{name}` is replaced; a `{ one, other }` object is chosen by `count`.
 */
import type { Message } from '../shared/messages.js';

export const editorEn = {
  heading: 'Recap Studio',
  drafts: 'Drafts',
  draftUntitled: 'Untitled draft',
  draftSavedAt: '{title} (saved {time})',
  newDraft: 'New draft',
  deleteDraft: 'Delete this draft',
  savedLocally: 'Saved in this browser at {time}.',
  restored: 'Restored your draft “{title}”, saved {time}.',
  storageFull: 'The browser’s storage is full: this draft is NOT being saved. Download the JSON to keep your work, or delete old drafts.',
  storageBlocked: 'This browser blocks storage here: drafts are NOT saved. Download the JSON to keep your work.',
  storageOff: 'Drafts are not saved in this browser (storage is off).',
  problemsHeading: { one: '{count} problem to fix', other: '{count} problems to fix' },
  noProblems: 'No problems: this recap is valid.',
  goToProblem: '{where}: {message}',
  stepArticle: '1. The article',
  pasteLabel: 'Paste the article (plain text or Markdown)',
  pasteHint: 'The first line becomes the title, a short second paragraph the standfirst, the rest the body.',
  startFromText: 'Start from this text',
  openFile: 'Open a file (.json, Recap Markdown, GIFT, quizdown, or the article as .md/.txt)',
  importWarnings: '{name}: opened; left out: {list}',
  opened: 'Opened {name}.',
  openFailed: 'Could not open {name}: {reason}',
  title: 'Title',
  id: 'Id (letters, digits, dashes)',
  lang: 'Language (BCP 47, e.g. en, uk, ar)',
  url: 'Article address (https)',
  dek: 'Standfirst',
  byline: 'Byline',
  sourceName: 'Publisher',
  sourceUrl: 'Publisher address (https)',
  published: 'Published (YYYY-MM-DD)',
  updated: 'Updated (YYYY-MM-DD)',
  body: 'Article body',
  bodyHint: 'Select words here, then press “Use selected words” at an evidence field.',
  stepSummary: '2. Summary',
  point: 'Point {n}',
  addPoint: 'Add a point',
  removePoint: 'Remove point {n}',
  moveUp: 'Move {what} up',
  moveDown: 'Move {what} down',
  takeaway: 'Bottom line',
  disclosure: 'How it was made (disclosure)',
  stepFigures: '3. Key figures',
  findFigures: 'Find figures in the body',
  foundFigures: { one: 'Found {count} figure. Accept, edit or reject it.', other: 'Found {count} figures. Accept, edit or reject each.' },
  foundNone: 'No figures found in the body.',
  proposal: 'Proposed: {value}',
  accept: 'Accept',
  reject: 'Reject',
  figure: 'Figure {n}',
  value: 'Value (a number)',
  qualifier: 'Qualifier',
  'qualifier.exact': 'exact',
  'qualifier.approximately': 'about',
  'qualifier.at-least': 'at least',
  'qualifier.more-than': 'more than',
  'qualifier.up-to': 'up to',
  'qualifier.less-than': 'less than',
  label: 'Label (what is counted)',
  style: 'Shown as',
  'style.decimal': 'a number',
  'style.percent': 'a percentage (25 is 25%)',
  'style.unit': 'a number with a unit',
  'style.currency': 'an amount of money',
  unit: 'Unit (e.g. kilometer, day)',
  currency: 'Currency (ISO code, e.g. EUR)',
  claimBy: 'Claimed or reported by (optional)',
  claimStatus: 'How established',
  'status.reported': 'reported',
  'status.claimed': 'claimed',
  'status.disputed': 'disputed',
  'status.confirmed': 'confirmed',
  asOf: 'As of (YYYY-MM-DD, optional)',
  evidence: 'Evidence (an exact quote of the body)',
  useSelection: 'Use selected words',
  selectFirst: 'Select words in the article body first.',
  evidenceSet: 'Evidence set: “{quote}”',
  removeFigure: 'Remove figure {n}',
  addFigure: 'Add a figure by hand',
  questionFromFigure: 'Question from this figure',
  figurePrompt: 'How many: {label}?',
  stepQuiz: '4. Quiz',
  quizTitle: 'Quiz title',
  passPercent: 'Pass mark (percent, optional)',
  quizIntro: 'Introduction (optional)',
  question: 'Question {n} ({type})',
  'type.single': 'one answer',
  'type.multiple': 'several answers',
  'type.true-false': 'true or false',
  'type.numeric': 'a number',
  'type.order': 'put in order',
  addQuestionOfType: 'Add a question:',
  prompt: 'Question',
  choice: 'Choice {n}',
  isAnswer: 'Right answer',
  addChoice: 'Add a choice',
  removeChoice: 'Remove choice {n}',
  item: 'Step {n}',
  addItem: 'Add a step',
  removeItem: 'Remove step {n}',
  orderNote: 'List the steps in the right order; readers see them shuffled.',
  answer: 'Answer',
  true: 'True',
  false: 'False',
  tolerance: 'Accept answers within (optional)',
  linkedFigure: 'About figure “{id}”: the answer must equal its value.',
  explanation: 'Explanation (shown after answering)',
  removeQuestion: 'Remove question {n}',
  removed: 'Removed {what}.',
  stepPreview: 'Preview',
  width: 'Width',
  theme: 'Theme',
  light: 'Light',
  dark: 'Dark',
  previewRegion: 'Preview at {width} px',
  previewPartial: 'Parts with problems are left out of the preview until they are fixed.',
  previewNothing: 'Nothing to preview yet: fix the problems in the article’s details first.',
  stepOut: '5. Take it out',
  downloadJson: 'Download JSON',
  downloadGift: 'Download GIFT (Moodle)',
  downloadMarkdown: 'Download Recap Markdown',
  downloadAiken: 'Download Aiken (Moodle)',
  copyEmbed: 'Copy embed snippet',
  copied: 'Copied the embed snippet.',
  copyFailed: 'Could not copy: select the snippet below and copy it.',
  embedSnippet: 'Embed snippet',
  exportWarnings: 'Left out of {format}: {list}',
  notValidYet: 'Fix the problems above first: an invalid recap cannot be exported.',
  saveToFile: 'Save to file',
  savedToFile: 'Saved to {name}.',
} satisfies Record<string, Message>;

export type EditorMessageKey = keyof typeof editorEn;
export type EditorMessages = Record<EditorMessageKey, Message>;

const catalogues: Record<string, Partial<EditorMessages>> = {};

/** Registers editor strings for a language ("de", or a full tag). */
export function registerEditorMessages(lang: string, messages: Partial<EditorMessages>): void {
  catalogues[lang.toLowerCase()] = { ...catalogues[lang.toLowerCase()], ...messages };
}

export type EditorTranslate = (key: EditorMessageKey, vars?: Record<string, string | number>) => string;

/** A translate function for the editor's UI language, with host overrides on top. */
export function editorTranslator(locale: string, overrides: Partial<EditorMessages> = {}): EditorTranslate {
  const lower = locale.toLowerCase();
  const messages = { ...editorEn, ...catalogues[lower.split('-')[0]!], ...catalogues[lower], ...overrides } as EditorMessages;
  let plural: Intl.PluralRules;
  try {
    plural = new Intl.PluralRules(locale);
  } catch {
    plural = new Intl.PluralRules('en');
  }
  return (key, vars = {}) => {
    const m = messages[key] ?? editorEn[key];
    const template = typeof m === 'string' ? m : (m[plural.select(Number(vars.count ?? 0))] ?? m.other);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
