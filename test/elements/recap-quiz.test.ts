import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/recap-quiz/define.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import type { RecapAnswerDetail, RecapCompleteDetail } from '../../src/shared/events.js';
import type { Article } from '../../src/data/types.js';
import { articleWith, seed } from '../fixtures.js';
import { loadMessages, translator } from '../../src/shared/messages.js';
import { $, $$, click, deepActive, press, resetMouse, settle, tabTo, type } from './helpers.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const single = { id: 'q1', type: 'single', prompt: 'Pick *A*', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B', feedback: 'B is a trap.' }, { id: 'c', text: 'C' }], answer: 'a', explanation: 'Because A.' };
const multiple = { id: 'q2', type: 'multiple', prompt: 'Pick A and C', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], answers: ['a', 'c'] };
const trueFalse = { id: 'q3', type: 'true-false', prompt: 'The sky is green.', answer: false };
const numeric = { id: 'q4', type: 'numeric', prompt: 'How many?', answer: 4300, format: { style: 'unit', unit: 'kilometer' } };
const order = { id: 'q5', type: 'order', prompt: 'Order them', items: [{ id: 'one', text: 'One' }, { id: 'two', text: 'Two' }, { id: 'three', text: 'Three' }] };

interface Mounted {
  el: RecapQuiz;
  answers: RecapAnswerDetail[];
  completes: RecapCompleteDetail[];
}

async function mount(article: Article): Promise<Mounted> {
  const answers: RecapAnswerDetail[] = [];
  const completes: RecapCompleteDetail[] = [];
  const wrapper = await fixture(html`<div>
    <button id="before">before</button>
    <recap-quiz .article=${article} @recap-answer=${(e: CustomEvent) => answers.push(e.detail)} @recap-complete=${(e: CustomEvent) => completes.push(e.detail)}></recap-quiz>
  </div>`);
  const el = wrapper.querySelector('recap-quiz')!;
  await settle(el);
  (wrapper.querySelector('#before') as HTMLElement).focus();
  return { el, answers, completes };
}

const verdict = (el: RecapQuiz) => text($(el, '.verdict strong'));
const actionButton = (el: RecapQuiz) => $(el, '#action')!;
const isAction = (e: Element) => e.id === 'action';

describe('<recap-quiz>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => resetMouse());

  describe('single choice', () => {
    it('is answered right by keyboard, with focus kept on the button that now says Next', async () => {
      const { el, answers, completes } = await mount(articleWith(single));
      const first = await tabTo((e) => e.localName === 'input');
      expect((first as HTMLInputElement).value).to.equal('a');
      await press('Space');
      await tabTo(isAction);
      await press('Enter');
      await settle(el);
      expect(verdict(el)).to.equal('Correct.');
      expect(text($(el, '.explanation'))).to.equal('Because A.');
      expect(deepActive()?.id).to.equal('action');
      expect(text(actionButton(el))).to.equal('See results');
      expect(answers).to.have.length(1);
      expect(answers[0]).to.deep.include({ questionId: 'q1', questionType: 'single', correct: true, points: 1, maxPoints: 1, index: 0 });
      expect(answers[0]!.response).to.deep.equal({ type: 'single', choice: 'a' });
      expect(completes).to.have.length(1);
      expect(completes[0]!.score.percent).to.equal(100);
      await expect(el).to.be.accessible();
    });

    it('is answered wrong by keyboard, marking each choice and showing its feedback', async () => {
      const { el, answers } = await mount(articleWith(single));
      await tabTo((e) => e.localName === 'input');
      await press('ArrowDown');
      await tabTo(isAction);
      await press('Enter');
      await settle(el);
      expect(verdict(el)).to.equal('Not quite.');
      expect(text($(el, '.verdict'))).to.contain('Right answer: A');
      const labels = $$(el, '.choice');
      expect(labels[0]!.getAttribute('part')).to.contain('choice-correct');
      expect(labels[1]!.getAttribute('part')).to.contain('choice-incorrect');
      expect(text(labels[1])).to.contain('B is a trap.');
      // The one right choice reads as the right answer, not as "also right".
      expect(text(labels[0])).to.contain('right answer');
      expect(text(labels[0])).to.not.contain('also right');
      expect(answers[0]!.correct).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('is answered right and wrong by pointer', async () => {
      const right = await mount(articleWith(single));
      await click($$(right.el, '.choice')[0]!);
      await click(actionButton(right.el));
      await settle(right.el);
      expect(verdict(right.el)).to.equal('Correct.');

      localStorage.clear();
      const wrong = await mount(articleWith(single));
      await click($$(wrong.el, '.choice')[2]!);
      await click(actionButton(wrong.el));
      await settle(wrong.el);
      expect(verdict(wrong.el)).to.equal('Not quite.');
    });

    it('asks for a choice instead of marking an empty answer wrong', async () => {
      const { el, answers } = await mount(articleWith(single));
      await click(actionButton(el));
      await settle(el);
      expect(text($(el, '.input-error'))).to.equal('Choose an answer first.');
      expect(answers).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('multiple choice', () => {
    it('is right only with exactly the answers, by keyboard', async () => {
      const { el, answers } = await mount(articleWith(multiple));
      await tabTo((e) => (e as HTMLInputElement).value === 'a');
      await press('Space');
      await tabTo((e) => (e as HTMLInputElement).value === 'c');
      await press('Space');
      await tabTo(isAction);
      await press('Enter');
      await settle(el);
      expect(verdict(el)).to.equal('Correct.');
      expect(answers[0]!.response).to.deep.equal({ type: 'multiple', choices: ['a', 'c'] });
    });

    it('says to choose all that apply, in the article\'s language', async () => {
      for (const lang of ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl', 'pt', 'ar', 'he']) {
        const { el } = await mount(articleWith(multiple, { id: `hint-${lang}`, lang }));
        await loadMessages(lang);
        await settle(el);
        expect(text($(el, '.hint')), lang).to.equal(translator(lang)('chooseAll'));
        if (lang !== 'en') expect(text($(el, '.hint')), lang).to.not.equal('Choose all that apply.');
      }
    });

    it('is wrong with every right answer and a wrong one too', async () => {
      const { el, answers } = await mount(articleWith(multiple));
      for (const i of [0, 1, 2]) await click($$(el, '.choice')[i]!);
      await click(actionButton(el));
      await settle(el);
      expect(verdict(el)).to.equal('Not quite.');
      expect(answers[0]!.response).to.deep.equal({ type: 'multiple', choices: ['a', 'b', 'c'] });
      expect(answers[0]!.correct).to.equal(false);
    });

    it('is wrong with a missing answer, by pointer, and shows the missed one', async () => {
      const { el } = await mount(articleWith(multiple));
      await click($$(el, '.choice')[0]!);
      await click(actionButton(el));
      await settle(el);
      expect(verdict(el)).to.equal('Not quite.');
      expect(text($$(el, '.choice')[2])).to.contain('also right');
      await expect(el).to.be.accessible();
    });
  });

  describe('true / false', () => {
    it('is answered right by pointer and wrong by keyboard', async () => {
      const a = await mount(articleWith(trueFalse));
      await click($$(a.el, '.choice')[1]!);
      await click(actionButton(a.el));
      await settle(a.el);
      expect(verdict(a.el)).to.equal('Correct.');

      localStorage.clear();
      const b = await mount(articleWith(trueFalse));
      await tabTo((e) => e.localName === 'input');
      await press('Space');
      await tabTo(isAction);
      await press('Enter');
      await settle(b.el);
      expect(verdict(b.el)).to.equal('Not quite.');
      expect(text($(b.el, '.verdict'))).to.contain('Right answer: False');
    });
  });

  describe('numeric', () => {
    it('takes a typed answer and Enter', async () => {
      const { el, answers } = await mount(articleWith(numeric));
      await tabTo((e) => e.localName === 'input');
      await type('4,300');
      await press('Enter');
      await settle(el);
      expect(verdict(el)).to.equal('Correct.');
      expect(answers[0]!.response).to.deep.equal({ type: 'numeric', value: 4300 });
    });

    it('marks a wrong number and names the right one', async () => {
      const { el } = await mount(articleWith(numeric));
      await click($(el, 'input')!);
      await type('4200');
      await click(actionButton(el));
      await settle(el);
      expect(verdict(el)).to.equal('Not quite.');
      expect(text($(el, '.verdict'))).to.contain('Right answer: 4,300 km');
    });

    it('reads numbers the way the article language writes them', async () => {
      const { el } = await mount(articleWith(numeric, { lang: 'de' }));
      await click($(el, 'input')!);
      await type('4.300');
      await press('Enter');
      await settle(el);
      expect(verdict(el)).to.equal('Richtig.');
    });

    it('takes a percent as the article writes it: 94, or "94 %", with the sign shown beside the field', async () => {
      const percent = { id: 'share', type: 'numeric', prompt: 'What share said yes?', answer: 94, tolerance: 1, format: { style: 'percent' } };
      for (const [i, typed] of ['94', '94 %', '93,5%'].entries()) {
        // A new article id each time: saved progress would otherwise show the first answer again.
        const { el, answers } = await mount(articleWith(percent, { id: `percent-${i}`, lang: typed.includes(',') ? 'de' : 'en' }));
        expect(text($(el, '.with-unit'))).to.match(/%$/);
        await click($(el, 'input')!);
        await type(typed);
        await press('Enter');
        await settle(el);
        expect(answers[0]?.correct, typed).to.equal(true);
      }
      const { el } = await mount(articleWith(percent, { id: 'percent-fraction' }));
      await click($(el, 'input')!);
      await type('0.94');
      await press('Enter');
      await settle(el);
      expect(verdict(el)).to.equal('Not quite.');
      expect(text($(el, '.verdict'))).to.contain('Right answer: 94% ± 1%');
      await expect(el).to.be.accessible();
    });

    it('explains input that is not a number instead of marking it wrong', async () => {
      const { el, answers } = await mount(articleWith(numeric));
      await tabTo((e) => e.localName === 'input');
      await type('forty');
      await press('Enter');
      await settle(el);
      expect(text($(el, '.input-error'))).to.equal('“forty” is not a number. Type digits, for example 4,300.5.');
      expect($(el, 'input')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '.verdict')).to.equal(null);
      expect(answers).to.have.length(0);
      expect(deepActive()?.localName).to.equal('input');
      await expect(el).to.be.accessible();
    });
  });

  describe('order', () => {
    const domOrder = (el: RecapQuiz) => $$(el, '.order-text').map(text);

    it('is put in order by keyboard, with focus following the moved item and each move announced', async () => {
      const { el, answers } = await mount(articleWith(order));
      const right = ['One', 'Two', 'Three'];
      expect(domOrder(el)).to.not.deep.equal(right);
      for (let i = 0; i < right.length; i++) {
        const j = domOrder(el).indexOf(right[i]!);
        if (j === i) continue;
        await tabTo((e) => e.id === `up-q5-${j}`);
        for (let k = j; k > i; k--) {
          await press('Enter');
          await settle(el);
        }
        expect(text($(el, '[aria-live="assertive"]'))).to.equal(`“${right[i]}” moved to position ${i + 1} of 3.`);
        expect(deepActive()?.id).to.match(/^(up|down)-q5-/);
        (document.querySelector('#before') as HTMLElement).focus();
      }
      expect(domOrder(el)).to.deep.equal(right);
      await tabTo(isAction);
      await press('Enter');
      await settle(el);
      expect(verdict(el)).to.equal('Correct.');
      expect(answers[0]!.response).to.deep.equal({ type: 'order', order: ['one', 'two', 'three'] });
      await expect(el).to.be.accessible();
    });

    it('is wrong when left out of order, by pointer', async () => {
      const { el } = await mount(articleWith(order));
      await click(actionButton(el));
      await settle(el);
      expect(verdict(el)).to.equal('Not quite.');
      expect(text($(el, '.verdict'))).to.contain('Right answer: 1. One; 2. Two; 3. Three');
    });
  });

  describe('the seed article, start to finish', () => {
    it('scores every answer, shows the final score, pass mark and band, and retries', async () => {
      const { el, answers, completes } = await mount(seed());
      const quiz = seed().quiz!;
      expect(text($(el, '[part~="progress"]'))).to.equal('Question 1 of 12');
      for (let n = 0; n < quiz.questions.length; n++) {
        const q = quiz.questions[n]!;
        // Answer the first three right, the rest wrong (or left as they are).
        const right = n < 3;
        if (q.type === 'single') await click($$(el, '.choice').find((c) => (c.querySelector('input')!.value === q.answer) === right)!);
        if (q.type === 'multiple') for (const id of right ? q.answers : [q.choices.find((c) => !q.answers.includes(c.id))!.id]) await click($$(el, '.choice').find((c) => c.querySelector('input')!.value === id)!);
        if (q.type === 'true-false') await click($$(el, '.choice')[q.answer === right ? 0 : 1]!);
        if (q.type === 'numeric') {
          await click($(el, 'input')!);
          await type(String(right ? q.answer : q.answer + 1));
        }
        // Wrong in every blank, and every pair: no part of their points.
        if (q.type === 'cloze')
          for (const [k, blank] of q.blanks.entries()) {
            const control = $$<HTMLInputElement & HTMLSelectElement>(el, '[part~="blank"]')[k]!;
            control.focus();
            await type(blank.choices ? blank.choices.find((c) => !blank.answers.includes(c))! : 'x');
            // A list picked by typing is left, so that no engine keeps it open over the next click.
            control.blur();
          }
        if (q.type === 'matching')
          for (const [k, item] of q.items.entries()) {
            const wrong = q.targets.find((t) => t.id === q.items[(k + 1) % q.items.length]!.match)!;
            await click($$(el, '[part~="match-item"]').find((b) => text(b) === item.text)!);
            await click($$(el, '[part~="match-target"]').find((b) => text(b).startsWith(wrong.text))!);
          }
        await click(actionButton(el));
        await settle(el);
        expect(verdict(el)).to.equal(right ? 'Correct.' : 'Not quite.');
        if (q.evidence) expect(text($(el, '.evidence blockquote'))).to.equal(q.evidence.quote.replace(/\s+/g, ' '));
        expect(text($(el, '[part~="score"]'))).to.match(/^Score: \d+ of 17$/);
        if (n === 0) await expect(el).to.be.accessible();
        await click(actionButton(el));
        await settle(el);
      }
      expect(answers).to.have.length(12);
      expect(completes).to.have.length(1);
      expect(completes[0]!.score).to.include({ points: 4, maxPoints: 17, correct: 3, percent: 23.5, passed: false });
      const results = $(el, '[part~="results"]')!;
      expect(text(results)).to.contain('You scored 4 of 17 (24%).');
      expect(text(results)).to.contain('You did not reach the pass mark of 60%.');
      expect(text(results)).to.contain('Worth another read');
      expect(deepActive()?.id).to.equal('results');
      await expect(el).to.be.accessible();

      await click($(el, '[part~="retry"]')!);
      await settle(el);
      expect(text($(el, '[part~="progress"]'))).to.equal('Question 1 of 12');
      expect(text($(el, '[part~="score"]'))).to.equal('Score: 0 of 17');
      expect(deepActive()?.id).to.equal(`q-${quiz.questions[0]!.id}`);
    });
  });

  it('shows the error state for a quiz whose answer points nowhere', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const el = await fixture<RecapQuiz>(html`<recap-quiz .article=${articleWith({ ...single, answer: 'zz' })}></recap-quiz>`);
      expect(text($(el, '[part~="error"]'))).to.equal('This quiz cannot be shown right now.');
      expect(el.problems[0]).to.deep.equal({ path: '/quiz/questions/0/answer', message: 'answer "zz" is not one of the choice ids (a, b, c)' });
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('fires no event when its article is set', async () => {
    const { el, answers, completes } = await mount(seed());
    el.article = articleWith(single);
    await settle(el);
    expect(answers.length + completes.length).to.equal(0);
  });
});
