/** `recap-widgets compile STORY.md [-o FILE]`: Recap Markdown to the JSON record. */
import { writeFile } from 'node:fs/promises';
import { defineCommand } from './command.js';
import { readDocument } from './read-file.js';
import { printProblems } from './problems.js';

export default defineCommand({
  name: 'compile',
  usage: 'STORY.md [-o FILE]',
  summary: 'Recap Markdown to the JSON record',
  description: [
    'Compiles a Recap Markdown file to the JSON record, on stdout or into FILE.',
    'Problems go to stderr as "STORY.md:LINE:COL: message", and the exit code is 1.',
  ].join('\n'),
  options: {
    output: { type: 'string', short: 'o', value: 'FILE', description: 'write the record to FILE instead of stdout' },
  },
  positionals: { min: 1, max: 1, name: 'STORY.md' },
  async run({ output }, [file]) {
    const read = await readDocument(file!);
    if (!read.ok) {
      console.error(read.message);
      return 1;
    }
    const { parseRecapMarkdown } = await import('../authoring/index.js');
    const result = parseRecapMarkdown(read.text);
    if (!result.ok) {
      printProblems(file!, result.problems, process.stderr);
      return 1;
    }
    const json = JSON.stringify(result.article, null, 2) + '\n';
    if (output) await writeFile(output, json);
    else process.stdout.write(json);
    return 0;
  },
});
