/** `recap-widgets validate FILE...`: checks each record or Recap Markdown file; every problem on stdout. */
import { defineCommand } from './command.js';
import { readArticle } from './read-file.js';

export default defineCommand({
  name: 'validate',
  usage: 'FILE...',
  summary: 'check records (.json) and Recap Markdown (.md)',
  description: [
    'Checks each FILE against the data contract: a JSON record, or Recap Markdown when it ends in .md.',
    'Prints "FILE: ok", or every problem as "FILE: /json/pointer: message" (JSON) or',
    '"FILE:LINE:COL: message" (text that is not JSON, and Markdown), on stdout.',
    'Exits 1 when any file has a problem or cannot be read (files over 1 MB are refused).',
  ].join('\n'),
  options: {},
  positionals: { min: 1, max: Infinity, name: 'FILE' },
  async run(_values, files) {
    let failed = 0;
    for (const file of files) {
      if (await readArticle(file, process.stdout)) console.log(`${file}: ok`);
      else failed++;
    }
    return failed ? 1 : 0;
  },
});
