/**
 * The launch page of a SCORM package: the recap pre-rendered (it paints at once inside the LMS
 * frame), the launch bundle, and a status line the runtime fills only when the LMS fails.
 * Strings from the article pass through xmlText; `recapHtml` is renderRecapHtml's output.
 */
import { xmlText } from '../render/xml-text.js';
import { plainText } from '../data/plain-text.js';
import type { Article } from '../data/types.js';
import type { ScormVersion } from './interactions.js';
import { STATUS_ID } from './scorm-runtime.js';

export const LAUNCH_SCRIPT = 'recap-scorm.min.js';
export const LAUNCH_CSS = 'recap-launch.css';

/** The page's own few styles (a file: some LMSs serve packages with a CSP that refuses inline style). */
export const launchCss = `body{margin:0;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}
main{max-width:48rem;margin:0 auto}
#${STATUS_ID}{max-width:48rem;margin:0 auto 1rem;padding:.75rem 1rem;border:2px solid #b3261e;border-radius:.5rem;background:#fff4f2;color:#5f1410}
#${STATUS_ID}:empty{display:none}
`;

export function launchPage(article: Article, version: ScormVersion, recapHtml: string): string {
  const lang = article.lang ? ` lang="${xmlText(article.lang)}"` : ' lang="en"';
  return `<!doctype html>
<html${lang} data-scorm="${version}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlText(plainText(article.title))}</title>
<link rel="stylesheet" href="${LAUNCH_CSS}">
<script type="module" src="${LAUNCH_SCRIPT}"></script>
</head>
<body>
<p id="${STATUS_ID}" role="alert"></p>
<main>
${recapHtml}
</main>
</body>
</html>
`;
}
