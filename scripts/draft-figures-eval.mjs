// `node scripts/draft-figures-eval.mjs` (after `npx tsc -p tsconfig.build.json`): how well
// draftFigures finds the figures of articles written for the purpose, per language.
// recall = expected figures proposed with the right value and qualifier; "format right" =
// of those, how many also have the expected format; false = proposals matching no expected figure.
// The seed article is scored against demo/data/istanbul-talks.json's figures.
import { readFile, readdir } from 'node:fs/promises';
import { draftFigures } from '../dist/authoring/draft-figures.js';

const root = new URL('..', import.meta.url);
const dir = new URL('test/authoring/fixtures/', root);

const cases = [];
const demo = JSON.parse(await readFile(new URL('demo/data/istanbul-talks.json', root), 'utf8'));
cases.push({ name: 'en (seed article)', lang: 'en', body: demo.body, expected: demo.figures });
// fixtures/*.json were written while the drafting was tuned; fixtures/held-out/*.json were
// written afterwards and scored once before any change, so they show how it does on new text.
for (const [sub, set] of [['', 'tuning'], ['held-out/', 'held out']]) {
  const d = new URL(sub, dir);
  for (const file of (await readdir(d)).filter((f) => f.endsWith('.json')).sort()) {
    const c = JSON.parse(await readFile(new URL(file, d), 'utf8'));
    cases.push({ name: `${c.lang} (${set})`, ...c });
  }
}

const same = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const sameFormat = (got = {}, want = {}) => ['style', 'unit', 'currency'].every((k) => got[k] === want[k]);

export function score(body, lang, expected) {
  const drafts = draftFigures(body, lang);
  const used = new Set();
  let found = 0;
  let formatRight = 0;
  const missed = [];
  for (const e of expected) {
    const i = drafts.findIndex((d, j) => !used.has(j) && same(d.value, e.value) && (d.qualifier ?? 'exact') === (e.qualifier ?? 'exact'));
    if (i < 0) {
      missed.push(`${e.qualifier ?? ''} ${e.value}`.trim());
      continue;
    }
    used.add(i);
    found++;
    if (sameFormat(drafts[i].format, e.format)) formatRight++;
  }
  const extra = drafts.filter((_, j) => !used.has(j));
  return { drafts, found, formatRight, missed, extra };
}

const rows = [];
let totalFound = 0, totalExpected = 0, totalFalse = 0, totalProposed = 0;
for (const c of cases) {
  const r = score(c.body, c.lang, c.expected);
  totalFound += r.found;
  totalExpected += c.expected.length;
  totalFalse += r.extra.length;
  totalProposed += r.drafts.length;
  rows.push(`| ${c.name} | ${c.expected.length} | ${r.found} (${Math.round((100 * r.found) / c.expected.length)}%) | ${r.formatRight}/${r.found} | ${r.extra.length} of ${r.drafts.length} | ${r.missed.join(', ') || '-'} | ${r.extra.map((d) => `${d.qualifier ?? ''} ${d.value}`.trim()).join(', ') || '-'} |`);
}
console.log('| language | expected | recall (value + qualifier) | format right | false proposals | missed | false |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log(`| all | ${totalExpected} | ${totalFound} (${Math.round((100 * totalFound) / totalExpected)}%) | | ${totalFalse} of ${totalProposed} | | |`);

// Label quality (issue 23): articles written for it in all ten languages (test/authoring/fixtures/labels/),
// each expected figure with the words one of which a usable label names (what is counted). A label counts as
// usable when it holds one of those words (its stem: the word less its last two letters when it is longer than
// five, so inflected forms count), has at most seven words and no digits. Quotes: one sentence when no sentence
// boundary (. ! ? then a capital) stands inside the quote.
const labelDir = new URL('test/authoring/fixtures/labels/', root);
const stem = (w) => (w.length > 5 ? w.slice(0, -2) : w).toLowerCase();
const usable = (label, words) =>
  words.some((w) => label.toLowerCase().includes(stem(w))) && label.trim().split(/\s+/).length <= 7 && !/\d/.test(label);
const oneSentence = (quote) => !/[.!?؟]["”»’)]*\s+[\p{Lu}\p{Lo}]/u.test(quote.slice(0, -1));
console.log('\n| language (labels set) | expected | recall | usable labels | one-sentence quotes | labels not usable |');
console.log('|---|---|---|---|---|---|');
let all = { expected: 0, found: 0, usable: 0, quotes: 0 };
for (const file of (await readdir(labelDir)).filter((f) => f.endsWith('.json')).sort()) {
  const c = JSON.parse(await readFile(new URL(file, labelDir), 'utf8'));
  const drafts = draftFigures(c.body, c.lang);
  const used = new Set();
  let found = 0;
  let good = 0;
  let single = 0;
  const bad = [];
  for (const e of c.expected) {
    const i = drafts.findIndex((d, j) => !used.has(j) && same(d.value, e.value) && (d.qualifier ?? 'exact') === (e.qualifier ?? 'exact'));
    if (i < 0) continue;
    used.add(i);
    found++;
    if (usable(drafts[i].label, e.label)) good++;
    else bad.push(`${e.value}: "${drafts[i].label}"`);
    if (oneSentence(drafts[i].evidence.quote)) single++;
  }
  all = { expected: all.expected + c.expected.length, found: all.found + found, usable: all.usable + good, quotes: all.quotes + single };
  console.log(`| ${c.lang} | ${c.expected.length} | ${found} | ${good}/${found} | ${single}/${found} | ${bad.join('; ') || '-'} |`);
}
console.log(`| all | ${all.expected} | ${all.found} (${Math.round((100 * all.found) / all.expected)}%) | ${all.usable}/${all.found} (${Math.round((100 * all.usable) / all.found)}%) | ${all.quotes}/${all.found} | |`);
