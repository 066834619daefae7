/** Cloze and matching questions in <recap-quiz>: by keyboard alone, by pointer, partial credit, saved progress, both modes, the printed sheet. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/recap-quiz/define.js';
import type { RecapQuiz } from '../../src/elements/recap-quiz/recap-quiz.js';
import type { RecapAnswerDetail, RecapCompleteDetail } from '../../src/shared/events.js';
import type { Article } from '../../src/data/types.js';
import { statementFor, type XapiStatement } from '../../src/xapi/index.js';
import { articleWith } from '../fixtures.js';
import { $, $$, click, deepActive, press, resetMouse, settle, tabTo, type } from './helpers.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const cloze = {
  id: 'talks',
  type: 'cloze',
  prompt: 'Complete the sentence.',
  text: 'The talks open at the **{{venue}}** in {{city}}, {{km}} km away.',
  blanks: [
    { id: 'venue', answers: ['Çırağan Palace', 'Ciragan Palace'] },
    { id: 'city', answers: ['Istanbul'], choices: ['Ankara', 'Istanbul', 'Izmir'] },
    { id: 'km', answers: ['4300'] },
  ],
  ignoreAccents: true,
  points: 3,
};
const matching = {
  id: 'who',
  type: 'matching',
  prompt: 'Match each claim with who makes it.',
  items: [
    { id: 'bridges', text: 'The bridges were *terrorism*.', match: 'investigators' },
    { id: 'planes', text: '41 warplanes were hit.', match: 'ukraine' },
    { id: 'damage', text: 'The damage is repairable.', match: 'analysts' },
  ],
  targets: [
    { id: 'ukraine', text: 'Ukrainian sources' },
    { id: 'analysts', text: 'Russian online analysts' },
    { id: 'investigators', text: 'Russian investigators' },
    { id: 'turkey', text: 'The Turkish ministry' },
  ],
  points: 3,
};

interface Mounted {
  el: RecapQuiz;
  answers: RecapAnswerDetail[];
  completes: RecapCompleteDetail[];
  /** The xAPI statement recap-widgets/xapi makes of each event. */
  statements: XapiStatement[];
}

async function mount(article: Article, mode = 'one-at-a-time'): Promise<Mounted> {
  const answers: RecapAnswerDetail[] = [];
  const completes: RecapCompleteDetail[] = [];
  const statements: XapiStatement[] = [];
  const wrapper = await fixture(html`<div @recap-answer=${(e: Event) => statements.push(statementFor(e)!)} @recap-complete=${(e: Event) => statements.push(statementFor(e)!)}>
    <button id="before">before</button>
    <recap-quiz .article=${article} mode=${mode} @recap-answer=${(e: CustomEvent) => answers.push(e.detail)} @recap-complete=${(e: CustomEvent) => completes.push(e.detail)}></recap-quiz>
  </div>`);
  const el = wrapper.querySelector('recap-quiz')!;
  await settle(el);
  (wrapper.querySelector('#before') as HTMLElement).focus();
  return { el, answers, completes, statements };
}

const verdict = (el: RecapQuiz) => text($(el, '.verdict strong'));
const announced = (el: RecapQuiz) => text($(el, '[aria-live="assertive"]'));
const isAction = (e: Element) => e.id === 'action';
const blanks = (el: RecapQuiz) => $$<HTMLInputElement & HTMLSelectElement>(el, '[part~="blank"]');
const itemButton = (el: RecapQuiz, name: string) => $$(el, '[part~="match-item"]').find((b) => text(b).startsWith(name))!;
const targetButton = (el: RecapQuiz, name: string) => $$(el, '[part~="match-target"]').find((b) => text(b).startsWith(name))!;

describe('<recap-quiz> cloze', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => resetMouse());

  it('is filled in by keyboard alone, each blank named for screen readers, and scored blank by blank', async () => {
    const { el, answers, statements } = await mount(articleWith(cloze));
    expect(text($(el, '.cloze-text strong'))).to.equal('');
    expect(blanks(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Blank 1 of 3', 'Blank 2 of 3', 'Blank 3 of 3']);
    await tabTo((e) => e.getAttribute('aria-label') === 'Blank 1 of 3');
    // Accents ignored, capitals and spaces do not count.
    await type('  ciragan   PALACE ');
    await press('Tab');
    expect(deepActive()?.localName).to.equal('select');
    await type('Ankara');
    await press('Tab');
    // A number as the reader writes it.
    await type('4,300');
    await tabTo(isAction);
    await press('Enter');
    await settle(el);
    expect(verdict(el)).to.equal('Partly right: 2 of 3.');
    const marks = $$(el, '.blank-wrap').map((w) => text(w.querySelector('.mark')));
    expect(marks).to.deep.equal(['right answer', 'not right · Right answer: Istanbul', 'right answer']);
    expect(answers[0]).to.deep.include({ questionType: 'cloze', correct: false, points: 2, maxPoints: 3 });
    expect(answers[0]!.response).to.deep.equal({ type: 'cloze', blanks: ['ciragan PALACE', 'Ankara', '4300'] });
    expect(statements[0]!.object.definition.interactionType).to.equal('fill-in');
    expect(statements[0]!.result.score).to.deep.include({ raw: 2, max: 3 });
    // The reader's own writing stays in the field.
    expect(blanks(el)[2]!.value).to.equal('4,300');
    expect(deepActive()?.id).to.equal('action');
    await expect(el).to.be.accessible();
  });

  it('asks for every blank instead of marking an empty one wrong, and takes focus to the controls', async () => {
    const { el, answers } = await mount(articleWith(cloze));
    await click(blanks(el)[0]!);
    await type('Ciragan Palace');
    await click($(el, '#action')!);
    await settle(el);
    expect(text($(el, '.input-error'))).to.equal('Fill in every blank first (2 empty).');
    expect(blanks(el).map((b) => b.getAttribute('aria-invalid'))).to.deep.equal(['false', 'true', 'true']);
    expect(answers).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('reads a number in a blank the way the article language writes it, and is right when every blank is', async () => {
    const { el, answers } = await mount(articleWith(cloze, { lang: 'de' }));
    await click(blanks(el)[0]!);
    await type('Çırağan Palace');
    await click(blanks(el)[2]!);
    await type('4.300');
    const select = blanks(el)[1]!;
    select.focus();
    await type('Istanbul');
    await click($(el, '#action')!);
    await settle(el);
    expect(verdict(el)).to.equal('Richtig.');
    expect(answers[0]).to.deep.include({ correct: true, points: 3 });
  });
});

describe('<recap-quiz> matching', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => resetMouse());

  it('is matched by keyboard alone: pick an item, then its match, each step announced and focus moving on', async () => {
    const { el, answers, statements } = await mount(articleWith(matching));
    expect(text($(el, '.hint'))).to.equal('Pick an item, then its match.');
    const right: [string, string][] = [
      ['The bridges were terrorism.', 'Russian investigators'],
      ['41 warplanes were hit.', 'Ukrainian sources'],
      ['The damage is repairable.', 'Russian online analysts'],
    ];
    await tabTo((e) => e.getAttribute('part') === 'match-item');
    for (const [item, target] of right) {
      expect(text(deepActive())).to.equal(item);
      await press('Enter');
      await settle(el);
      expect(announced(el)).to.equal(`“${item}” picked: now choose its match.`);
      expect(itemButton(el, item).getAttribute('aria-pressed')).to.equal('true');
      if (item === right[0]![0]) await expect(el).to.be.accessible();
      expect(deepActive()?.getAttribute('part')).to.equal('match-target');
      // Focus is on the first target, which may be the one wanted.
      if (!text(deepActive()).startsWith(target)) await tabTo((e) => text(e).startsWith(target));
      await press('Enter');
      await settle(el);
      expect(announced(el)).to.equal(`“${item}” matched with “${target}”.`);
    }
    // Every item has its match: focus is back on the last item matched.
    expect(text(deepActive())).to.equal(right[2]![0]);
    const slot = $(el, `#${itemButton(el, right[0]![0]).getAttribute('aria-describedby')}`);
    expect(text(slot)).to.equal('matched with “Russian investigators”');
    await tabTo(isAction);
    await press('Enter');
    await settle(el);
    expect(verdict(el)).to.equal('Correct.');
    expect(answers[0]!.response).to.deep.equal({ type: 'matching', pairs: [['bridges', 'investigators'], ['planes', 'ukraine'], ['damage', 'analysts']] });
    expect(statements[0]!.object.definition.interactionType).to.equal('matching');
    await expect(el).to.be.accessible();
  });

  it('is matched by pointer, click then click; a target goes to one item only, and a partly right match earns part of the points', async () => {
    const { el, answers } = await mount(articleWith(matching));
    await click(targetButton(el, 'Ukrainian sources'));
    await settle(el);
    expect(announced(el)).to.equal('Pick an item, then its match.');
    await click(itemButton(el, 'The bridges'));
    await click(targetButton(el, 'Ukrainian sources'));
    await click(itemButton(el, '41 warplanes'));
    await click(targetButton(el, 'Ukrainian sources'));
    await settle(el);
    // The target moved: the first item has none now.
    expect(text($(el, `#${itemButton(el, 'The bridges').getAttribute('aria-describedby')}`))).to.equal('not matched yet');
    await click($(el, '#action')!);
    await settle(el);
    expect(text($(el, '.input-error'))).to.equal('Match every item first (2 left).');
    await click(itemButton(el, 'The bridges'));
    await click(targetButton(el, 'The Turkish ministry'));
    await click(itemButton(el, 'The damage'));
    await click(targetButton(el, 'Russian online analysts'));
    await click($(el, '#action')!);
    await settle(el);
    expect(verdict(el)).to.equal('Partly right: 2 of 3.');
    expect(answers[0]).to.deep.include({ correct: false, points: 2, maxPoints: 3 });
    expect($$(el, '.match-result .mark').map(text)).to.deep.equal(['not right · Right answer: Russian investigators', 'right answer', 'right answer']);
    await expect(el).to.be.accessible();
  });

  it('puts a picked item down with Escape, and removes a match with its button', async () => {
    const { el } = await mount(articleWith(matching));
    await tabTo((e) => e.getAttribute('part') === 'match-item');
    await press('Enter');
    await settle(el);
    await press('Escape');
    await settle(el);
    expect(announced(el)).to.equal('“The bridges were terrorism.” put down.');
    expect(text(deepActive())).to.equal('The bridges were terrorism.');
    expect(itemButton(el, 'The bridges').getAttribute('aria-pressed')).to.equal('false');
    await press('Enter');
    await settle(el);
    await press('Enter');
    await settle(el);
    const remove = $(el, '.unmatch')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove the match of “The bridges were terrorism.”');
    await click(remove);
    await settle(el);
    expect(announced(el)).to.equal('Match of “The bridges were terrorism.” removed.');
    expect($(el, '.unmatch')).to.equal(null);
  });

  it('lets a target match several items when the data says so', async () => {
    const reused = {
      ...matching,
      reuseTargets: true,
      items: [
        { id: 'kyiv', text: 'Kyiv', match: 'ukraine' },
        { id: 'lviv', text: 'Lviv', match: 'ukraine' },
      ],
      targets: [
        { id: 'ukraine', text: 'Ukraine' },
        { id: 'russia', text: 'Russia' },
      ],
    };
    const { el, answers } = await mount(articleWith(reused));
    for (const item of ['Kyiv', 'Lviv']) {
      await click(itemButton(el, item));
      await click(targetButton(el, 'Ukraine'));
    }
    await settle(el);
    expect(text(targetButton(el, 'Ukraine'))).to.equal('Ukraine matched with “Kyiv, Lviv”');
    await click($(el, '#action')!);
    await settle(el);
    expect(answers[0]!.correct).to.equal(true);
  });
});

describe('<recap-quiz> cloze and matching together', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => resetMouse());

  const both = () => articleWith(cloze, { id: 'both', quiz: { passPercent: 50, questions: [cloze, matching] } });

  it('keeps what the reader typed and matched across a reload, and the checked answers', async () => {
    const first = await mount(both());
    await click(blanks(first.el)[0]!);
    await type('Ciragan Palace');
    await click(blanks(first.el)[2]!);
    await type('4300');
    blanks(first.el)[1]!.focus();
    await type('Istanbul');
    await settle(first.el);
    first.el.remove();

    const second = await mount(both());
    expect(blanks(second.el).map((b) => b.value)).to.deep.equal(['Ciragan Palace', 'Istanbul', '4300']);
    await click($(second.el, '#action')!);
    await settle(second.el);
    await click($(second.el, '#action')!);
    await settle(second.el);
    await click(itemButton(second.el, 'The bridges'));
    await click(targetButton(second.el, 'Russian investigators'));
    await settle(second.el);
    second.el.remove();

    const third = await mount(both());
    expect(text($(third.el, '[part~="progress"] p'))).to.equal('Question 2 of 2 · 3 points');
    expect(text($(third.el, `#${itemButton(third.el, 'The bridges').getAttribute('aria-describedby')}`))).to.equal('matched with “Russian investigators”');
    await click(itemButton(third.el, '41 warplanes'));
    await click(targetButton(third.el, 'Russian online analysts'));
    await click(itemButton(third.el, 'The damage'));
    await click(targetButton(third.el, 'Ukrainian sources'));
    await click($(third.el, '#action')!);
    await settle(third.el);
    await click($(third.el, '#action')!);
    await settle(third.el);
    // 3 of 3 for the cloze, 1 of 3 for the matching: 4 of 6, a pass at 50 %.
    expect(text($(third.el, '#results'))).to.equal('You scored 4 of 6 (67%).');
    expect(text($(third.el, '[part~="results"]'))).to.contain('You passed.');
    expect(text($(third.el, '.review'))).to.contain('Your answer: 1. Ciragan Palace; 2. Istanbul; 3. 4300');
    expect(text($(third.el, '.review'))).to.contain('Partly right: 1 of 3. Your answer: The bridges were terrorism. – Russian investigators');
    await expect(third.el).to.be.accessible();
  });

  it('shows both on one page in "all" mode, with one submit', async () => {
    const { el, completes } = await mount(both(), 'all');
    await click($(el, '#action')!);
    await settle(el);
    expect($$(el, '.input-error').map(text).filter(Boolean)).to.deep.equal([
      'Fill in every blank first (3 empty).',
      'Match every item first (3 left).',
      '2 questions still need an answer.',
    ]);
    expect(deepActive()?.getAttribute('aria-label')).to.equal('Blank 1 of 3');
    for (const [i, value] of ['Çırağan Palace', '', '1'].entries()) {
      if (!value) continue;
      await click(blanks(el)[i]!);
      await type(value);
    }
    blanks(el)[1]!.focus();
    await type('Izmir');
    for (const [item, target] of [['The bridges', 'Russian investigators'], ['41 warplanes', 'Ukrainian sources'], ['The damage', 'Russian online analysts']]) {
      await click(itemButton(el, item!));
      await click(targetButton(el, target!));
    }
    await click($(el, '#action')!);
    await settle(el);
    expect(completes[0]!.score).to.include({ points: 4, maxPoints: 6, correct: 1 });
    await expect(el).to.be.accessible();
  });

  it('prints the text with its blanks and both lists of a matching question, and the answers only with print-answer-key', async () => {
    const { el } = await mount(both());
    const sheet = () => text($(el, '.print-sheet'));
    expect(sheet()).to.contain('The talks open at the __________ in (Ankara / Istanbul / Izmir), __________ km away.');
    expect(sheet()).to.contain('Russian investigators');
    expect(sheet()).not.to.contain('Answer key');
    el.printAnswerKey = true;
    await settle(el);
    expect(sheet()).to.contain('Answer key: 1. Çırağan Palace / Ciragan Palace; 2. Istanbul; 3. 4300');
    expect(sheet()).to.contain('Answer key: The bridges were terrorism. – Russian investigators; 41 warplanes were hit. – Ukrainian sources');
  });

  it('works right to left: an Arabic quiz reads in Arabic and matches by keyboard', async () => {
    const ar = articleWith(matching, { lang: 'ar', id: 'ar-matching' });
    const { el } = await mount(ar);
    expect($(el, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(text($(el, '.hint'))).to.equal('اختر عنصرًا، ثم ما يطابقه.');
    await tabTo((e) => e.getAttribute('part') === 'match-item');
    await press('Enter');
    await settle(el);
    await press('Enter');
    await settle(el);
    expect(text($(el, '.match-slot'))).to.match(/^مطابق لـ«/);
    await expect(el).to.be.accessible();
  });
});
