/**
 * Compiles an inline `<script type="text/markdown">` (Recap Markdown) into a validated record.
 * The authoring code is fetched only here, the first time a page has such a script: in the
 * script-tag bundles it is the file recap-authoring.min.js next to the bundle, for npm users a
 * chunk of their own build.
 */
import type { ValidationResult } from '../data/types.js';

export const compileInlineMarkdown = (text: string): Promise<ValidationResult> =>
  import('../authoring/index.js').then(
    (authoring) => authoring.parseInlineScript(text),
    (error: unknown) => ({ ok: false, problems: [{ path: '', message: `the Recap Markdown compiler (recap-authoring.min.js) could not be loaded: ${String(error)}` }] }),
  );
