// A static site that pre-renders a recap at build time: {% recap "data/story.json", "recap-summary" %}
// in a page becomes the element's HTML (declarative shadow DOM + its data). The page loads
// recap.min.js, which takes the elements over; without JavaScript they still read.
import { readFile } from 'node:fs/promises';
import { renderRecapHtml } from 'recap-widgets/server';

export default function (eleventyConfig) {
  eleventyConfig.addAsyncShortcode('recap', async function (file, element = 'recap-article') {
    const article = JSON.parse(await readFile(new URL(`./src/${file}`, import.meta.url), 'utf8'));
    const result = await renderRecapHtml(article, { element });
    // Fail the build, saying where, rather than publish a broken widget.
    if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => `${p.path || '(document)'}: ${p.message}`).join('; ')}`);
    return result.html;
  });
  // The reader bundle, next to the pages, with the files it loads from next to itself when a
  // page needs them (marked for text with Markdown, other languages, question types, hydration).
  eleventyConfig.addPassthroughCopy({ '../../dist/recap*.min.js': '.' });
  return { dir: { input: 'src', output: '_site' } };
}
