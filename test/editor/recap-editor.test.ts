import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/editor/define.js';
import type { RecapEditor } from '../../src/editor/recap-editor.js';
import { controlId } from '../../src/editor/edit.js';
import { embedSnippet, scriptSafeJson } from '../../src/editor/embed.js';
import { seed, seedJson } from '../fixtures.js';
import type { Article } from '../../src/data/types.js';
import { deepActive, press, settle } from '../elements/helpers.js';
import { activate, captureDownloads, editor, typeInto } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: RecapEditor, sel: string) => el.shadowRoot!.querySelector<T & HTMLElement>(sel)!;
const byPointer = <T extends HTMLElement = HTMLInputElement>(el: RecapEditor, p: string) => el.shadowRoot!.getElementById(controlId(p)) as T;


describe('<recap-editor>', () => {
  it('fires nothing when the article is set, and recap-change with the article and its problems when the author edits', async () => {
    const events: CustomEvent[] = [];
    const el = document.createElement('recap-editor') as RecapEditor;
    el.storage = 'none';
    el.addEventListener('recap-change', (e) => events.push(e));
    el.article = seed();
    document.body.append(el);
    await settle(el);
    expect(events).to.have.length(0);
    await typeInto(el, byPointer(el, '/title'), '');
    await typeInto(el, byPointer(el, '/id'), 'Not An Id');
    expect(events).to.have.length(2);
    const { article, problems } = events[1]!.detail;
    expect(article.id).to.equal('Not An Id');
    expect(problems.map((p: { path: string }) => p.path)).to.include('/id');
    el.remove();
  });

  it('is accessible empty, with the seed article, and with proposals and problems showing', async function () {
    this.timeout(40_000);
    const empty = await editor();
    await expect(empty).to.be.accessible();
    await expect(await editor(seed())).to.be.accessible();
    const data = seedJson();
    data.figures.splice(0, 3);
    data.quiz.questions = data.quiz.questions.filter((q: { figure?: string }) => !q.figure);
    const el = await editor(data);
    await activate($(el, '#find-figures'));
    await waitUntil(() => el.shadowRoot!.querySelector('.proposal'), 'figures proposed');
    await settle(el);
    await expect(el).to.be.accessible();
    await typeInto(el, byPointer(el, '/quiz/questions/0/prompt'), '');
    await typeInto(el, byPointer(el, '/figures/0/value'), 'many');
    expect(el.shadowRoot!.querySelectorAll('.problem').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows each problem at its field, and the list at the top moves focus there', async () => {
    const data = seedJson();
    data.quiz.questions[0].answer = 'nowhere';
    data.figures[2].evidence.quote = 'over 4,300 miles from the frontlines';
    const el = await editor(data);
    const answer = byPointer(el, '/quiz/questions/0/choices');
    expect(answer.textContent).to.contain('answer "nowhere" is not one of the choice ids');
    const quote = byPointer<HTMLTextAreaElement>(el, '/figures/2/evidence/quote');
    expect(quote.getAttribute('aria-invalid')).to.equal('true');
    const note = el.shadowRoot!.getElementById(quote.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(note.textContent).to.contain('does not occur in body');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.problems button')];
    expect(buttons).to.have.length(2);
    await activate(buttons.find((b) => b.dataset.pointer === '/figures/2/evidence/quote')!);
    expect(deepActive()?.id).to.equal(quote.id);
    await activate(buttons.find((b) => b.dataset.pointer === '/quiz/questions/0/answer')!);
    expect(deepActive()?.id).to.equal(answer.id);
  });

  it('adds, reorders and removes summary points by keyboard, keeping focus where the author is', async () => {
    const el = await editor(seed());
    const points = () => [...el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea[id^="f--summary--points--"]')].map((t) => t.value);
    const before = points();
    $(el, '#add-point').focus();
    await press('Enter');
    await settle(el);
    expect(points()).to.have.length(before.length + 1);
    expect(deepActive()?.id).to.equal(byPointer(el, `/summary/points/${before.length}`).id);
    // Move the first point down with the keyboard: focus follows it.
    $(el, '#point-down-0').focus();
    await press('Enter');
    await settle(el);
    expect(points()[1]).to.equal(before[0]);
    expect((deepActive() as HTMLElement).id).to.equal('point-down-1');
    // Remove it: focus goes to the point that took its place.
    $(el, '#point-remove-1').focus();
    await press('Enter');
    await settle(el);
    expect(points()).to.not.include(before[0]);
    expect(deepActive()?.id).to.equal(byPointer(el, '/summary/points/1').id);
    await expect(el).to.be.accessible();
  });

  it('drafts figures from the body; accepting one adds it with its quote, rejecting drops it', async () => {
    const data = seedJson();
    delete data.figures;
    data.quiz.questions = data.quiz.questions.filter((q: { figure?: string }) => !q.figure);
    const el = await editor(data);
    await activate($(el, '#find-figures'));
    await waitUntil(() => el.shadowRoot!.querySelector('.proposal'), 'figures proposed');
    await settle(el);
    const proposals = el.shadowRoot!.querySelectorAll('.proposal');
    expect(proposals.length).to.be.at.least(7);
    expect(deepActive()!.id).to.equal('proposal-0-accept');
    await press('Enter');
    await settle(el);
    expect(el.value.figures).to.have.length(1);
    expect(el.value.figures![0]!.evidence!.quote!.length).to.be.greaterThan(8);
    expect(deepActive()!.id).to.equal('proposal-0-accept');
    $(el, '#proposal-0-reject').focus();
    await press('Enter');
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('.proposal').length).to.equal(proposals.length - 2);
    expect(el.value.figures).to.have.length(1);
  });

  it('drafts a numeric question from a figure, linked to it, and the result validates', async () => {
    const el = await editor(seed());
    const before = el.value.quiz!.questions!.length;
    await activate($(el, '#figure-question-1'));
    await waitUntil(() => el.value.quiz!.questions!.length > before, 'question added');
    await settle(el);
    const q = el.value.quiz!.questions![before];
    expect(q).to.include({ type: 'numeric', answer: 117, figure: 'drones-used' });
    // A prompt a teacher keeps: the figure's own sentence with the number left out.
    expect(q!.prompt).to.match(/^Which number is missing\? “.*___.*”$/);
    expect(q!.prompt).to.not.contain('117');
    expect(deepActive()?.id).to.equal(byPointer(el, `/quiz/questions/${before}/prompt`).id);
    expect(el.shadowRoot!.querySelector('.problems')).to.equal(null);
  });

  it('adds a question of each of the seven types, each with the controls it needs', async function () {
    // Seven additions to the seed's twelve questions, then an audit of the whole form: more than
    // the default limit in WebKit on a shared machine.
    this.timeout(30_000);
    const el = await editor(seed());
    for (const type of ['single', 'multiple', 'true-false', 'numeric', 'order', 'cloze', 'matching']) {
      await activate($(el, `#add-question-${type}`));
      await settle(el);
      const n = el.value.quiz!.questions!.length - 1;
      expect(el.value.quiz!.questions![n].type).to.equal(type);
      expect(deepActive()?.id).to.equal(byPointer(el, `/quiz/questions/${n}/prompt`).id);
    }
    const n = el.value.quiz!.questions!.length;
    expect(el.shadowRoot!.querySelector(`input[type=radio][id^="${controlId(`/quiz/questions/${n - 7}/choices`)}"]`)).to.exist;
    expect(el.shadowRoot!.querySelector(`input[type=checkbox][id^="${controlId(`/quiz/questions/${n - 6}/choices`)}"]`)).to.exist;
    expect(byPointer(el, `/quiz/questions/${n - 5}/answer`).localName).to.equal('select');
    expect(byPointer(el, `/quiz/questions/${n - 4}/answer`).getAttribute('inputmode')).to.equal('decimal');
    expect(byPointer(el, `/quiz/questions/${n - 3}/items/1/text`)).to.exist;
    // A cloze starts as a text to write blanks into; a matching question as two pairs to fill in.
    await waitUntil(() => byPointer(el, `/quiz/questions/${n - 2}/text`), 'cloze fields', { timeout: 4000 });
    expect(byPointer(el, `/quiz/questions/${n - 2}/text`).localName).to.equal('textarea');
    expect(el.value.quiz!.questions![n - 2]).to.deep.include({ text: '', blanks: [] });
    expect(byPointer(el, `/quiz/questions/${n - 1}/items/1/match`).localName).to.equal('select');
    expect(byPointer(el, `/quiz/questions/${n - 1}/targets/1/text`)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('uses the words selected in the body as evidence', async () => {
    const el = await editor(seed());
    const body = byPointer<HTMLTextAreaElement>(el, '/body');
    const words = 'a comprehensive exchange of prisoners';
    const at = body.value.indexOf(words);
    body.focus();
    body.setSelectionRange(at, at + words.length);
    body.dispatchEvent(new Event('select'));
    await activate($(el, `#${controlId('/quiz/questions/3/evidence/quote')}-use`));
    await settle(el);
    expect(el.value.quiz!.questions![3]!.evidence!.quote).to.equal(words);
    expect(byPointer<HTMLTextAreaElement>(el, '/quiz/questions/3/evidence/quote').value).to.equal(words);
  });

  it('updates the preview with the real widgets shortly after typing', async () => {
    const el = await editor(seed());
    await waitUntil(() => $(el, 'recap-summary')?.shadowRoot?.textContent?.includes('Both sides say'));
    await typeInto(el, byPointer(el, '/summary/takeaway'), 'A brand new bottom line.');
    await waitUntil(() => $(el, 'recap-summary').shadowRoot!.textContent!.includes('A brand new bottom line.'), 'preview updated', { timeout: 1000 });
    expect($(el, 'recap-figures')).to.exist;
    expect($(el, 'recap-quiz')).to.exist;
    // Width and theme.
    const frame = $(el, '.frame');
    expect(frame.classList.contains('w600')).to.equal(true);
    await activate([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=width]')][0]!);
    await activate([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=theme]')][1]!);
    await settle(el);
    expect($(el, '.frame').classList.contains('w320')).to.equal(true);
    expect($(el, 'recap-summary').getAttribute('theme')).to.equal('dark');
  });

  it('keeps a valid part in the preview while another part has problems', async () => {
    const data = seedJson();
    data.quiz.questions[0].answer = 'nowhere';
    const el = await editor(data);
    await settle(el);
    expect($(el, 'recap-summary')).to.exist;
    expect($(el, 'recap-quiz')).to.equal(null);
  });

  it('previews an Arabic article right to left', async () => {
    const data = seedJson();
    data.lang = 'ar';
    const el = await editor(data);
    await settle(el);
    expect($(el, '.frame').getAttribute('dir')).to.equal('rtl');
    expect(byPointer(el, '/body').getAttribute('dir')).to.equal('rtl');
  });

  it('starts an article from pasted text: title, standfirst and body', async () => {
    const el = await editor();
    const paste = $(el, '#paste') as HTMLTextAreaElement;
    await typeInto(el, paste, 'A headline\n\nA short standfirst.\n\nA headline\n\nFirst paragraph.\n\nSecond paragraph.');
    await activate($(el, '#start-from-text'));
    await settle(el);
    expect(el.value).to.include({ title: 'A headline', dek: 'A short standfirst.', body: 'First paragraph.\n\nSecond paragraph.', id: 'a-headline' });
    expect(deepActive()?.id).to.equal(byPointer(el, '/title').id);
  });

  it('refuses to export an invalid recap and sends focus to the problems', async () => {
    const data = seedJson();
    data.id = 'Bad Id';
    const el = await editor(data);
    await activate($(el, '#download-json'));
    await settle(el);
    expect(deepActive()!.id).to.equal('problems');
  });
});

describe('<recap-editor> drafts', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('recap-editor')) localStorage.removeItem(key);
  });

  it('saves as the author types and restores the draft after a reload', async () => {
    const first = await fixture<RecapEditor>(html`<recap-editor></recap-editor>`);
    await settle(first);
    await typeInto(first, byPointer(first, '/title'), 'My unsaved work');
    await waitUntil(() => localStorage.getItem('recap-editor:index')?.includes('My unsaved work'), 'saved', { timeout: 2000 });
    first.remove();
    const second = await fixture<RecapEditor>(html`<recap-editor></recap-editor>`);
    await settle(second);
    expect(second.value.title).to.equal('My unsaved work');
    expect(second.shadowRoot!.textContent).to.contain('Restored your draft');
    // Several drafts are listed.
    await activate($(second, '#new-draft'));
    await typeInto(second, byPointer(second, '/title'), 'A second one');
    await waitUntil(() => localStorage.getItem('recap-editor:index')?.includes('A second one'), 'saved', { timeout: 2000 });
    await settle(second);
    const options = [...second.shadowRoot!.querySelectorAll('#drafts option')].map((o) => o.textContent);
    expect(options.some((o) => o!.includes('My unsaved work'))).to.equal(true);
    expect(options.some((o) => o!.includes('A second one'))).to.equal(true);
  });

  it('says plainly when storage is full', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await fixture<RecapEditor>(html`<recap-editor></recap-editor>`);
      await settle(el);
      await typeInto(el, byPointer(el, '/title'), 'Will not fit');
      await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'alert', { timeout: 2000 });
      expect($(el, '[role=alert]').textContent).to.contain('storage is full');
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});

describe('embedSnippet', () => {
  it('writes data that cannot end the script or open a comment, and reads back the same', () => {
    const article = { schemaVersion: 1, id: 'x', title: 'Evil </script><script>alert(1)</script> <!-- title & more \u2028', summary: { points: ['<!-- a point'] } } as Article;
    const snippet = embedSnippet(article, 'https://example.org/recap.min.js');
    const inline = snippet.slice(snippet.indexOf('application/json">') + 18, snippet.lastIndexOf('</script>'));
    expect(inline).to.not.match(/<\/script|<!--/i);
    expect(JSON.parse(inline).title).to.equal(article.title);
    // Parsed as HTML, the element holds exactly one script with the whole data.
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    const scripts = doc.querySelectorAll('recap-article > script[type="application/json"]');
    expect(scripts).to.have.length(1);
    expect(JSON.parse(scripts[0]!.textContent!).title).to.equal(article.title);
    expect(scriptSafeJson('<')).to.equal('"\\u003c"');
  });
});

describe('<recap-editor> figure format', () => {
  it('shows how a figure is shown, and switching to a unit asks for the unit', async () => {
    const el = await fixture<RecapEditor>(html`<recap-editor storage="none" .article=${seed()}></recap-editor>`);
    await settle(el);
    const style = byPointer<HTMLSelectElement>(el, '/figures/2/format');
    expect(style.value).to.equal('unit');
    expect(byPointer(el, '/figures/2/format/unit').value).to.equal('kilometer');
    const first = byPointer<HTMLSelectElement>(el, '/figures/0/format');
    expect(first.value).to.equal('decimal');
    first.value = 'currency';
    first.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.value.figures![0]!.format).to.deep.equal({ style: 'currency', currency: '' });
    expect(byPointer(el, '/figures/0/format/currency')).to.exist;
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('.problems [data-pointer]')].map((b) => b.dataset.pointer)).to.include('/figures/0/format/currency');
    expect(el.shadowRoot!.querySelector('.problems')!.textContent).to.contain('Figure 1 › Currency');
  });
});

describe('<recap-editor> problems', () => {
  it('shows every problem beside a control, wherever in the record it is', async () => {
    const data = seedJson();
    data.figures[0].format = { style: 'money' };
    data.figures[1].claim = { by: 'Ukraine', status: 'rumoured' };
    data.figures[2].colour = 'red';
    data.figures[3].asOf = 'yesterday';
    data.quiz.results = [{ minPercent: 50, text: 'Good.' }];
    data.quiz.questions[1].points = 0;
    data.quiz.questions[2].answers = ['ceasefire', 'ceasefire'];
    data.quiz.questions[4].items[1].id = 'ceasefire';
    data.source = { url: 'http://insecure.example' };
    const el = await editor(data);
    const listed = [...el.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent!);
    expect(listed.length).to.be.at.least(9);
    const atFields = [...el.shadowRoot!.querySelectorAll('.form .problem')].map((p) => p.textContent!);
    for (const line of listed) {
      const message = line.slice(line.indexOf(': ') + 2).trim().replace(/\s+\S+$/, '');
      expect(atFields.some((f) => f.includes(message)), `"${line.trim()}" is shown at a field`).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });

  it('says so when storage is blocked, and opening text that is not JSON says where it breaks', async () => {
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function () {
      throw new DOMException('denied', 'SecurityError');
    };
    let el: RecapEditor;
    try {
      el = await fixture<RecapEditor>(html`<recap-editor></recap-editor>`);
      await settle(el);
      expect($(el, '[role=alert]').textContent).to.contain('blocks storage');
    } finally {
      Storage.prototype.getItem = getItem;
    }
    expect(await el.openText('{"title": "x",\n  oops}', 'broken.json')).to.equal(false);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.match(/Could not open broken\.json: .*line 2/);
  });
});

describe('<recap-editor> in and out through the authoring formats', () => {
  it('opens Recap Markdown, GIFT and quizdown, and downloads Recap Markdown that reads back the same', async () => {
    const { toRecapMarkdown } = await import('../../src/authoring/to-recap-markdown.js');
    const { parseRecapMarkdown } = await import('../../src/authoring/parse-recap-markdown.js');
    const el = await editor();
    expect(await el.openText(toRecapMarkdown(seed()), 'talks.md')).to.equal(true);
    await settle(el);
    expect(el.value.id).to.equal('istanbul-peace-talks-second-round');
    expect(el.value.quiz!.questions!).to.have.length(seed().quiz!.questions.length);
    expect(el.shadowRoot!.querySelector('.problems')).to.equal(null);

    const capture = captureDownloads(el);
    const downloads = capture.files;
    try {
      await activate($(el, '#download-markdown'));
      await waitUntil(() => downloads.length, 'downloaded');
    } finally {
      capture.stop();
    }
    const back = parseRecapMarkdown(await downloads[0]!.text());
    expect(back.ok && back.article.figures!.map((f) => f.value)).to.deep.equal(seed().figures!.map((f) => f.value));

    expect(await el.openText('::capital:: What is the capital of France? {=Paris ~Lyon ~Nice}\n', 'geo.gift')).to.equal(true);
    await settle(el);
    expect(el.value.quiz!.questions![0]).to.include({ type: 'single' });
    expect(el.value.summary).to.equal(undefined);

    expect(await el.openText('# Which are primes?\n\n- [x] 2\n- [x] 3\n- [ ] 4\n', 'primes.md')).to.equal(true);
    await settle(el);
    expect(el.value.quiz!.questions![0].type).to.equal('multiple');

    // A Recap Markdown file with a problem is not opened; the author is told the line.
    expect(await el.openText('---\nid: x\n---\n\n# Nonsense heading\n', 'bad.md')).to.equal(false);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.match(/Could not open bad\.md: line \d+/);
  });
});
