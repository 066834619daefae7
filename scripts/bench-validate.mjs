// `npm run bench` (part): validateArticle on the largest body the contract allows
// (200,000 characters) with 100 evidence quotes, half of them off by one word, so the
// closest-passage search runs 50 times. Node, dist/ build; medians of repeated runs.
import { validateArticle } from '../dist/data/validate.js';

const RUNS = Number(process.env.BENCH_VALIDATE_RUNS ?? 9);

// A deterministic body of varied sentences (a linear congruential generator picks words).
const words = 'the talks delegation ceasefire bridge region minister kilometres drones bases summit proposal prisoners children analysts damage front train sanctions guarantees'.split(' ');
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
const sentences = [];
let length = 0;
while (length < 200_100) {
  const n = 8 + (next() % 14);
  const s = Array.from({ length: n }, () => words[next() % words.length]).join(' ') + ` ${next() % 10_000}.`;
  sentences.push(s[0].toUpperCase() + s.slice(1));
  length += s.length + 1;
}
const body = sentences.join(' ').slice(0, 200_000);

function article(offByOne) {
  const quotes = Array.from({ length: 100 }, (_, i) => {
    const s = sentences[Math.floor((i * sentences.length) / 100)];
    // Every other quote has one word changed, as a typo in a copied quote would.
    return offByOne && i % 2 ? s.replace(/ \w+ /, ' kilometers ') : s;
  });
  return {
    schemaVersion: 1,
    id: 'bench',
    title: 'Validation benchmark',
    body,
    figures: quotes.slice(0, 24).map((quote, i) => ({ id: `f${i}`, value: i, label: 'x', evidence: { quote } })),
    quiz: { questions: quotes.slice(24).map((quote, i) => ({ id: `q${i}`, type: 'true-false', prompt: 'p', answer: true, evidence: { quote } })) },
  };
}

function time(value) {
  const xs = [];
  let result;
  for (let i = 0; i < RUNS + 2; i++) {
    const t = performance.now();
    result = validateArticle(value);
    if (i >= 2) xs.push(performance.now() - t);
  }
  xs.sort((a, b) => a - b);
  return { ms: xs[Math.floor(xs.length / 2)], result };
}

const good = time(article(false));
const typos = time(article(true));
if (!good.result.ok) throw new Error('the all-present article should validate');
const reported = typos.result.ok ? 0 : typos.result.problems.filter((p) => /closest passage/.test(p.message)).length;
console.log(`validateArticle, ${body.length.toLocaleString('en')}-character body, 100 quotes (median of ${RUNS} runs, Node ${process.version}):`);
console.log(`  every quote in the body:                 ${good.ms.toFixed(1)} ms`);
console.log(`  50 quotes off by one word (closest passage named for ${reported}): ${typos.ms.toFixed(1)} ms (${(typos.ms / good.ms).toFixed(1)}x)`);
if (reported !== 50) throw new Error(`expected 50 closest-passage problems, got ${reported}`);
