/** `recap-widgets export --gift|--aiken FILE`: the quiz for Moodle. */
import { toAiken, toGift } from '../data/export.js';
import { defineCommand } from './command.js';
import { readArticle } from './read-file.js';
import { UsageError } from './usage-error.js';

export default defineCommand({
  name: 'export',
  usage: '--gift|--aiken FILE',
  summary: 'the quiz for Moodle (GIFT or Aiken)',
  description: [
    'Writes the quiz of FILE (a record, or Recap Markdown when it ends in .md) on stdout, for a Moodle question bank.',
    'What the format cannot hold goes to stderr as "FILE: warning: ...". A record with problems, or without a quiz,',
    'is not exported: the exit code is 1.',
  ].join('\n'),
  options: {
    gift: { type: 'boolean', description: 'GIFT, every question type Recap has' },
    aiken: { type: 'boolean', description: 'Aiken, single-choice questions only' },
  },
  positionals: { min: 1, max: 1, name: 'FILE' },
  async run({ gift, aiken }, [file]) {
    if (gift === aiken) throw new UsageError('say which format to write: --gift or --aiken');
    const article = await readArticle(file!, process.stderr);
    if (!article) return 1;
    if (!article.quiz) {
      console.error(`${file}: /quiz: the article has no quiz to export`);
      return 1;
    }
    const out = gift ? toGift(article) : toAiken(article);
    for (const w of out.warnings) console.error(`${file}: warning: ${w}`);
    process.stdout.write(out.text);
    return 0;
  },
});
