/** `recap-widgets render FILE [--element NAME]`: an element pre-rendered as HTML (the server renderer loads only here). */
import { defineCommand } from './command.js';
import { readRecord } from './read-file.js';
import { printProblems } from './problems.js';
import type { RecapTag } from '../server/index.js';

export default defineCommand({
  name: 'render',
  usage: 'FILE [--element NAME]',
  summary: 'an element pre-rendered as HTML',
  description: [
    'Writes the element for FILE (a record, or Recap Markdown when it ends in .md) as HTML on stdout,',
    'with its declarative shadow root and styles, as recap-widgets/server renders it. Problems go to stderr; exit code 1.',
    'A problem inside one part leaves out only that part (the quiz, a figure): the rest is written, and stderr says what was left out.',
  ].join('\n'),
  options: {
    element: { type: 'string', value: 'NAME', description: 'recap-article (the default), recap-summary, recap-figures or recap-quiz' },
  },
  positionals: { min: 1, max: 1, name: 'FILE' },
  async run({ element = 'recap-article' }, [file]) {
    const read = await readRecord(file!, process.stderr);
    if (!read) return 1;
    // With problems, what was read still goes to the renderer, which keeps the parts without any.
    if (!read.ok && read.input === undefined) {
      printProblems(file!, read.problems, process.stderr);
      return 1;
    }
    const { renderRecapHtml } = await import('../server/index.js');
    const result = await renderRecapHtml(read.ok ? read.article : read.input, { element: element as RecapTag });
    // Markdown's problems carry their lines; the renderer's would repeat them with paths only.
    const problems = read.ok ? result.problems ?? [] : read.problems;
    printProblems(file!, problems, process.stderr);
    if (!result.ok) return 1;
    if (result.leftOut) process.stderr.write(`${file}: left out because of the problems above: ${result.leftOut.join(', ')}\n`);
    process.stdout.write(result.html + '\n');
    return problems.length ? 1 : 0;
  },
});
