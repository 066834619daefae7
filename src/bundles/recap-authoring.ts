/**
 * The script-tag file recap-authoring.min.js: Recap Markdown for pages with a
 * <script type="text/markdown">, fetched by the reader bundles only then. Figure
 * drafting stays out: it is the editor's (recap-editor.min.js, recap-widgets/authoring).
 */
export { parseRecapMarkdown, MAX_MARKDOWN_BYTES, toRecapMarkdown, importGift, importQuizdown } from '../authoring/index.js';
export type { MarkdownProblem, MarkdownResult, ImportOptions, ImportResult } from '../authoring/index.js';
