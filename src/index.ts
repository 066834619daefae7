/**
 * recap-widgets: every element, registered, plus the data module and types.
 * For one element only, import `recap-widgets/recap-quiz` (and so on) instead.
 */
// The article first: its module registers the take-over before any tag is defined, so that the
// pre-rendered children of a <recap-article> already in the page hydrate (elements/recap-article/define.ts).
export { RecapArticle } from './elements/recap-article/define.js';
export { RecapSummary } from './elements/recap-summary/define.js';
export { RecapFigures } from './elements/recap-figures/define.js';
export { RecapQuiz } from './elements/recap-quiz/define.js';
export { RecapElement, type Status } from './shared/recap-element.js';
export { registerMessages, loadMessages, en as englishMessages, type Messages, type MessageKey } from './shared/messages.js';
export type * from './shared/events.js';
export * from './data/index.js';
