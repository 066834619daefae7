/** `recap-widgets to-markdown STORY.json`: a record as Recap Markdown. */
import { defineCommand } from './command.js';
import { readArticle } from './read-file.js';

export default defineCommand({
  name: 'to-markdown',
  usage: 'STORY.json',
  summary: 'a record as Recap Markdown',
  description: [
    'Writes the record in STORY.json as Recap Markdown on stdout; `compile` turns it back into the same record.',
    'A record with problems is not converted: they go to stderr, and the exit code is 1.',
  ].join('\n'),
  options: {},
  positionals: { min: 1, max: 1, name: 'STORY.json' },
  async run(_values, [file]) {
    const article = await readArticle(file!, process.stderr);
    if (!article) return 1;
    const { toRecapMarkdown } = await import('../authoring/index.js');
    process.stdout.write(toRecapMarkdown(article));
    return 0;
  },
});
