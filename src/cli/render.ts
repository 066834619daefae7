/** `recap-widgets render FILE [--element NAME]`: an element pre-rendered as HTML (the server renderer loads only here). */
import { defineCommand } from './command.js';
import { readArticle } from './read-file.js';
import { printProblems } from './problems.js';
import type { RecapTag } from '../server/index.js';

export default defineCommand({
  name: 'render',
  usage: 'FILE [--element NAME]',
  summary: 'an element pre-rendered as HTML',
  description: [
    'Writes the element for FILE (a record, or Recap Markdown when it ends in .md) as HTML on stdout,',
    'with its declarative shadow root and styles, as recap-widgets/server renders it. Problems go to stderr; exit code 1.',
  ].join('\n'),
  options: {
    element: { type: 'string', value: 'NAME', description: 'recap-article (the default), recap-summary, recap-figures or recap-quiz' },
  },
  positionals: { min: 1, max: 1, name: 'FILE' },
  async run({ element = 'recap-article' }, [file]) {
    const article = await readArticle(file!, process.stderr);
    if (!article) return 1;
    const { renderRecapHtml } = await import('../server/index.js');
    const result = await renderRecapHtml(article, { element: element as RecapTag });
    if (!result.ok) {
      printProblems(file!, result.problems, process.stderr);
      return 1;
    }
    process.stdout.write(result.html + '\n');
    return 0;
  },
});
