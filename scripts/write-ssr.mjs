// Build step after tsc: the elements' CSS files for pre-rendered HTML under a strict CSP
// (dist/styles/recap-*.css, linked from shadow roots by renderRecapHtml's `stylesheets`),
// and the demo pages pre-rendered from the seed recap: demo/ssr.html (inline styles) and its
// strict-CSP twin demo/csp-ssr.html (linked styles; the dev server sends the policy).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { elementStyles, renderRecapHtml } from '../dist/server/index.js';

const root = new URL('../', import.meta.url);
await mkdir(new URL('dist/styles/', root), { recursive: true });
for (const [tag, css] of Object.entries(elementStyles())) await writeFile(new URL(`dist/styles/${tag}.css`, root), css);

const seed = JSON.parse(await readFile(new URL('demo/data/istanbul-talks.json', root), 'utf8'));

async function widgets(options) {
  const parts = [];
  for (const element of ['recap-summary', 'recap-figures', 'recap-quiz']) {
    const r = await renderRecapHtml(seed, { element, ...options });
    if (!r.ok) throw new Error(`${element}: ${JSON.stringify(r.problems)}`);
    parts.push(r.html);
  }
  return parts.join('\n    ');
}

const page = (title, heading, note, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <script type="module" src="../dist/recap.min.js"></script>
  </head>
  <body>
    <h1>${heading}</h1>
    <p>${note}</p>
    ${body}
  </body>
</html>
`;

await writeFile(
  new URL('demo/ssr.html', root),
  page('Recap, pre-rendered', 'Pre-rendered on the server', 'Generated at build by scripts/write-ssr.mjs with renderRecapHtml; no page CSS. It reads without JavaScript, and the bundle takes it over.', await widgets({})),
);
await writeFile(
  new URL('demo/csp-ssr.html', root),
  page(
    'Recap, pre-rendered, strict CSP',
    'Pre-rendered, under a strict Content-Security-Policy',
    "Served with style-src 'self' and Trusted Types: each shadow root links its element's CSS file (dist/styles/) instead of an inline style.",
    await widgets({ stylesheets: '../dist/styles/', persist: 'none' }),
  ),
);
console.log('write-ssr: dist/styles/*.css, demo/ssr.html, demo/csp-ssr.html');
