/**
 * recap-widgets/authoring: write a recap as one Markdown file (Recap Markdown, see
 * docs/recap-markdown.md), compile it to the article record, write a record back as
 * Markdown, and import quizzes from Moodle GIFT and quizdown. No DOM: Node and browsers.
 * Never part of the reader bundles.
 */
export { parseRecapMarkdown, MAX_MARKDOWN_BYTES, type MarkdownProblem, type MarkdownResult } from './parse-recap-markdown.js';
export { toRecapMarkdown } from './to-recap-markdown.js';
export { importGift, type ImportOptions, type ImportResult } from './import-gift.js';
export { importQuizdown } from './import-quizdown.js';
export { draftFigures, type DraftFigure } from './draft-figures.js';
