/**
 * Writing a fill-in-the-blanks (cloze) and a matching question in the studio, with the keyboard:
 * words selected in the text become a blank with its answer, other spellings and a list to pick
 * from, items paired with targets and a distractor; problems shown at the field they are about;
 * the preview shows the question as readers get it, and the downloaded JSON validates.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/editor/define.js';
import type { RecapEditor } from '../../src/editor/recap-editor.js';
import { controlId } from '../../src/editor/edit.js';
import { makeBlank, replaceMarks } from '../../src/editor/blanks.js';
import { fieldName } from '../../src/editor/field-names.js';
import { editorTranslator } from '../../src/editor/messages.js';
import { validateArticle } from '../../src/data/validate.js';
import { seedJson } from '../fixtures.js';
import { deepActive, settle, type } from '../elements/helpers.js';
import { activate, captureDownloads } from './helpers.js';

/** The seed's article and summary, with no quiz: the author writes it. */
function withoutQuiz() {
  const data = seedJson();
  delete data.quiz;
  delete data.figures;
  return data;
}

async function editor(): Promise<RecapEditor> {
  const el = await fixture<RecapEditor>(html`<recap-editor storage="none" .article=${withoutQuiz()}></recap-editor>`);
  await settle(el);
  return el;
}

const q0 = '/quiz/questions/0';

function tools(el: RecapEditor) {
  const root = el.shadowRoot!;
  const control = <T extends HTMLElement = HTMLInputElement>(p: string) => root.getElementById(controlId(p)) as T;
  /** The control for a pointer, once the section's code (loaded on demand) has rendered it. */
  const ready = async <T extends HTMLElement = HTMLInputElement>(p: string) => {
    await waitUntil(() => control(p), `${p} shown`, { timeout: 4000 });
    return control<T>(p);
  };
  const problems = () => [...root.querySelectorAll<HTMLButtonElement>('.problems button')].map((b) => `${b.dataset.pointer} ${b.textContent!.trim()}`);
  /** Types with real key presses into a control. */
  const typeIn = async (c: HTMLElement, text: string) => {
    await activate(c);
    await type(text);
    await settle(el);
  };
  /** Picks an option of a select, as the keyboard's choice in its list does. */
  const choose = async (s: HTMLSelectElement, value: string) => {
    s.focus();
    s.value = value;
    s.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
  };
  const quiz = () => root.querySelector('recap-quiz')?.shadowRoot ?? null;
  async function exported() {
    const capture = captureDownloads(el);
    try {
      await activate(root.getElementById('download-json')!);
      await waitUntil(() => capture.files.length, 'downloaded');
    } finally {
      capture.stop();
    }
    return JSON.parse(await capture.files[0]!.text());
  }
  return { root, control, ready, problems, typeIn, choose, quiz, exported };
}

describe('<recap-editor> fill-in-the-blank and matching questions', () => {
  it('a cloze from scratch: selected words become a blank, with more spellings and a list, previewed and exported valid', async function () {
    this.timeout(60_000);
    const el = await editor();
    const { root, control, ready, problems, typeIn, quiz, exported } = tools(el);

    await activate(root.getElementById('add-question-cloze')!);
    await settle(el);
    expect(deepActive()?.id).to.equal(controlId(`${q0}/prompt`));
    await type('Complete the sentence.');
    const text = await ready<HTMLTextAreaElement>(`${q0}/text`);
    // With no blank yet, the problem says so where the blanks go.
    expect(problems().some((p) => p.startsWith(`${q0}/blanks `))).to.equal(true);
    await typeIn(text, 'The proposal calls for an immediate 30-day ceasefire and an exchange of ');

    // Select "30" and make it a blank: its answer is the words.
    const at = text.value.indexOf('30');
    await activate(text);
    text.setSelectionRange(at, at + 2);
    await activate(root.getElementById(`${controlId(`${q0}/text`)}-blank`)!);
    await settle(el);
    expect(el.value.quiz!.questions![0]!).to.deep.include({ text: 'The proposal calls for an immediate {{b1}}-day ceasefire and an exchange of ' });
    expect(el.value.quiz!.questions![0]!).to.deep.include({ blanks: [{ id: 'b1', answers: ['30'] }] });
    expect(deepActive()?.id, 'focus on the new blank’s answer').to.equal(controlId(`${q0}/blanks/0/answers/0`));
    expect(root.querySelector('.status')!.textContent).to.contain('“30”');

    // Another spelling a reader may type.
    await activate(root.getElementById(`${controlId(`${q0}/blanks/0/answers`)}-add`)!);
    await settle(el);
    expect(deepActive()?.id).to.equal(controlId(`${q0}/blanks/0/answers/1`));
    await type('thirty');
    await settle(el);

    // A blank at the cursor (nothing selected): it has no answer yet, and the problem stands at its field.
    await activate(text);
    text.setSelectionRange(text.value.length, text.value.length);
    await activate(root.getElementById(`${controlId(`${q0}/text`)}-blank`)!);
    await settle(el);
    const answer = control(`${q0}/blanks/1/answers/0`);
    expect(deepActive()).to.equal(answer);
    expect(answer.getAttribute('aria-invalid')).to.equal('true');
    const note = root.getElementById(`${controlId(`${q0}/blanks/1/answers/0`)}-problem-0`)!;
    expect(answer.getAttribute('aria-describedby')).to.contain(note.id);
    const listed = problems().find((p) => p.startsWith(`${q0}/blanks/1/answers/0 `))!;
    expect(listed).to.contain('Quiz › Question 1 › Blank 2 › Accepted answer 1:');
    await expect(el).to.be.accessible();

    // The second blank is picked from a list: its right entry is its answer.
    await activate(root.getElementById(`${controlId(`${q0}/blanks/1`)}-listed`)!);
    await settle(el);
    await typeIn(await ready(`${q0}/blanks/1/choices/0`), 'territory');
    await typeIn(control(`${q0}/blanks/1/choices/1`), 'prisoners');
    // No entry is ticked yet: the problem stands at the list.
    expect(root.getElementById(controlId(`${q0}/blanks/1/answers`))!.textContent).to.contain('answers');
    expect(problems().find((p) => p.startsWith(`${q0}/blanks/1/answers `))).to.contain('Blank 2 › Accepted answers');
    await activate(root.getElementById(`${controlId(`${q0}/blanks/1/choices`)}-right-1`)!);
    await settle(el);
    expect(el.value.quiz!.questions![0]!).to.deep.include({ blanks: [{ id: 'b1', answers: ['30', 'thirty'] }, { id: 'b2', answers: ['prisoners'], choices: ['territory', 'prisoners'] }] });
    expect((el.value.quiz!.questions![0]! as { text: string }).text).to.equal('The proposal calls for an immediate {{b1}}-day ceasefire and an exchange of {{b2}}');

    // How typed answers are compared.
    await activate(control(`${q0}/ignoreAccents`));
    await settle(el);
    expect(el.value.quiz!.questions![0]!).to.deep.include({ ignoreAccents: true });
    expect(problems()).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // The preview shows the question as readers get it: a box to type in and a list to pick from.
    await waitUntil(() => quiz()?.querySelector('input[type="text"], input:not([type])') && quiz()?.querySelector('select'), 'cloze previewed', { timeout: 4000 });
    expect(quiz()!.textContent).to.contain('Complete the sentence.');
    expect([...quiz()!.querySelectorAll('select option')].map((o) => o.textContent!.trim())).to.include.members(['territory', 'prisoners']);

    const json = await exported();
    const result = validateArticle(json);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    expect(json.quiz.questions[0].type).to.equal('cloze');

    // Removing a blank puts its words back in the text.
    await activate(root.getElementById(`${controlId(`${q0}/blanks/0`)}-remove`)!);
    await settle(el);
    expect((el.value.quiz!.questions![0]! as { text: string }).text).to.equal('The proposal calls for an immediate 30-day ceasefire and an exchange of {{b2}}');
    expect(el.value.quiz!.questions![0]!).to.deep.include({ blanks: [{ id: 'b2', answers: ['prisoners'], choices: ['territory', 'prisoners'] }] });
  });

  it('a matching question from scratch: items, their targets, a distractor, one target for two items only when allowed', async function () {
    this.timeout(60_000);
    const el = await editor();
    const { root, control, ready, problems, typeIn, choose, quiz, exported } = tools(el);

    await activate(root.getElementById('add-question-matching')!);
    await settle(el);
    await type('Match each claim with who makes it.');
    await typeIn(await ready(`${q0}/items/0/text`), '41 warplanes were hit');
    await typeIn(control(`${q0}/items/1/text`), 'The damage may be repairable');
    await typeIn(control(`${q0}/targets/0/text`), 'Ukrainian sources');
    await typeIn(control(`${q0}/targets/1/text`), 'Russian online analysts');

    // A third target no item matches: the form says readers see it as a wrong option.
    const targets = controlId(`${q0}/targets`);
    await activate(root.getElementById(`${targets}-add`)!);
    await settle(el);
    expect(deepActive()?.id).to.equal(controlId(`${q0}/targets/2/text`));
    await type('The Turkish ministry');
    await settle(el);
    expect(root.getElementById(`${controlId(`${q0}/targets/2/text`)}-hint`)!.textContent).to.contain('No item matches');
    expect(root.getElementById(`${controlId(`${q0}/targets/0/text`)}-hint`)).to.equal(null);

    // A third item: it gets the target no item has yet.
    await activate(root.getElementById(`${controlId(`${q0}/items`)}-add`)!);
    await settle(el);
    await type('Talks resume in Istanbul');
    await settle(el);
    expect(el.value.quiz!.questions![0]!).to.deep.include({ items: [
      { id: 'a', text: '41 warplanes were hit', match: 't1' },
      { id: 'b', text: 'The damage may be repairable', match: 't2' },
      { id: 'c', text: 'Talks resume in Istanbul', match: 't3' },
    ] });

    // Item 3 matched with target 1 too: a problem at its match, until one target may match several items.
    const match = control<HTMLSelectElement>(`${q0}/items/2/match`);
    expect([...match.options].map((o) => o.textContent!.trim())).to.deep.equal(['Target 1: Ukrainian sources', 'Target 2: Russian online analysts', 'Target 3: The Turkish ministry']);
    await choose(match, 't1');
    expect(control(`${q0}/items/2/match`).getAttribute('aria-invalid')).to.equal('true');
    expect(problems().find((p) => p.startsWith(`${q0}/items/2/match `))).to.contain('Quiz › Question 1 › Item 3 › Match:');
    await expect(el).to.be.accessible();
    await activate(control(`${q0}/reuseTargets`));
    await settle(el);
    expect(problems()).to.deep.equal([]);
    expect(root.getElementById(`${controlId(`${q0}/targets/2/text`)}-hint`)!.textContent, 'target 3 is now a distractor').to.contain('No item matches');
    await expect(el).to.be.accessible();

    await waitUntil(() => quiz()?.textContent?.includes('The damage may be repairable'), 'matching previewed', { timeout: 4000 });
    expect(quiz()!.textContent).to.contain('The Turkish ministry');

    const json = await exported();
    const result = validateArticle(json);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
    expect(json.quiz.questions[0]).to.deep.include({ type: 'matching', reuseTargets: true });
    expect(json.quiz.questions[0].targets).to.have.length(3);
  });

  it('renames a blank’s mark in the text with its id, and names the fields of both types in the problem list', async () => {
    const data = withoutQuiz();
    data.quiz = {
      questions: [
        { id: 'c', type: 'cloze', prompt: 'Fill in.', text: 'It lasts {{days}} days.', blanks: [{ id: 'days', answers: ['30'] }] },
        { id: 'm', type: 'matching', prompt: 'Match.', items: [{ id: 'a', text: 'A', match: 'x' }, { id: 'b', text: 'B', match: 'nowhere' }], targets: [{ id: 'x', text: 'X' }, { id: 'y', text: 'Y' }] },
      ],
    };
    const el = await fixture<RecapEditor>(html`<recap-editor storage="none" .article=${data}></recap-editor>`);
    await settle(el);
    const { ready, problems } = tools(el);
    const id = await ready(`/quiz/questions/0/blanks/0/id`);
    id.value = 'length';
    id.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.value.quiz!.questions![0]!).to.deep.include({ text: 'It lasts {{length}} days.', blanks: [{ id: 'length', answers: ['30'] }] });
    expect(problems()).to.have.length(1);
    expect(problems()[0]).to.match(/^\/quiz\/questions\/1\/items\/1\/match Quiz › Question 2 › Item 2 › Match: /);
    const t = editorTranslator('en');
    expect(fieldName('/quiz/questions/0/blanks/1/answers/2', t)).to.equal('Quiz › Question 1 › Blank 2 › Accepted answer 3');
    expect(fieldName('/quiz/questions/3/items/0/text', t), 'without the draft, items are steps').to.equal('Quiz › Question 4 › Step 1');
  });

  it('makes the selected words a blank, leaving the spaces around them as text, and never inside a blank', () => {
    expect(makeBlank('Go to  Paris now', 5, 13, [{ id: 'b1' }])).to.deep.equal({ text: 'Go to  {{b2}} now', blank: { id: 'b2', answers: ['Paris'] } });
    expect(makeBlank('a {{b1}} c', 3, 5, [{ id: 'b1' }])).to.equal(undefined);
    expect(makeBlank('a {{b1}} c', 8, 8, [{ id: 'b1' }])).to.deep.equal({ text: 'a {{b1}}{{b2}} c', blank: { id: 'b2', answers: [''] } });
    expect(replaceMarks('{{a}} and \\{{a}} and {{a}}', 'a', 'x')).to.equal('x and \\{{a}} and x');
  });
});
