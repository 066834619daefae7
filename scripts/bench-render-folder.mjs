// `node scripts/bench-render-folder.mjs [COUNTS...]` (after `npm run build`): how fast
// `recap-widgets render FOLDER -o OUT` renders a generated archive, process start included, and its
// peak memory, with 1 and 2 worker threads. Each archive (1,000 and 10,000 recaps by default) is
// generated from the seed recap with varied ids, titles, languages, dates, summaries, figures and
// questions (every type, cloze and matching included, in shuffled order), a fifth of them as Recap
// Markdown, in year/month subfolders. Each run starts from an empty output folder; a last run with
// nothing changed measures the skip. Peak memory is the process's maximum RSS from GNU time (the
// worker threads live in that one process), with the CPU time the run used (user + system): on a
// shared machine the wall-clock rate depends on the load (printed beside each figure); recaps per
// CPU second much less.
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toRecapMarkdown } from '../dist/authoring/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const seed = JSON.parse(await readFile(join(root, 'demo/data/istanbul-talks.json'), 'utf8'));
delete seed.$schema;
const counts = process.argv.slice(2).map(Number).filter(Boolean);
const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'pl', 'uk', 'ru', 'ar', 'he'];

/** A small seeded generator (mulberry32), so every run renders the same archive. */
function random(seedValue) {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const shuffled = (list, rnd) => list.map((x) => [rnd(), x]).sort((p, q) => p[0] - q[0]).map(([, x]) => x);
const some = (list, min, rnd) => shuffled(list, rnd).slice(0, min + Math.floor(rnd() * (list.length - min + 1)));

/** Recap number i: the seed's facts, varied in everything the widgets render differently. */
function recap(i) {
  const rnd = random(i + 1);
  const a = structuredClone(seed);
  a.id = `recap-${i}-${a.id}`;
  a.title = `${a.title} (report ${i})`;
  a.lang = LANGS[i % LANGS.length];
  a.published = `20${10 + (i % 16)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  a.body += ` This is report number ${i} of the archive.`;
  a.summary.points = some(a.summary.points, 2, rnd);
  if (rnd() < 0.3) delete a.summary.takeaway;
  const kind = rnd();
  if (kind < 0.05) delete a.quiz;
  else {
    // Every type is there in the seed; keep cloze or matching in most quizzes, and shuffle choices.
    const questions = some(a.quiz.questions, 1, rnd);
    for (const q of a.quiz.questions) if ((q.type === 'cloze' || q.type === 'matching') && rnd() < 0.6 && !questions.includes(q)) questions.push(q);
    for (const q of questions) if (q.choices) q.choices = shuffled(q.choices, rnd);
    a.quiz.questions = shuffled(questions, rnd);
    a.quiz.title = `${a.quiz.title} ${i}`;
  }
  const needed = new Set((a.quiz?.questions ?? []).map((q) => q.figure).filter(Boolean));
  a.figures = a.figures.filter((f) => needed.has(f.id) || rnd() < 0.6);
  if (kind > 0.95 && !needed.size) delete a.figures;
  return a;
}

async function generate(n) {
  const dir = join(tmpdir(), `recap-bench-${n}`);
  await rm(dir, { recursive: true, force: true });
  const kinds = { md: 0, json: 0, cloze: 0, matching: 0, noQuiz: 0 };
  const langs = new Set();
  for (let i = 0; i < n; i++) {
    const a = recap(i);
    const sub = join(dir, a.published.slice(0, 4), a.published.slice(5, 7));
    await mkdir(sub, { recursive: true });
    const md = i % 5 === 4;
    await writeFile(join(sub, `${a.id}.${md ? 'md' : 'json'}`), md ? toRecapMarkdown(a) : JSON.stringify(a, null, 1));
    kinds[md ? 'md' : 'json']++;
    langs.add(a.lang);
    if (!a.quiz) kinds.noQuiz++;
    if (a.quiz?.questions.some((q) => q.type === 'cloze')) kinds.cloze++;
    if (a.quiz?.questions.some((q) => q.type === 'matching')) kinds.matching++;
  }
  console.log(`generated ${n} recaps in ${dir}: ${kinds.json} JSON, ${kinds.md} Markdown, ${langs.size} languages, ${kinds.cloze} with a cloze question, ${kinds.matching} with matching, ${kinds.noQuiz} without a quiz`);
  return dir;
}

/** One run of the CLI under GNU time: seconds, peak RSS in MiB, and its summary line. */
function run(dir, out, jobs) {
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, cli, 'render', dir, '-o', out, '--jobs', String(jobs)], { maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      const m = /([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr);
      if (error || !m) return reject(new Error(`render failed: ${error?.message}\n${stderr.slice(-2000)}`));
      resolve({ seconds: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMiB: Number(m[4]) / 1024, summary: stdout.trim() });
    });
  });
}

const load = () => loadavg()[0].toFixed(2);
console.log(`Node ${process.version}, ${(await import('node:os')).availableParallelism()} cores`);
for (const n of counts.length ? counts : [1000, 10000]) {
  const dir = await generate(n);
  const out = `${dir}-out`;
  // Alternating worker counts, twice for the small archive (once for the large one, which takes minutes).
  for (const jobs of n <= 2000 ? [1, 2, 1, 2] : [1, 2]) {
    await rm(out, { recursive: true, force: true });
    const before = load();
    const r = await run(dir, out, jobs);
    if (!r.summary.includes(`${n} recaps: ${n} rendered, 0 unchanged`)) throw new Error(`not every recap was rendered: ${r.summary}`);
    console.log(
      `${n} recaps, ${jobs} worker${jobs > 1 ? 's' : ''}: ${r.seconds.toFixed(2)} s, ${(n / r.seconds).toFixed(0)} recaps/s, ` +
        `${r.cpu.toFixed(1)} s of CPU (${(n / r.cpu).toFixed(0)} recaps per CPU second), peak RSS ${r.rssMiB.toFixed(0)} MiB (load average ${before} before, ${load()} after)`,
    );
  }
  const again = await run(dir, out, 2);
  if (!again.summary.includes(`${n} recaps: 0 rendered, ${n} unchanged`)) throw new Error(`the second run rendered again: ${again.summary}`);
  console.log(`${n} recaps, nothing changed, 2 workers: ${again.seconds.toFixed(2)} s, ${(n / again.seconds).toFixed(0)} recaps/s checked, peak RSS ${again.rssMiB.toFixed(0)} MiB (load average ${load()})`);
  await rm(out, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
}
