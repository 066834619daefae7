// Hostile recaps for the contributor's post: the project's XSS corpus (test/security/xss-corpus.json),
// every vector as text of a figure, plus the sequences that end or change an inline script.
import { readFileSync } from 'node:fs';
import { validateArticle } from '../../dist/data/validate.js';

export const corpus = JSON.parse(readFileSync(new URL('../security/xss-corpus.json', import.meta.url), 'utf8')).vectors.map((v) => v.payload);

/** What ends a <script> early, opens a comment in it, or breaks JavaScript strings, with a payload after each. */
export const breakers = [
  '</script><script>__xss()</script>',
  '</SCRIPT ><img src=x onerror=__xss()>',
  '<!--<script>__xss()</script>',
  '</recap-article><script>__xss()</script>',
  'line\u2028separator\u2029paragraph',
  ']]></script><svg onload=__xss()>',
  '[gallery] [recap]x[/recap] Wordpress & &amp; &lt;script&gt;__xss()&lt;/script&gt;',
];

const checked = (article) => {
  const result = validateArticle(article);
  if (!result.ok) throw new Error(`hostile recap ${article.id} is not valid, so it would not be shown: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return article;
};

/** One recap with the breakers in plain-text and Markdown fields of the summary, figures and quiz. */
export const composite = checked({
  schemaVersion: 2,
  id: 'hostile-composite',
  title: breakers[0],
  dek: breakers[2],
  byline: breakers[1],
  lang: 'en',
  summary: { points: breakers, takeaway: breakers[3] },
  figures: breakers.map((b, i) => ({ id: `b${i}`, value: i + 1, label: b, claim: { by: b, status: 'reported' } })),
  quiz: {
    questions: [
      {
        id: 'q1',
        type: 'single',
        prompt: breakers[0],
        choices: [
          { id: 'a', text: breakers[4] },
          { id: 'b', text: breakers[5] },
        ],
        answer: 'a',
        explanation: breakers[6],
      },
    ],
  },
});

/** The corpus in recaps of 24 figures each (the most one recap holds), each vector as who claims it. */
export const corpusParts = [];
for (let start = 0; start < corpus.length; start += 24) {
  const part = corpus.slice(start, start + 24);
  corpusParts.push(
    checked({
      schemaVersion: 2,
      id: `xss-corpus-${start / 24 + 1}`,
      title: `XSS corpus, part ${start / 24 + 1}`,
      lang: 'en',
      summary: { points: ['Every figure below is claimed by a hostile string.'] },
      figures: part.map((payload, i) => ({ id: `v${i}`, value: start + i + 1, label: payload, claim: { by: payload, status: 'reported' } })),
    }),
  );
}

/**
 * The same breakers typed into a Shortcode block, where the visual editor and kses leave "<" as
 * "&lt;", which [recap] reads back as "<": as JSON and as Recap Markdown.
 */
const entities = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Not the last breaker: a "[/recap]" in its text would end the shortcode's content (WordPress does not nest them).
export const shortcodeJson = checked({ schemaVersion: 2, id: 'hostile-shortcode-json', title: breakers[0], summary: { points: breakers.slice(0, -1) } });
export const shortcodeMarkdownPoints = [breakers[0], breakers[2], breakers[1]];
export const shortcodeContent = [
  `[recap widget="summary"]${entities(JSON.stringify(shortcodeJson))}[/recap]`,
  `[recap widget="summary"]\n---\nid: hostile-shortcode-markdown\ntitle: Hostile Markdown\n---\n\n# Summary\n\n${shortcodeMarkdownPoints.map((p) => `- ${entities(p)}`).join('\n')}\n[/recap]`,
].join('\n\n');
