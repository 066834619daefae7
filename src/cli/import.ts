/** `recap-widgets import --gift BANK.gift | --quizdown QUIZ.md`: another quiz format as Recap Markdown. */
import { basename } from 'node:path';
import { defineCommand } from './command.js';
import { readDocument } from './read-file.js';
import { UsageError } from './usage-error.js';

export default defineCommand({
  name: 'import',
  usage: '--gift|--quizdown FILE',
  summary: 'a Moodle GIFT bank or a quizdown quiz as Recap Markdown',
  description: [
    'Writes a quiz-only Recap Markdown file on stdout from a Moodle question bank (GIFT) or a quizdown quiz.',
    'What could not be carried over, and why, goes to stderr as "FILE: not carried over: ...".',
  ].join('\n'),
  options: {
    gift: { type: 'boolean', description: 'FILE is a Moodle question bank in GIFT' },
    quizdown: { type: 'boolean', description: 'FILE is a quizdown quiz' },
  },
  positionals: { min: 1, max: 1, name: 'FILE' },
  async run({ gift, quizdown }, [file]) {
    if (gift === quizdown) throw new UsageError('say which format FILE is: --gift or --quizdown');
    const read = await readDocument(file!);
    if (!read.ok) {
      console.error(read.message);
      return 1;
    }
    const { importGift, importQuizdown } = await import('../authoring/index.js');
    const name = basename(file!).replace(/\.[^.]*$/, '');
    const result = (gift ? importGift : importQuizdown)(read.text, { id: name, title: name });
    for (const w of result.warnings) console.error(`${file}: not carried over: ${w}`);
    process.stdout.write(result.markdown);
    return 0;
  },
});
