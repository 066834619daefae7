/**
 * `recap-widgets render FILE [--element NAME]`: an element pre-rendered as HTML (the server renderer
 * loads only here); `render FOLDER -o OUT`: a whole archive, on every core (render-folder.ts).
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { defineCommand } from './command.js';
import { UsageError } from './usage-error.js';
import { readRecord } from './read-file.js';
import { printProblems } from './problems.js';
import type { RecapTag } from '../server/index.js';

export default defineCommand({
  name: 'render',
  usage: 'FILE|FOLDER [-o OUT] [--element NAME]',
  summary: 'an element pre-rendered as HTML; a folder of them on every core',
  description: [
    'Writes the element for FILE (a record, or Recap Markdown when it ends in .md) as HTML on stdout,',
    'with its declarative shadow root and styles, as recap-widgets/server renders it. Problems go to stderr; exit code 1.',
    'A problem inside one part leaves out only that part (the quiz, a figure): the rest is written, and stderr says what was left out.',
    '',
    'With a FOLDER, every .json and .md file in it and its subfolders becomes OUT/<same path>.html, rendered',
    'by worker threads on every core. Files whose HTML is current are skipped: each clean output starts with',
    'a comment holding a hash of the recap, the library version and --element; change any and it renders',
    'again (--force renders all). Each file\'s problems go to stderr and the others go on; the last line',
    'counts what was rendered, and the exit code is 1 when any file had a problem.',
  ].join('\n'),
  options: {
    element: { type: 'string', value: 'NAME', description: 'recap-article (the default), recap-summary, recap-figures or recap-quiz' },
    output: { type: 'string', short: 'o', value: 'OUT', description: 'with a FOLDER: the folder the HTML files go to (needed)' },
    jobs: { type: 'string', short: 'j', value: 'N', description: `with a FOLDER: worker threads (default: one per core, ${availableParallelism()} here)` },
    force: { type: 'boolean', description: 'with a FOLDER: render every file, also those whose HTML is current' },
  },
  positionals: { min: 1, max: 1, name: 'FILE or FOLDER' },
  async run({ element = 'recap-article', output, jobs, force = false }, [file]) {
    // A path that does not exist, given with -o, was meant as a folder: the folder mode says it cannot be read.
    const folder = await stat(file!).then((s) => s.isDirectory(), () => output !== undefined);
    if (folder) {
      if (output === undefined) throw new UsageError(`${file} is a folder: say where its HTML goes with -o OUT`);
      const n = jobs === undefined ? availableParallelism() : Number(jobs);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number of workers, at least 1, not "${jobs}"`);
      if (!['recap-article', 'recap-summary', 'recap-figures', 'recap-quiz'].includes(element)) throw new UsageError(`"${element}" is not a Recap element (recap-article, recap-summary, recap-figures or recap-quiz)`);
      const { renderFolder } = await import('./render-folder.js');
      return renderFolder(file!, output, { element: element as RecapTag, jobs: n, force });
    }
    if (output !== undefined || jobs !== undefined || force) throw new UsageError('-o, --jobs and --force are for a folder; a single file\'s HTML goes to stdout');
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
