/**
 * The import and export formats, loaded the first time the author opens or downloads one
 * (its own file next to the editor's script-tag bundle): Recap Markdown both ways (with the
 * yaml parser), GIFT and quizdown in, GIFT and Aiken out, and the hints for JSON that does
 * not parse.
 */
export { parseRecapMarkdown } from '../authoring/parse-recap-markdown.js';
export { toRecapMarkdown } from '../authoring/to-recap-markdown.js';
export { importGift, type ImportResult } from '../authoring/import-gift.js';
export { importQuizdown } from '../authoring/import-quizdown.js';
export { toAiken, toGift } from '../data/export.js';
export { parseArticleJson } from '../data/load-with-hints.js';
