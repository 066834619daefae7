/**
 * The editor's own words, in a catalogue like the widgets' (src/locales): English is built in
 * and is the reference; the nine other languages Recap speaks load on demand from their own
 * files (src/editor/locales/), and a host registers a catalogue for any language, or overrides
 * single strings with the `messages` property. `{name}` is replaced; a `{ one, other }` object
 * is chosen by `count`. The UI language is the page's (the editor's nearest `lang`), whatever
 * the article's language is.
 */
import type { Message } from '../shared/messages.js';

export const editorEn = {
  drafts: 'Drafts',
  draftUntitled: 'Untitled draft',
  draftSavedAt: '{title} (saved {time})',
  newDraft: 'New draft',
  deleteDraft: 'Delete this draft',
  restored: 'Restored your draft “{title}”, saved {time}.',
  storageFull: 'The browser’s storage is full: this draft is NOT being saved. Your text stays here; download the JSON to keep it, or delete old drafts.',
  storageBlocked: 'This browser blocks storage here: drafts are NOT saved. Download the JSON to keep your work.',
  storageOff: 'Drafts are not saved in this browser (storage is off).',
  otherTab: 'Another tab saved this draft at {time} while you were changing it here. Your changes here are not saved until you choose.',
  takeTheirs: 'Load the other tab’s version',
  keepMine: 'Keep mine as a new draft',
  keptCopy: 'Your version is kept as a new draft; the other tab’s version is unchanged.',
  followedOtherTab: 'Updated with the version another tab saved at {time}.',
  problemsHeading: { one: '{count} problem to fix', other: '{count} problems to fix' },
  noProblems: 'No problems: this recap is valid.',
  goToProblem: '{where}: {message}',
  wholeRecord: 'The recap',
  stepArticle: '1. The article',
  pasteLabel: 'Paste the article (plain text or Markdown)',
  pasteHint: 'The first line becomes the title, a short second paragraph the standfirst, the rest the body.',
  startFromText: 'Start from this text',
  openFile: 'Open a file (.json, Recap Markdown, GIFT, quizdown, or the article as .md/.txt)',
  importWarnings: '{name}: opened; left out: {list}',
  opened: 'Opened {name}.',
  openFailed: 'Could not open {name}: {reason}',
  openFailedAt: 'Could not open {name}: line {line}: {reason}',
  notObject: 'not a JSON object',
  title: 'Title',
  id: 'Id (letters, digits, dashes)',
  lang: 'Language of the article',
  langHint: 'A language tag: en, uk, ru, de, fr, es, pl, pt, ar, he…',
  langDetected: 'The text reads as {name} ({lang}); the language is set to {current}.',
  langSet: 'The language is set to {name} ({lang}), as the text reads.',
  useLang: 'Use {name}',
  langMismatch: 'Not drafted: the body reads as {name} ({lang}), not as the language set ({current}). Set the language first.',
  url: 'Article address (https)',
  dek: 'Standfirst',
  byline: 'Byline',
  sourceName: 'Publisher',
  sourceUrl: 'Publisher address (https)',
  published: 'Published (YYYY-MM-DD)',
  updated: 'Updated (YYYY-MM-DD)',
  image: 'Lead image (optional)',
  imageSrc: 'Image address (https)',
  imageAlt: 'What the image shows (for those who cannot see it)',
  imageCredit: 'Credit',
  body: 'Article body',
  bodyHint: 'Select words here, then press “Use selected words” at an evidence field.',
  stepSummary: '2. Summary',
  nameSummary: 'Summary',
  point: 'Point {n}',
  addPoint: 'Add a point',
  removePoint: 'Remove point {n}',
  moveUp: 'Move {what} up',
  moveDown: 'Move {what} down',
  dragHint: 'Reorder points with their buttons, or drag a point by its grip.',
  dragPoint: 'Drag to reorder',
  dropped: '{what} moved to position {position} of {total}.',
  takeaway: 'Bottom line',
  disclosure: 'How it was made (disclosure)',
  stepFigures: '3. Key figures',
  nameFigures: 'Key figures',
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
  'style.percent': 'a percentage, as written (94 for 94 %)',
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
  idFollowsLabel: 'Made from the label, and follows it until you change it.',
  evidence: 'Evidence (an exact quote of the body)',
  useSelection: 'Use selected words',
  selectFirst: 'Select words in the article body first.',
  evidenceSet: 'Evidence set: “{quote}”',
  removeFigure: 'Remove figure {n}',
  addFigure: 'Add a figure by hand',
  questionFromFigure: 'Question from this figure',
  figurePromptCloze: 'Which number is missing? “{sentence}”',
  figurePrompt: 'What figure does the article give for “{label}”?',
  stepQuiz: '4. Quiz',
  nameQuiz: 'Quiz',
  nameQuestions: 'Questions',
  quizTitle: 'Quiz title',
  passPercent: 'Pass mark (percent, optional)',
  quizIntro: 'Introduction (optional)',
  shuffle: 'Shuffle for each reader',
  'shuffle.none': 'nothing',
  'shuffle.choices': 'the choices',
  'shuffle.questions': 'the questions',
  'shuffle.both': 'questions and choices',
  results: 'Result bands (optional)',
  resultsHint: 'What a reader is told at the end, by score: each band applies from its percent up.',
  band: 'Band {n}',
  bandFrom: 'From (percent)',
  bandText: 'Words for band {n}',
  addBand: 'Add a result band',
  removeBand: 'Remove band {n}',
  question: 'Question {n} ({type})',
  questionN: 'Question {n}',
  'type.single': 'one answer',
  'type.multiple': 'several answers',
  'type.true-false': 'true or false',
  'type.numeric': 'a number',
  'type.order': 'put in order',
  addQuestionOfType: 'Add a question:',
  prompt: 'Question',
  choices: 'Choices',
  choice: 'Choice {n}',
  feedback: 'Feedback when choice {n} is picked (optional)',
  feedbackName: 'Feedback',
  textName: 'Text',
  isAnswer: 'Right answer',
  addChoice: 'Add a choice',
  removeChoice: 'Remove choice {n}',
  item: 'Step {n}',
  orderItems: 'Steps',
  addItem: 'Add a step',
  removeItem: 'Remove step {n}',
  orderNote: 'List the steps in the right order; readers see them shuffled.',
  answer: 'Answer',
  true: 'True',
  false: 'False',
  tolerance: 'Accept answers within (optional)',
  points: 'Points (optional, 1 if empty)',
  linkedFigure: 'About figure “{id}”: the answer must equal its value.',
  linkedFigureName: 'Figure it is about',
  explanation: 'Explanation (shown after answering)',
  removeQuestion: 'Remove question {n}',
  removed: 'Removed {what}.',
  schemaVersion: 'Format version',
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
  saveTo: 'Save to {name}',
  saving: 'Saving…',
  savedTo: 'Saved to {name} at {time}.',
  notSaved: 'Not saved: {reason}',
} satisfies Record<string, Message>;

export type EditorMessageKey = keyof typeof editorEn;
export type EditorMessages = Record<EditorMessageKey, Message>;

type Loader = () => Promise<{ default: Partial<EditorMessages> }>;

/** The editor's words in the languages Recap ships besides English, each its own file. */
const loaders: Record<string, Loader> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ru: () => import('./locales/ru.js'),
  uk: () => import('./locales/uk.js'),
};

/** The languages the editor speaks, English first. */
export const EDITOR_LOCALES = ['en', ...Object.keys(loaders)];

const baseOf = (locale: string) => locale.toLowerCase().split('-')[0]!;
const shipped: Record<string, Partial<EditorMessages>> = { en: editorEn };
const registered: Record<string, Partial<EditorMessages>> = {};
const loading = new Map<string, Promise<void>>();

/** Registers editor strings for a language ("de", or a full tag), on top of what ships. */
export function registerEditorMessages(lang: string, messages: Partial<EditorMessages>): void {
  const key = lang.toLowerCase();
  registered[key] = { ...registered[key], ...messages };
}

/** True when a locale's shipped words are at hand (or it has none to load). */
export const editorMessagesReady = (locale: string) => baseOf(locale) in shipped || !(baseOf(locale) in loaders);

/** Loads the shipped words of a locale's language, once; a file that fails leaves English, with a warning. */
export function loadEditorMessages(locale: string): Promise<void> {
  const base = baseOf(locale);
  if (editorMessagesReady(locale)) return Promise.resolve();
  let pending = loading.get(base);
  if (!pending) {
    pending = loaders[base]!().then(
      (module) => void (shipped[base] = module.default),
      (error: unknown) => {
        shipped[base] = {};
        console.warn(`recap-widgets: the editor's "${base}" words could not be loaded (${error instanceof Error ? error.message : String(error)}); showing English.`);
      },
    );
    loading.set(base, pending);
  }
  return pending;
}

export type EditorTranslate = (key: EditorMessageKey, vars?: Record<string, string | number>) => string;

/** A translate function for the editor's UI language: host overrides, then what the host registered, then the shipped words, then English. */
export function editorTranslator(locale: string, overrides: Partial<EditorMessages> = {}): EditorTranslate {
  const lower = locale.toLowerCase();
  const base = baseOf(locale);
  const messages = { ...editorEn, ...shipped[base], ...registered[base], ...registered[lower], ...overrides } as EditorMessages;
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
