import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/elements/recap-quiz/define.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import type { RecapAnswerDetail, RecapCompleteDetail } from '../../src/shared/events.js';
import type { Article } from '../../src/data/types.js';
import { progressStorageKey } from '../../src/data/quiz-session.js';
import { clearProgressText } from '../../src/shared/progress-store.js';
import { statementFor, type XapiStatement } from '../../src/xapi/index.js';
import { seed } from '../fixtures.js';
import { $, $$, click, deepActive, press, resetMouse, settle, tabTo, type } from './helpers.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const key = progressStorageKey(seed().id);

async function mount(article: Article, attrs: { mode?: string; persist?: string } = {}) {
  const answers: RecapAnswerDetail[] = [];
  const completes: RecapCompleteDetail[] = [];
  const wrapper = await fixture(html`<div>
    <button id="before">before</button>
    <recap-quiz .article=${article} mode=${attrs.mode ?? 'one-at-a-time'} persist=${attrs.persist ?? 'local'}
      @recap-answer=${(e: CustomEvent) => answers.push(e.detail)} @recap-complete=${(e: CustomEvent) => completes.push(e.detail)}></recap-quiz>
  </div>`);
  const el = wrapper.querySelector('recap-quiz') as RecapQuiz;
  await settle(el);
  (wrapper.querySelector('#before') as HTMLElement).focus();
  return { el, answers, completes, wrapper };
}

const progressText = (el: RecapQuiz) => text($(el, '[part~="progress"] p'));
const choice = (el: RecapQuiz, value: string) => $$(el, '.choice').find((c) => c.querySelector('input')!.value === value)!;
const checkAndNext = async (el: RecapQuiz) => {
  await click($(el, '#action')!);
  await settle(el);
  await click($(el, '#action')!);
  await settle(el);
};

/** A quiz with eight single-choice questions, shuffled. */
function shuffledArticle(): Article {
  const a = seed();
  const questions = Array.from({ length: 8 }, (_, i) => ({
    id: `s${i}`,
    type: 'single' as const,
    prompt: `Question ${i}`,
    choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }, { id: 'd', text: 'D' }],
    answer: 'a',
  }));
  return { ...a, id: 'shuffled', quiz: { shuffle: 'both', questions } };
}

describe('<recap-quiz> progress', () => {
  // Also forgets what an earlier test kept in memory when storage failed.
  beforeEach(() => (clearProgressText(key), localStorage.clear()));
  afterEach(() => resetMouse());

  it('resumes after a reload: answers, position, and a half-made answer', async () => {
    const first = await mount(seed());
    await click(choice(first.el, 'ciragan'));
    await checkAndNext(first.el);
    await click($(first.el, 'input')!);
    await type('4');
    first.wrapper.remove();

    const again = await mount(seed());
    expect(progressText(again.el)).to.equal('Question 2 of 12 · 2 points');
    expect(($(again.el, 'input') as HTMLInputElement).value).to.equal('4');
    expect(text($(again.el, '[part~="score"]'))).to.equal('Score: 1 of 17');
    expect(again.answers).to.have.length(0);
  });

  it('discards saved progress when the quiz content changed', async () => {
    const first = await mount(seed());
    await click(choice(first.el, 'ciragan'));
    await checkAndNext(first.el);
    first.wrapper.remove();

    const changed = seed();
    const quiz = changed.quiz!;
    const edited = { ...changed, quiz: { ...quiz, questions: quiz.questions.map((q, i) => (i === 0 ? { ...q, prompt: 'Where are the talks?' } : q)) } };
    const again = await mount(edited);
    expect(progressText(again.el)).to.equal('Question 1 of 12');
    expect(text($(again.el, '[part~="score"]'))).to.equal('Score: 0 of 17');
  });

  it('shows the pick of an answer restored from saved progress even when no draft was kept', async () => {
    const first = await mount(seed());
    await click(choice(first.el, 'ciragan'));
    await click($(first.el, '#action')!);
    await settle(first.el);
    first.wrapper.remove();
    // Progress written with the answer only (another version, or a draft dropped as unreadable).
    const saved = JSON.parse(localStorage.getItem(key)!);
    expect(saved.answers.venue).to.deep.equal({ type: 'single', choice: 'ciragan' });
    localStorage.setItem(key, JSON.stringify({ ...saved, drafts: {} }));

    const { el } = await mount(seed());
    expect(text($(el, '.verdict strong'))).to.equal('Correct.');
    expect(choice(el, 'ciragan').querySelector('input')!.checked).to.equal(true);
    expect($$(el, '.choice input:checked').map((i) => (i as HTMLInputElement).value)).to.deep.equal(['ciragan']);
  });

  it('discards corrupt saved progress with one warning, and works', async () => {
    localStorage.setItem(key, '{"version":1,"contentHash":');
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const { el } = await mount(seed());
      expect(warnings).to.have.length(1);
      expect(String((warnings[0] as unknown[])[0])).to.match(/saved progress .* was unreadable .* discarded/);
      await click(choice(el, 'ciragan'));
      await click($(el, '#action')!);
      await settle(el);
      expect(text($(el, '.verdict strong'))).to.equal('Correct.');
    } finally {
      console.warn = warn;
    }
  });

  it('works in memory, silently, when storage is blocked', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    const logged: unknown[] = [];
    const [error, warn] = [console.error, console.warn];
    console.error = console.warn = (...args: unknown[]) => void logged.push(args);
    try {
      const first = await mount(seed());
      await click(choice(first.el, 'ciragan'));
      await checkAndNext(first.el);
      first.wrapper.remove();
      const again = await mount(seed());
      expect(progressText(again.el)).to.equal('Question 2 of 12 · 2 points');
      expect(logged).to.deep.equal([]);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
      [console.error, console.warn] = [error, warn];
    }
  });

  it('keeps working when storage is full', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    try {
      const first = await mount(seed());
      await click(choice(first.el, 'ciragan'));
      await checkAndNext(first.el);
      expect(progressText(first.el)).to.equal('Question 2 of 12 · 2 points');
      first.wrapper.remove();
      const again = await mount(seed());
      expect(progressText(again.el)).to.equal('Question 2 of 12 · 2 points');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('saves nothing with persist="none"', async () => {
    const { el } = await mount(seed(), { persist: 'none' });
    await click(choice(el, 'ciragan'));
    await checkAndNext(el);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('lets two copies of one quiz write in turn; the last write wins and neither breaks', async () => {
    const a = await mount(seed());
    const b = await mount(seed());
    await click(choice(a.el, 'ciragan'));
    await click($(a.el, '#action')!);
    await settle(a.el);
    await click(choice(b.el, 'geneva'));
    await click($(b.el, '#action')!);
    await settle(b.el);
    expect(JSON.parse(localStorage.getItem(key)!).answers.venue).to.deep.equal({ type: 'single', choice: 'geneva' });
    expect(text($(a.el, '.verdict strong'))).to.equal('Correct.');
    expect(text($(b.el, '.verdict strong'))).to.equal('Not quite.');
  });

  it('"Start over" clears progress and reshuffles', async () => {
    const article = shuffledArticle();
    const order = (el: RecapQuiz) => $$(el, '.prompt').map(text);
    const first = await mount(article, { mode: 'all' });
    const before = order(first.el);
    expect(before).to.not.deep.equal(article.quiz!.questions.map((q) => q.prompt));
    await click($(first.el, '.choice')!);
    first.wrapper.remove();

    const again = await mount(article, { mode: 'all' });
    expect(order(again.el), 'stable across reloads').to.deep.equal(before);
    const startOver = $(again.el, '[part~="start-over"]')!;
    await click(startOver);
    await settle(again.el);
    expect(order(again.el), 'new order after start over').to.not.deep.equal(before);
    expect($$(again.el, 'input:checked')).to.have.length(0);
    expect($(again.el, '[part~="start-over"]')).to.equal(null);
    expect(JSON.parse(localStorage.getItem(progressStorageKey('shuffled'))!).answers).to.deep.equal({});
  });
});

describe('<recap-quiz mode="all">', () => {
  beforeEach(() => localStorage.clear());

  it('asks for every answer, then scores all at once and shows the review', async () => {
    const small = seed();
    const quiz = small.quiz!;
    const article = { ...small, quiz: { ...quiz, questions: quiz.questions.filter((q) => ['venue', 'analysts', 'delegation'].includes(q.id)) } };
    const { el, answers, completes } = await mount(article, { mode: 'all' });
    expect($$(el, 'fieldset')).to.have.length(3);
    await expect(el).to.be.accessible();

    await tabTo((e) => e.id === 'action');
    await press('Enter');
    await settle(el);
    expect(text($(el, '.actions .input-error'))).to.equal('3 questions still need an answer.');
    expect((deepActive() as HTMLInputElement).name).to.equal('venue');

    // Answer by keyboard alone: arrows in the first radio group, then Tab onwards.
    await press('ArrowDown'); // from the first radio (Geneva), ArrowDown picks the Ciragan Palace
    await tabTo((e) => (e as HTMLInputElement).name === 'analysts');
    await press('ArrowDown');
    await tabTo((e) => e.id === 'num-delegation');
    await type('14');
    await press('Enter');
    await settle(el);

    expect(answers).to.have.length(3);
    expect(completes).to.have.length(1);
    expect(deepActive()?.id).to.equal('results');
    const review = $$(el, '.review-item');
    expect(review).to.have.length(3);
    expect(text(review[0])).to.contain('Your answer: At the Ciragan Palace in Istanbul');
    expect(text(review[1])).to.contain('Your answer: False');
    expect(text(review[2])).to.contain('Your answer: 14');
    await expect(el).to.be.accessible();
  });
});

describe('<recap-quiz> review', () => {
  beforeEach(() => localStorage.clear());

  it('lists every answer with the right one, the explanation, the evidence and a link to the sentence', async () => {
    const article = { ...seed(), url: 'https://news.example/istanbul-talks' };
    const quiz = article.quiz!;
    const short = { ...article, quiz: { ...quiz, questions: quiz.questions.slice(0, 2) } };
    const { el } = await mount(short);
    await click(choice(el, 'geneva'));
    await checkAndNext(el);
    await click($(el, 'input')!);
    await type('41');
    await checkAndNext(el);
    const results = $(el, '[part~="results"]')!;
    expect(text(results)).to.contain('You scored 2 of 3 (67%).');
    expect(text(results)).to.contain('You passed.');
    const [first, second] = $$(el, '.review-item');
    expect(text(first)).to.contain('Not quite. Your answer: At the Palais des Nations in Geneva');
    expect(text(first)).to.contain('Right answer: At the Ciragan Palace in Istanbul');
    expect(text(first)).to.contain('The Turkish Ministry of Foreign Affairs announced the venue');
    expect(text(first!.querySelector('blockquote'))).to.equal('set to commence on Monday at 1 p.m. at the historic Ciragan Palace in Istanbul');
    const link = first!.querySelector('a.evidence-link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://news.example/istanbul-talks#:~:text=set%20to%20commence%20on%20Monday,historic%20Ciragan%20Palace%20in%20Istanbul');
    expect(text(second)).to.contain('Correct. Your answer: 41');
    await expect(el).to.be.accessible();
  });
});

describe('<recap-quiz> ordering', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => resetMouse());
  const orderArticle = () => {
    const a = seed();
    return { ...a, quiz: { questions: a.quiz!.questions.filter((q) => q.type === 'order') } };
  };
  const domOrder = (el: RecapQuiz) => $$(el, '.order-text').map(text);
  const right = ['An immediate 30-day ceasefire', 'An exchange of prisoners and the return of children', 'A summit between Zelenskyy and Putin'];

  it('moves a picked-up item with the arrow keys and announces each step', async () => {
    const { el } = await mount(orderArticle());
    for (let i = 0; i < right.length; i++) {
      const j = domOrder(el).indexOf(right[i]!);
      if (j === i) continue;
      await tabTo((e) => e.id === `grab-plan-steps-${j}`);
      await press('Space');
      await settle(el);
      expect(text($(el, '[aria-live="assertive"]'))).to.match(/picked up, at position/);
      for (let k = j; k > i; k--) {
        await press('ArrowUp');
        await settle(el);
      }
      expect(deepActive()?.id).to.equal(`grab-plan-steps-${i}`);
      expect(text($(el, '[aria-live="assertive"]'))).to.equal(`“${right[i]}” moved to position ${i + 1} of 3.`);
      await press('Space');
      await settle(el);
      expect(text($(el, '[aria-live="assertive"]'))).to.equal(`“${right[i]}” dropped at position ${i + 1} of 3.`);
      (document.querySelector('#before') as HTMLElement).focus();
    }
    expect(domOrder(el)).to.deep.equal(right);
  });

  it('moves an item by pointer drag', async () => {
    const { el } = await mount(orderArticle());
    const j = domOrder(el).indexOf(right[0]!);
    const target = j === 0 ? 1 : 0;
    const handle = $(el, `#grab-plan-steps-${j}`)!;
    const h = handle.getBoundingClientRect();
    const row = $$(el, '.order-item')[target]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(h.left + h.width / 2), Math.round(h.top + h.height / 2)] });
    await sendMouse({ type: 'down' });
    const y = target < j ? row.top + 2 : row.bottom - 2;
    await sendMouse({ type: 'move', position: [Math.round(h.left + h.width / 2), Math.round(y)] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(domOrder(el).indexOf(right[0]!)).to.equal(target);
    expect(text($(el, '[aria-live="assertive"]'))).to.match(/dropped at position/);
  });
});

describe('<recap-quiz> xAPI in events', () => {
  beforeEach(() => localStorage.clear());

  it('carries answered and completed statements with the cmi.interaction shape', async () => {
    const a = seed();
    const article = { ...a, quiz: { ...a.quiz!, questions: a.quiz!.questions.filter((q) => q.id === 'proposal' || q.id === 'distance') } };
    const { el, answers, completes } = await mount(article);
    // recap-widgets/xapi makes the statements from what the events carry.
    const statements: XapiStatement[] = [];
    el.addEventListener('recap-answer', (e) => statements.push(statementFor(e)!));
    el.addEventListener('recap-complete', (e) => statements.push(statementFor(e)!));
    for (const id of ['ceasefire', 'prisoners', 'children']) await click(choice(el, id));
    await checkAndNext(el);
    await click($(el, 'input')!);
    await type('4300');
    await click($(el, '#action')!);
    await settle(el);
    expect(answers.map((d) => d.article)).to.deep.equal([el.article, el.article]);
    const [choiceStatement, numericStatement, done] = statements;
    expect(choiceStatement!.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
    expect(choiceStatement!.object.definition).to.deep.include({
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
      correctResponsesPattern: ['ceasefire[,]prisoners[,]children'],
    });
    expect(choiceStatement!.result).to.deep.equal({ success: true, response: 'ceasefire[,]prisoners[,]children', score: { raw: 1, min: 0, max: 1, scaled: 1 } });
    expect(numericStatement!.object.definition.interactionType).to.equal('numeric');
    expect(numericStatement!.result.score).to.deep.equal({ raw: 2, min: 0, max: 2, scaled: 1 });
    expect(completes).to.have.length(1);
    expect(done!.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
    expect(done!.result).to.deep.include({ completion: true, success: true });
    expect(done!.actor).to.have.property('account');
    expect(choiceStatement!.actor).to.deep.equal(done!.actor);
    expect(done!.actor).to.deep.equal({ objectType: 'Agent', ...completes[0]!.actor });
  });
});
