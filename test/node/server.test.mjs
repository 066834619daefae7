// recap-widgets/server and `recap-widgets render`: every valid record pre-renders, the output
// is the element with a declarative shadow root and its data, and the HTML gives no quiz answer away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { renderRecapHtml } from '../../dist/server/index.js';
import { validateArticle } from '../../dist/data/validate.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const demoData = async () => {
  const dir = new URL('demo/data/', root);
  return Promise.all((await readdir(dir)).filter((f) => f.endsWith('.json')).map(async (f) => [f, JSON.parse(await readFile(new URL(f, dir), 'utf8'))]));
};
const ELEMENTS = ['recap-article', 'recap-summary', 'recap-figures', 'recap-quiz'];
/** The HTML outside the inline JSON child: what a reader's browser shows. */
const shown = (html) =>
  html
    .replace(/<script type="application\/json">[\s\S]*?<\/script>/, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test('every element of every demo record pre-renders as declarative shadow DOM with its data', async () => {
  for (const [file, article] of await demoData()) {
    for (const element of ELEMENTS) {
      const r = await renderRecapHtml(article, { element });
      if (!r.ok && element === 'recap-summary' && !article.summary) continue;
      assert.ok(r.ok, `${file} ${element}: ${JSON.stringify(r.problems)}`);
      assert.ok(r.html.startsWith(`<${element} `), `${file} ${element}`);
      assert.ok(r.html.endsWith(`</${element}>`));
      assert.match(r.html, /<template shadowroot="open" shadowrootmode="open"><style>/);
      const json = r.html.match(/<script type="application\/json">([\s\S]*?)<\/script><\/recap-/)[1];
      // The element's own parts, without the body (checked on the server) or what the others show; still a valid record.
      const own = JSON.parse(json);
      const { body, ...rest } = article;
      assert.equal(own.body, undefined);
      if (element === 'recap-article') assert.deepEqual(own, rest);
      if (element === 'recap-quiz') {
        const named = article.quiz.questions.map((q) => q.figure).filter(Boolean);
        assert.deepEqual(own.quiz, article.quiz);
        assert.equal(own.summary, undefined);
        assert.deepEqual((own.figures ?? []).map((f) => f.id), (article.figures ?? []).map((f) => f.id).filter((id) => named.includes(id)));
      }
      if (element === 'recap-summary') assert.deepEqual(own, Object.fromEntries(Object.entries(rest).filter(([k]) => k !== 'quiz')));
      if (element === 'recap-figures') assert.deepEqual(own.figures, article.figures);
      assert.ok(validateArticle(own).ok, `${file} ${element}: the inline JSON is a valid record`);
      void body;
    }
  }
});

test('the quiz HTML shows no right answer, feedback or explanation', async () => {
  for (const [file, article] of await demoData()) {
    if (!article.quiz) continue;
    const r = await renderRecapHtml(article, { element: 'recap-quiz' });
    const html = shown(r.html);
    for (const q of article.quiz.questions) {
      assert.ok(html.includes(q.prompt.slice(0, 20)) || /[*_`[]/.test(q.prompt), `${file} ${q.id}: prompt on the sheet`);
      for (const secret of [q.explanation, q.evidence?.quote, ...(q.choices ?? []).map((c) => c.feedback)].filter((s) => s && s.length > 12))
        assert.ok(!html.includes(secret.slice(0, 40)), `${file} ${q.id}: "${secret.slice(0, 40)}" is in the HTML`);
    }
    assert.doesNotMatch(html, /Answer key/);
    assert.match(html, /Checking answers needs JavaScript\./);
    // print-answer-key puts the key in the HTML, on purpose.
    const keyed = await renderRecapHtml(article, { element: 'recap-quiz', printAnswerKey: true });
    assert.match(shown(keyed.html), /Answer key/);
  }
});

test('a pre-rendered cloze and matching question show their controls and, for readers without JavaScript, their sheet, never their answers', async () => {
  const [, article] = (await demoData()).find(([, a]) => a.quiz?.questions.some((q) => q.type === 'cloze'));
  const r = await renderRecapHtml(article, { element: 'recap-quiz', mode: 'all' });
  assert.ok(r.ok);
  const html = shown(r.html).replace(/<!--[^>]*-->/g, '');
  assert.equal(html.match(/part="blank"/g)?.length, 2);
  assert.equal(html.match(/part="match-item"/g)?.length, 3);
  assert.match(html, /immediate <span class="print-blank">__________<\/span>-day ceasefire/);
  assert.match(html, /\(territory \/ prisoners \/ ambassadors\)/);
  assert.doesNotMatch(html, /\{\{|\[\[|Answer key|right answer/);
  const keyed = shown((await renderRecapHtml(article, { element: 'recap-quiz', printAnswerKey: true })).html).replace(/<!--[^>]*-->/g, '');
  assert.match(keyed, /Answer key: 1\. 30; 2\. prisoners/);
});

test('text in the data cannot end the inline script or open a comment', async () => {
  const [, seed] = (await demoData()).find(([f]) => f === 'istanbul-talks.json');
  const article = { ...seed, title: 'Ends </script><script>alert(1)</script> and <!-- opens' };
  const r = await renderRecapHtml(article, { element: 'recap-summary' });
  const json = r.html.slice(r.html.indexOf('<script type="application/json">'));
  assert.equal(json.match(/<\/script>/g).length, 1);
  assert.doesNotMatch(json, /<!--/);
  assert.equal(JSON.parse(json.slice(json.indexOf('>') + 1, json.indexOf('</script>'))).title, article.title);
  assert.doesNotMatch(r.html, /<script>alert/);
});

test('options: the lang of a record without one, headings, theme, quiz mode, linked styles, no data', async () => {
  const [, seed] = (await demoData()).find(([f]) => f === 'istanbul-talks.json');
  const { lang, ...noLang } = seed;
  void lang;
  const de = await renderRecapHtml(noLang, { element: 'recap-quiz', lang: 'de', headingLevel: 3, theme: 'dark', mode: 'all' });
  assert.match(de.html, /^<recap-quiz [^>]*lang="de"/);
  assert.match(de.html, /^<recap-quiz [^>]*heading-level="3"/);
  assert.match(de.html, /^<recap-quiz [^>]*theme="dark"/);
  assert.match(de.html, /^<recap-quiz [^>]*mode="all"/);
  assert.match(de.html, /aria-level="3"/);
  assert.match(de.html, /JavaScript benötigt/);
  const linked = await renderRecapHtml(seed, { element: 'recap-article', stylesheets: '/assets/' });
  assert.doesNotMatch(linked.html, /<style>/);
  for (const tag of ELEMENTS) assert.match(linked.html, new RegExp(`<link rel="stylesheet" href="/assets/${tag}.css">`));
  const bare = await renderRecapHtml(seed, { element: 'recap-figures', data: false });
  assert.doesNotMatch(bare.html, /application\/json/);
  assert.equal((await renderRecapHtml(seed, { element: 'recap-quiz', data: false })).ok, false);
});

test('invalid data gives the validator\'s problems, not HTML', async () => {
  const r = await renderRecapHtml({ schemaVersion: 1, id: 'x', title: 5 }, { element: 'recap-summary' });
  assert.equal(r.ok, false);
  assert.ok(r.problems.some((p) => p.path === '/title'));
  assert.equal((await renderRecapHtml({}, { element: 'recap-nope' })).ok, false);
});

test('a problem inside one part leaves out only that part, and the result says which', async () => {
  const seed = JSON.parse(await readFile(new URL('demo/data/istanbul-talks.json', root), 'utf8'));
  const broken = structuredClone(seed);
  broken.quiz.questions[0].evidence.quote = 'a sentence the article never wrote';
  const r = await renderRecapHtml(broken);
  assert.equal(r.ok, true);
  assert.deepEqual(r.leftOut, ['/quiz']);
  assert.deepEqual(r.problems.map((p) => p.path), ['/quiz/questions/0/evidence/quote']);
  assert.match(r.html, /<recap-summary/);
  assert.match(r.html, /<recap-figures/);
  assert.doesNotMatch(r.html, /<recap-quiz/);
  // The inline JSON is what was shown: valid on its own, without the quiz.
  const json = JSON.parse(/<script type="application\/json">([\s\S]*)<\/script>\s*<\/recap-article>$/.exec(r.html)[1]);
  assert.equal(json.quiz, undefined);
  assert.equal(validateArticle(json).ok, true);
  // The quiz alone has nothing to show; the summary alone shows, with the problems.
  const quiz = await renderRecapHtml(broken, { element: 'recap-quiz' });
  assert.equal(quiz.ok, false);
  assert.deepEqual(quiz.problems.map((p) => p.path), ['/quiz/questions/0/evidence/quote']);
  const summary = await renderRecapHtml(broken, { element: 'recap-summary' });
  assert.equal(summary.ok, true);
  assert.deepEqual(summary.leftOut, ['/quiz']);
  // Valid data says nothing of the kind.
  const valid = await renderRecapHtml(seed);
  assert.equal(valid.ok && (valid.leftOut ?? valid.problems), undefined);
});

// Text fields must show something (the contract refuses white space alone).
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== '');
const generated = fc
  .record({
    title: text,
    lang: fc.option(fc.constantFrom('en', 'de', 'ar', 'ja'), { nil: undefined }),
    points: fc.array(text, { minLength: 1, maxLength: 5 }),
    figures: fc.array(fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), label: text }), { maxLength: 4 }),
    prompts: fc.array(fc.tuple(text, fc.array(text, { minLength: 2, maxLength: 4 }), fc.nat(), text), { maxLength: 4 }),
    shuffle: fc.constantFrom('none', 'choices', 'questions', 'both'),
  })
  .map((r) => ({
    schemaVersion: 1,
    id: 'generated',
    title: r.title,
    ...(r.lang ? { lang: r.lang } : {}),
    summary: { points: r.points },
    ...(r.figures.length ? { figures: r.figures.map((f, i) => ({ id: `f${i}`, ...f })) } : {}),
    ...(r.prompts.length
      ? {
          quiz: {
            shuffle: r.shuffle,
            questions: r.prompts.map(([prompt, cs, k, explanation], i) => ({
              id: `q${i}`,
              type: 'single',
              prompt,
              explanation: `Because ${explanation}`,
              choices: cs.map((t, j) => ({ id: `c${j}`, text: t })),
              answer: `c${k % cs.length}`,
            })),
          },
        }
      : {}),
  }));

test('generated valid records pre-render in every element', async () => {
  await fc.assert(
    fc.asyncProperty(generated, async (article) => {
      for (const element of ELEMENTS) {
        const r = await renderRecapHtml(article, { element });
        assert.ok(r.ok, JSON.stringify(r.problems));
        assert.match(r.html, /shadowrootmode="open"/);
        assert.match(r.html, /part="base" class="base /);
      }
    }),
    { numRuns: 40 },
  );
});

test('recap-widgets render writes the parts without problems, says on stderr what it left out, and exits 1', async () => {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(new URL('recap-render-', `file://${tmpdir()}/`).pathname);
  const seed = JSON.parse(await readFile(new URL('demo/data/istanbul-talks.json', root), 'utf8'));
  seed.quiz.questions[0].evidence.quote = 'a sentence the article never wrote';
  const file = `${dir}/story.json`;
  await writeFile(file, JSON.stringify(seed));
  const cli = new URL('dist/cli.js', root).pathname;
  await assert.rejects(run('node', [cli, 'render', file]), (e) => {
    assert.equal(e.code, 1);
    assert.match(e.stdout, /^<recap-article [\s\S]*<recap-summary[\s\S]*<\/recap-article>\n$/);
    assert.doesNotMatch(e.stdout, /<recap-quiz/);
    assert.match(e.stderr, /\/quiz\/questions\/0\/evidence\/quote: quote "a sentence the article never wrote" does not occur in body/);
    assert.match(e.stderr, /left out because of the problems above: \/quiz\n/);
    return true;
  });
  // The quiz alone has nothing left to write.
  await assert.rejects(run('node', [cli, 'render', file, '--element', 'recap-quiz']), (e) => e.code === 1 && e.stdout === '');
});

test('recap-widgets render prints the fragment; problems go to stderr with exit 1', async () => {
  const cli = new URL('dist/cli.js', root).pathname;
  const file = new URL('demo/data/istanbul-talks.json', root).pathname;
  const { stdout } = await run('node', [cli, 'render', file, '--element', 'recap-summary']);
  assert.match(stdout, /^<recap-summary [^>]*><template shadowrootmode="open"|^<recap-summary [\s\S]*shadowrootmode="open"/);
  await assert.rejects(run('node', [cli, 'render', file, '--element', 'recap-nope']), (e) => e.code === 1 && /not a Recap element/.test(e.stderr));
  // Recap Markdown renders the same element as its JSON.
  const md = await run('node', [cli, 'render', new URL('demo/data/istanbul-talks.md', root).pathname, '--element', 'recap-summary']);
  assert.match(md.stdout, /^<recap-summary [\s\S]*shadowrootmode="open"[\s\S]*<\/recap-summary>\n$/);
  const bad = new URL('test/node/fixtures-bad.json', root).pathname;
  await assert.rejects(run('node', [cli, 'render', bad]), (e) => e.code === 1 && /cannot be read|\//.test(e.stderr));
});
