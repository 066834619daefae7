// The LMS tests' packages, as an LMS would serve them: /__lms/FIXTURE-VERSION/FILE is FILE from the
// zip that dist/lms/node.js (recap-widgets/lms, as built) makes for FIXTURE, unzipped with fflate.
// /__lms/FIXTURE-VERSION.zip is the zip itself; VERSION 12, 2004 (SCORM) or qti3, qti21 (QTI packages). Fixtures: "demo" (the seed article) and "de" (the
// same record in German, with no pass mark, questions and choices shuffled).
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';

const demo = JSON.parse(readFileSync(new URL('../demo/data/istanbul-talks.json', import.meta.url), 'utf8'));
const fixtures = {
  demo: () => demo,
  de: () => {
    const quiz = { ...demo.quiz };
    delete quiz.passPercent;
    return { ...demo, id: 'istanbul-de', lang: 'de', quiz: { ...quiz, shuffle: 'both' } };
  },
};
const built = new Map();

async function build(fixture, version) {
  const { scormPackage, qtiZip } = await import('../dist/lms/node.js');
  if (version === 'qti3' || version === 'qti21') {
    const zip = await qtiZip(fixtures[fixture](), version === 'qti3' ? '3.0' : '2.1');
    return { zip, files: unzipSync(zip) };
  }
  const result = await scormPackage(fixtures[fixture](), { version });
  if (!result.ok) throw new Error(`${fixture}: ${JSON.stringify(result.problems)}`);
  return { zip: result.zip, files: unzipSync(result.zip) };
}

const TYPES = { html: 'text/html', js: 'text/javascript', css: 'text/css', xml: 'application/xml', zip: 'application/zip' };

export async function lmsRoutes(ctx, next) {
  const m = /^\/__lms\/(demo|de)-(12|2004|qti3|qti21)(?:\.zip|\/(.+))$/.exec(ctx.path);
  if (!m) return next();
  const [, fixture, v, file] = m;
  const key = `${fixture}-${v}`;
  if (!built.has(key)) built.set(key, build(fixture, v === '12' ? '1.2' : v === '2004' ? '2004' : v));
  const pkg = await built.get(key);
  const body = file ? pkg.files[file] : pkg.zip;
  if (!body) {
    ctx.status = 404;
    return;
  }
  ctx.type = TYPES[(file ?? 'x.zip').split('.').pop()] ?? 'application/octet-stream';
  ctx.body = Buffer.from(body);
}
