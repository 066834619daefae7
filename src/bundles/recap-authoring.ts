/**
 * The script-tag file recap-authoring.min.js: Recap Markdown for pages with a
 * <script type="text/markdown">, fetched by the reader bundles only then. Figure
 * drafting stays out: it is the editor's (recap-editor.min.js, recap-widgets/authoring).
 * validateArticle is here for editors that take JSON as well (the WordPress block): the compiler
 * already carries it, so exporting it costs a few bytes.
 */
export { parseRecapMarkdown, parseInlineScript, MAX_MARKDOWN_BYTES, toRecapMarkdown, importGift, importQuizdown } from '../authoring/index.js';
export type { MarkdownProblem, MarkdownResult, ImportOptions, ImportResult } from '../authoring/index.js';
export { validateArticle } from '../data/validate.js';
