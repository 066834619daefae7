/**
 * One self-contained HTML page (Node): the recap pre-rendered, its data, and every element's code
 * inline (dist/recap-inline.min.js, which loads nothing on demand). It works from file://, as an
 * iframe's src, as an LMS "file" resource or an e-mail attachment, with no network. The page
 * carries its own strict Content-Security-Policy: scripts and styles only by their SHA-256 hashes,
 * nothing fetched, and Trusted Types required (Lit's policy only), the rules the library keeps.
 */
import { createHash } from 'node:crypto';
import { xmlText } from '../render/xml-text.js';
import { attributeValue } from '../render/json-script.js';
import { plainText } from '../data/plain-text.js';
import type { Article } from '../data/types.js';

export const INLINE_BUNDLE = 'recap-inline.min.js';

const PAGE_CSS = 'body{margin:0;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}main{max-width:48rem;margin:0 auto;display:grid;gap:1.5rem}';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page for `article`, from the pre-rendered parts (renderParts) and the inline bundle's code. */
export function singlePage(article: Article, recapHtml: string, bundleCode: string): string {
  const code = bundleCode.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  // The HTML parser would end the script at "</script" (or change state at "<script"): such code cannot be inline.
  if (/<\/?script/i.test(code)) throw new Error(`${INLINE_BUNDLE} contains "<script" or "</script" and cannot be written inline`);
  const styles = new Set([PAGE_CSS, ...[...recapHtml.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)]);
  const csp = [
    "default-src 'none'",
    `script-src ${hash(code)}`,
    `style-src ${[...styles].map(hash).join(' ')}`,
    'img-src https: data:',
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
  const lang = xmlText(article.lang ?? 'en');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attributeValue(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${xmlText(plainText(article.title))}</title>
<style>${PAGE_CSS}</style>
<script type="module">${code}</script>
</head>
<body>
<main>
${recapHtml}
</main>
</body>
</html>
`;
}
