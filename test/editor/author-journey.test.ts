/**
 * An author's whole path through the studio, with real key presses: paste an
 * article, draft figures, accept some, write two questions with evidence picked by selecting
 * words, fix the problems the editor points out, export, and check that what comes out
 * validates and renders.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/editor/define.js';
import '../../src/elements/recap-article/define.js';
import type { RecapEditor } from '../../src/editor/recap-editor.js';
import type { RecapArticle } from '../../src/elements/recap-article/recap-article.js';
import { controlId } from '../../src/editor/edit.js';
import { validateArticle } from '../../src/data/validate.js';
import { deepActive, settle, type } from '../elements/helpers.js';
import { activate, captureDownloads } from './helpers.js';

/** What Ctrl+A does in a text field (WebKit's WebDriver cannot hold a key down). */
function selectAll() {
  (deepActive() as HTMLInputElement).select();
}


const seedArticle = await (await fetch(new URL('./seed-article.txt', import.meta.url))).text();

describe('an author makes a recap in the studio', () => {
  before(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('recap-editor')) localStorage.removeItem(key);
  });

  it('from pasting the article to an exported recap that validates and renders', async function () {
    // Real key presses, one by one: longer than the default per-test limit on a shared machine.
    this.timeout(60_000);
    const el = await fixture<RecapEditor>(html`<recap-editor></recap-editor>`);
    await settle(el);
    const root = el.shadowRoot!;
    const $ = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
    const control = <T extends HTMLElement = HTMLTextAreaElement>(p: string) => root.getElementById(controlId(p)) as T;
    const problems = () => [...root.querySelectorAll<HTMLButtonElement>('.problems button')].map((b) => `${b.dataset.pointer} ${b.textContent!.trim()}`);
    const problemButton = (start: string) => [...root.querySelectorAll<HTMLButtonElement>('.problems button')].find((b) => b.dataset.pointer!.startsWith(start))!;

    /** Selects words of the body, as dragging over them does (the browser's own selection, and its select event). */
    async function selectInBody(words: string) {
      const body = control('/body') as HTMLTextAreaElement;
      const at = body.value.indexOf(words);
      expect(at, `"${words}" is in the body`).to.be.greaterThan(-1);
      await activate(body);
      body.setSelectionRange(at, at + words.length);
      body.dispatchEvent(new Event('select'));
      expect(body.value.slice(body.selectionStart, body.selectionEnd)).to.equal(words);
    }

    // 1. Paste the article (the browser's own insertion, as a paste does) and start from it.
    await activate($('#paste'));
    document.execCommand('insertText', false, seedArticle);
    await settle(el);
    await activate($('#start-from-text'));
    await settle(el);
    expect(el.value.title).to.equal('Russia-Ukraine Conflict Escalates: Both Sides Prepare for Second Round of Peace Talks');
    expect(el.value.dek).to.match(/^Ukraine claims a major strike/);
    expect(el.value.body).to.match(/^The much-anticipated second round/);

    // 2. The language, typed the way people write it: the editor points out the problem.
    await activate(control('/lang'));
    selectAll();
    await type('english');
    await settle(el);
    const langProblem = problems().find((p) => p.startsWith('/lang'));
    expect(langProblem).to.contain('did you mean "en"');

    // 3. A summary point and a bottom line.
    await activate(control('/summary/points/0'));
    await type('Russia and Ukraine meet in Istanbul for a second round of talks.');
    await activate($('#add-point'));
    await settle(el);
    expect(deepActive()?.id).to.equal(control('/summary/points/1').id);
    await type('Ukraine says it hit 41 Russian warplanes with 117 drones.');
    await activate(control('/summary/takeaway'));
    await type('Both sides talk while raising military pressure.');

    // 4. Draft figures: not in "english", which is no language tag; the editor offers English, read
    // from the body, and the author takes it (which also fixes the language's problem).
    await activate($('#find-figures'));
    await waitUntil(() => root.querySelector('#use-detected-lang'), 'English offered');
    expect(root.querySelector('.proposal')).to.equal(null);
    expect($('#lang-offer').textContent).to.contain('(en)');
    await activate($('#use-detected-lang'));
    await settle(el);
    expect(el.value.lang).to.equal('en');
    await activate($('#find-figures'));
    await waitUntil(() => root.querySelector('.proposal'), 'figures proposed');
    await settle(el);
    const proposed = root.querySelectorAll('.proposal').length;
    expect(proposed).to.be.at.least(7);
    for (let i = 0; i < 3; i++) {
      await activate($('#proposal-0-accept'));
      await settle(el);
    }
    await activate($('#proposal-0-reject'));
    await settle(el);
    expect(el.value.figures).to.have.length(3);
    expect(root.querySelectorAll('.proposal').length).to.equal(proposed - 4);

    // 5. A single-answer question, with evidence picked by selecting words in the body.
    await activate($('#add-question-single'));
    await settle(el);
    expect(deepActive()?.id).to.equal(control('/quiz/questions/0/prompt').id);
    await type('Where will the talks take place?');
    await activate(control('/quiz/questions/0/choices/0/text'));
    await type('At the Ciragan Palace in Istanbul');
    await activate(control('/quiz/questions/0/choices/1/text'));
    await type('In Geneva');
    await selectInBody('at the historic Ciragan Palace in Istanbul');
    await activate($(`#${controlId('/quiz/questions/0/evidence/quote')}-use`));
    await settle(el);
    expect(el.value.quiz!.questions![0]!.evidence!.quote).to.equal('at the historic Ciragan Palace in Istanbul');

    // 6. A true-false question; the author types the quote by hand, with a slip.
    await activate($('#add-question-true-false'));
    await settle(el);
    await type('Russian online analysts doubted the damage claims.');
    await activate(control('/quiz/questions/1/evidence/quote'));
    await type('met with skepticism by Russian analysts');
    await settle(el);
    const quoteProblem = problems().find((p) => p.startsWith('/quiz/questions/1/evidence/quote'));
    expect(quoteProblem).to.contain('does not occur in body');

    // 7. Fix the problems from the list at the top: it moves focus to each field.
    expect(problems().some((p) => p.startsWith('/lang'))).to.equal(false);
    await activate(problemButton('/quiz/questions/1/evidence'));
    expect(deepActive()?.id).to.equal(control('/quiz/questions/1/evidence/quote').id);
    await selectInBody('These claims, however, have been met with skepticism by Russian online analysts');
    await activate($(`#${controlId('/quiz/questions/1/evidence/quote')}-use`));
    await settle(el);
    expect(problems()).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // 8. The preview shows the real widgets with what the author wrote.
    await waitUntil(() => root.querySelector('recap-quiz')?.shadowRoot?.textContent?.includes('Where will the talks take place?'), 'quiz previewed', { timeout: 2000 });

    // 9. Export: the downloaded JSON validates and renders.
    const capture = captureDownloads(el);
    const downloads = capture.files;
    try {
      await activate($('#download-json'));
      await waitUntil(() => downloads.length, 'downloaded');
    } finally {
      capture.stop();
    }
    expect(capture.names).to.deep.equal([`${el.value.id}.json`]);
    expect(downloads).to.have.length(1);
    const exported = JSON.parse(await downloads[0]!.text());
    const result = validateArticle(exported);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    expect(exported.figures).to.have.length(3);
    expect(exported.quiz.questions.map((q: { type: string }) => q.type)).to.deep.equal(['single', 'true-false']);

    const shown = await fixture<RecapArticle>(html`<recap-article .article=${exported}></recap-article>`);
    await waitUntil(() => shown.shadowRoot!.querySelector('[part~="base"]:not([part~="placeholder"]):not([part~="error"])'), 'rendered');
    await waitUntil(() => {
      const text = [...shown.shadowRoot!.querySelectorAll('recap-summary, recap-figures, recap-quiz')].map((w) => w.shadowRoot?.textContent ?? '').join(' ');
      return text.includes('Both sides talk while raising military pressure.') && text.includes('Where will the talks take place?');
    }, 'exported recap renders its summary and quiz');

    // The embed snippet carries the same data, inline and script-safe.
    await activate($('#copy-embed'));
    await settle(el);
    const snippet = ($('#embed') as HTMLTextAreaElement).value;
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    expect(JSON.parse(doc.querySelector('recap-article > script[type="application/json"]')!.textContent!)).to.deep.equal(exported);
  });
});
