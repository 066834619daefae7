/** `recap-widgets package FILE --scorm12|--scorm2004|--qti|--qti21|--html [-o FILE]`: the recap for an LMS (the lms code loads only here). */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { defineCommand } from './command.js';
import { readArticle } from './read-file.js';
import { printProblems } from './problems.js';
import { UsageError } from './usage-error.js';

const FORMATS = {
  scorm12: { suffix: '-scorm12.zip', what: 'a SCORM 1.2 package (zip): upload it as a SCORM activity; it reports the grade' },
  scorm2004: { suffix: '-scorm2004.zip', what: 'a SCORM 2004 (4th edition) package (zip), the same for LMSs that prefer 2004' },
  qti: { suffix: '-qti3.zip', what: 'the quiz as a QTI 3.0 content package (zip), for a question bank' },
  qti21: { suffix: '-qti21.zip', what: 'the quiz as a QTI 2.1 content package (zip), for LMSs that import only 2.1' },
  html: { suffix: '.html', what: 'one self-contained .html page (works from a file, an iframe, an LMS file resource, an e-mail)' },
} as const;
type Format = keyof typeof FORMATS;

export default defineCommand({
  name: 'package',
  usage: 'FILE --scorm12|--scorm2004|--qti|--qti21|--html [-o OUT]',
  summary: 'the recap for an LMS (SCORM 1.2 or 2004, QTI 3.0 or 2.1) or as one self-contained page',
  description: [
    'Writes FILE (a record, or Recap Markdown when it ends in .md) as a package to upload to a learning',
    'management system: the recap pre-rendered, the widgets and everything they load, all inside the file.',
    'A record with problems is not packaged: each problem goes to stderr, and the exit code is 1.',
    'Without -o, the package is written next to FILE (story.json gives story-scorm12.zip).',
  ].join('\n'),
  options: {
    ...(Object.fromEntries(Object.entries(FORMATS).map(([k, v]) => [k, { type: 'boolean', description: v.what }])) as Record<Format, { type: 'boolean'; description: string }>),
    output: { type: 'string', short: 'o', value: 'OUT', description: 'write the package to OUT' },
  },
  positionals: { min: 1, max: 1, name: 'FILE' },
  async run(values, [file]) {
    const chosen = (Object.keys(FORMATS) as Format[]).filter((f) => values[f]);
    if (chosen.length !== 1) throw new UsageError(`say which one package to write: ${Object.keys(FORMATS).map((f) => `--${f}`).join(', ')}`);
    const format = chosen[0]!;
    const article = await readArticle(file!, process.stderr);
    if (!article) return 1;
    const out = values.output ?? basename(file!).replace(/\.(json|md|markdown)$/i, '') + FORMATS[format].suffix;
    if ((format === 'qti' || format === 'qti21') && !article.quiz) {
      console.error(`${file}: /quiz: the article has no quiz to write as QTI`);
      return 1;
    }
    const lms = await import('../lms/node.js');
    const result =
      format === 'qti' || format === 'qti21'
        ? { ok: true as const, bytes: await lms.qtiZip(article, format === 'qti' ? '3.0' : '2.1') }
        : format === 'html'
        ? await lms.htmlPage(article).then((r) => (r.ok ? { ok: true as const, bytes: Buffer.from(r.html) } : r))
        : await lms.scormPackage(article, { version: format === 'scorm12' ? '1.2' : '2004' }).then((r) => (r.ok ? { ok: true as const, bytes: r.zip } : r));
    if (!result.ok) {
      printProblems(file!, result.problems, process.stderr);
      return 1;
    }
    await writeFile(out, result.bytes);
    console.error(`${out}: ${(result.bytes.byteLength / 1024).toFixed(1)} KiB`);
    return 0;
  },
});
