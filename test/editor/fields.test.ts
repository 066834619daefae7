/**
 * What the form offers: the problem list by field name (the pointer kept beside it), ids made
 * from labels and titles that follow them until the author sets one and are cut between
 * words, every field of the contract editable (choice feedback, result bands, the lead image,
 * question points), summary points dragged by pointer with the keyboard path kept, and an
 * embed snippet that loads the README's CDN at this version.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/editor/define.js';
import type { RecapEditor } from '../../src/editor/recap-editor.js';
import { controlId, slug } from '../../src/editor/edit.js';
import { DEFAULT_SCRIPT_URL, VERSION } from '../../src/editor/version.js';
import { seed, seedJson } from '../fixtures.js';
import { deepActive, settle } from '../elements/helpers.js';
import { activate, editor, typeInto } from './helpers.js';

const $ = <T extends HTMLElement = HTMLElement>(el: RecapEditor, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const byPointer = <T extends HTMLElement = HTMLInputElement>(el: RecapEditor, p: string) => el.shadowRoot!.getElementById(controlId(p)) as T;

/** The problem list's text ('' when there is none): a failed check prints words, not the whole element. */
const problemsText = (el: RecapEditor) => el.shadowRoot!.querySelector('.problems')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<recap-editor> problems and ids', () => {
  it('lists problems by the names of their fields, with the pointer kept beside each', async () => {
    const data = seedJson();
    data.figures[2].evidence.quote = 'not in the body at all, anywhere';
    data.quiz.questions[2].choices[0].text = '';
    const el = await editor(data);
    const items = [...el.shadowRoot!.querySelectorAll('.problems li')];
    const quote = items.find((li) => li.querySelector('button')!.dataset.pointer === '/figures/2/evidence/quote')!;
    expect(quote.querySelector('button')!.textContent!.trim()).to.match(/^Figure 3 › Evidence \(an exact quote of the body\): /);
    expect(quote.querySelector('code')!.textContent).to.equal('/figures/2/evidence/quote');
    const choice = items.find((li) => li.querySelector('button')!.dataset.pointer!.startsWith('/quiz/questions/2/choices/0'))!;
    expect(choice.querySelector('button')!.textContent!.trim()).to.match(/^Quiz › Question 3 › Choice 1/);
    await activate(quote.querySelector('button')!);
    expect(deepActive()?.id).to.equal(controlId('/figures/2/evidence/quote'));
  });

  it('makes ids from text, cut between words', () => {
    const long = 'The delegations of Ukraine and Russia are preparing for another round';
    const id = slug(long);
    expect(id.length).to.be.at.most(48);
    expect(long.toLowerCase().replace(/ /g, '-').startsWith(id + '-')).to.equal(true);
    expect(slug('Überraschung à la carte')).to.equal('uberraschung-a-la-carte');
  });

  it('keeps a figure’s id in step with its label until the author sets one, with the questions about it', async () => {
    const data = seedJson();
    data.figures[0].id = slug(data.figures[0].label);
    data.quiz.questions.find((q: { figure?: string }) => q.figure === 'warplanes-hit').figure = data.figures[0].id;
    const el = await editor(data);
    await typeInto(el, byPointer(el, '/figures/0/label'), 'Russian warplanes hit');
    expect(el.value.figures![0]!.id).to.equal('russian-warplanes-hit');
    expect(el.value.quiz!.questions!.some((q) => 'figure' in q && q.figure === 'russian-warplanes-hit')).to.equal(true);
    expect(problemsText(el)).to.equal('');
    await typeInto(el, byPointer(el, '/figures/0/id'), 'warplanes');
    await typeInto(el, byPointer(el, '/figures/0/label'), 'warplanes hit');
    expect(el.value.figures![0]!.id).to.equal('warplanes');
  });

  it('keeps the article’s id in step with its title until the author sets one', async () => {
    const el = await editor();
    await typeInto(el, byPointer(el, '/title'), 'Talks resume');
    expect(el.value.id).to.equal('talks-resume');
    await typeInto(el, byPointer(el, '/title'), 'Talks resume in Istanbul');
    expect(el.value.id).to.equal('talks-resume-in-istanbul');
    await typeInto(el, byPointer(el, '/id'), 'istanbul');
    await typeInto(el, byPointer(el, '/title'), 'Talks end');
    expect(el.value.id).to.equal('istanbul');
  });
});

describe('<recap-editor> every field of the contract', () => {
  it('edits choice feedback, question points, result bands and the lead image', async function () {
    this.timeout(30_000);
    const data = seedJson();
    delete data.quiz.results;
    const el = await editor(data);
    await typeInto(el, byPointer(el, '/quiz/questions/0/choices/1/feedback'), 'Not quite: read the second paragraph.');
    expect(el.value.quiz!.questions![0]).to.have.nested.property('choices[1].feedback', 'Not quite: read the second paragraph.');
    await typeInto(el, byPointer(el, '/quiz/questions/0/points'), '3');
    expect(el.value.quiz!.questions![0]!.points).to.equal(3);
    await activate($(el, `#${controlId('/quiz/results')}-add`));
    await settle(el);
    expect(deepActive()?.id).to.equal(controlId('/quiz/results/0/minPercent'));
    await typeInto(el, byPointer(el, '/quiz/results/0/text'), 'Thanks for reading closely.');
    expect(el.value.quiz!.results).to.deep.equal([{ minPercent: 0, text: 'Thanks for reading closely.' }]);
    // An image of this site: the preview loads it (an address elsewhere would wait on the network).
    await typeInto(el, byPointer(el, '/image/src'), '/docs/studio.png');
    expect(problemsText(el)).to.contain('Lead image');
    await typeInto(el, byPointer(el, '/image/alt'), 'Delegations at the Ciragan Palace');
    expect(el.value.image).to.deep.equal({ src: '/docs/studio.png', alt: 'Delegations at the Ciragan Palace' });
    expect(problemsText(el)).to.equal('');
    await expect(el).to.be.accessible();
    await typeInto(el, byPointer(el, '/image/src'), '');
    await typeInto(el, byPointer(el, '/image/alt'), '');
    expect(el.value.image).to.equal(undefined);
    await activate($(el, `#${controlId('/quiz/results')}-band-remove-0`));
    await settle(el);
    expect(el.value.quiz!.results).to.equal(undefined);
  });

  it('reorders summary points by dragging their grip, and still by their buttons', async function () {
    this.timeout(20_000);
    const el = await editor(seed());
    const points = () => el.value.summary!.points!;
    const before = [...points()];
    const grip = $(el, '#point-grip-0');
    // The grip and the row it is dropped on, both in view (Firefox refuses a pointer outside the viewport).
    grip.scrollIntoView({ block: 'start' });
    const g = grip.getBoundingClientRect();
    const target = el.shadowRoot!.querySelectorAll('ol.items > li')[1]!.getBoundingClientRect();
    const x = Math.round(g.left + g.width / 2);
    await sendMouse({ type: 'move', position: [x, Math.round(g.top + g.height / 2)] });
    await sendMouse({ type: 'down' });
    try {
      await sendMouse({ type: 'move', position: [x, Math.round(Math.min(target.bottom - 2, innerHeight - 2))] });
    } finally {
      await sendMouse({ type: 'up' });
      await resetMouse();
    }
    await settle(el);
    expect(points()[1]).to.equal(before[0]);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.match(/moved to position 2 of/);
    await activate($(el, '#point-up-1'));
    await settle(el);
    expect(points()[0]).to.equal(before[0]);
  });
});

describe('<recap-editor> embed snippet', () => {
  it('loads the widgets from the README’s CDN, at this version', async function () {
    this.timeout(20_000);
    expect(DEFAULT_SCRIPT_URL).to.equal(`https://unpkg.com/recap-widgets@${VERSION}/dist/recap.min.js`);
    const el = await editor(seed());
    await activate($(el, '#copy-embed'));
    await waitUntil(() => el.shadowRoot!.getElementById('embed'), 'snippet shown');
    expect((el.shadowRoot!.getElementById('embed') as HTMLTextAreaElement).value).to.contain(`src="https://unpkg.com/recap-widgets@${VERSION}/dist/recap.min.js"`);
    await expect(el).to.be.accessible();
  });
});
