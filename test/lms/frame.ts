/**
 * Driving a package's launch page in an iframe, as a student would: the real mouse at the centre of
 * each control (offset by the frame's place in the page), the real keyboard for typed answers.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { aTimeout, waitUntil } from '@open-wc/testing';
import type { Question, QuestionOf } from '../../src/data/types.js';
import { plainText } from '../../src/data/plain-text.js';

export interface Frame {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

/** Opens `src` in a frame of this page (the "LMS"), and waits for its quiz to be ready. */
export async function openFrame(src: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'border:0;width:900px;height:700px;display:block';
  iframe.title = 'course';
  document.body.append(iframe);
  iframe.src = src;
  await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  const frame = { iframe, win: iframe.contentWindow as Window & typeof globalThis, doc: iframe.contentDocument! };
  // A pre-rendered quiz takes over when the reader nears it.
  await waitUntil(() => quizOf(frame), 'the quiz is in the page', { timeout: 8000 });
  quizOf(frame)!.scrollIntoView();
  await waitUntil(() => quizOf(frame)?.shadowRoot?.querySelector('#action, [part~="results"], .results') && (quizOf(frame) as unknown as { hasUpdated: boolean }).hasUpdated, 'the quiz is ready', { timeout: 8000 });
  await aTimeout(50);
  return frame;
}

/** Navigates the frame away (its pagehide ends the LMS session), then removes it. */
export async function closeFrame(frame: Frame): Promise<void> {
  const gone = new Promise((r) => frame.iframe.addEventListener('load', r, { once: true }));
  frame.iframe.src = 'about:blank';
  await gone;
  frame.iframe.remove();
}

export function quizOf(frame: Frame): (HTMLElement & { updateComplete: Promise<boolean> }) | null {
  const article = frame.doc.querySelector('recap-article');
  return (article?.shadowRoot?.querySelector('recap-quiz') ?? frame.doc.querySelector('recap-quiz')) as never;
}

const q$ = (frame: Frame, sel: string) => quizOf(frame)!.shadowRoot!.querySelector<HTMLElement>(sel);
const q$$ = (frame: Frame, sel: string) => [...quizOf(frame)!.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function settle(frame: Frame) {
  await quizOf(frame)!.updateComplete;
  await aTimeout(0);
  await quizOf(frame)!.updateComplete;
}

/** A real click at the centre of `el`, which is inside the frame. */
export async function clickIn(frame: Frame, el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  const f = frame.iframe.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(f.left + r.left + r.width / 2), Math.round(f.top + r.top + r.height / 2)] });
  await settle(frame);
}

/** The id of the question shown now (one at a time). */
export const currentQuestionId = (frame: Frame) => q$(frame, 'p[id^="q-"]')?.id.slice(2);

const choiceLabel = (frame: Frame, value: string) => q$$(frame, 'label.choice').find((l) => l.querySelector('input')?.value === value)!;

/** Answers the question shown, right or wrong, through its controls; does not check it. */
export async function answer(frame: Frame, q: Question, right: boolean): Promise<void> {
  switch (q.type) {
    case 'single':
      return clickIn(frame, choiceLabel(frame, right ? q.answer : q.choices.find((c) => c.id !== q.answer)!.id));
    case 'multiple':
      for (const id of right ? q.answers : [q.choices.find((c) => !q.answers.includes(c.id))!.id]) await clickIn(frame, choiceLabel(frame, id));
      return;
    case 'true-false':
      return clickIn(frame, choiceLabel(frame, String(right ? q.answer : !q.answer)));
    case 'numeric':
      await clickIn(frame, q$(frame, 'input[part~="input"]')!);
      await sendKeys({ type: String(right ? q.answer : q.answer + (q.tolerance ?? 0) + 1000) });
      return settle(frame);
    case 'order':
      return order(frame, q, right);
    case 'cloze':
      return cloze(frame, q, right);
    case 'matching':
      for (const [i, item] of q.items.entries()) {
        const target = right || i > 0 ? item.match : wrongTarget(q);
        await clickIn(frame, q$$(frame, '[part~="match-item"]').find((b) => text(b).startsWith(plainText(item.text)))!);
        await clickIn(frame, q$$(frame, '[part~="match-target"]').find((b) => text(b).startsWith(plainText(q.targets.find((t) => t.id === target)!.text)))!);
      }
  }
}

/** A target no item matches (the question's distractor), else another item's. */
export const wrongTarget = (q: QuestionOf<'matching'>) => (q.targets.find((t) => !q.items.some((i) => i.match === t.id)) ?? q.targets.find((t) => t.id !== q.items[0]!.match)!).id;

async function order(frame: Frame, q: QuestionOf<'order'>, right: boolean) {
  const shown = () => q$$(frame, '.order-text').map((s) => q.items.find((i) => plainText(i.text) === text(s))!.id);
  if (!right) {
    if (shown().join() === q.items.map((i) => i.id).join()) await clickIn(frame, q$(frame, `#down-${q.id}-0`)!);
    return;
  }
  for (let i = 0; i < q.items.length; i++) {
    for (let at = shown().indexOf(q.items[i]!.id); at > i; at--) await clickIn(frame, q$(frame, `#up-${q.id}-${at}`)!);
  }
}

async function cloze(frame: Frame, q: QuestionOf<'cloze'>, right: boolean) {
  const blanks = q$$(frame, '[part~="blank"]') as (HTMLInputElement | HTMLSelectElement)[];
  for (const [i, b] of q.blanks.entries()) {
    const value = right || i > 0 ? b.answers[0]! : (b.choices?.find((c) => !b.answers.includes(c)) ?? 'not this');
    const control = blanks[i]!;
    if (control instanceof frame.win.HTMLSelectElement) {
      control.value = value;
      control.dispatchEvent(new frame.win.Event('change', { bubbles: true }));
      await settle(frame);
    } else {
      await clickIn(frame, control);
      await sendKeys({ type: value });
      await settle(frame);
    }
  }
}

/** Checks the question shown, then moves on (Next, or See results after the last). */
export async function checkAndGoOn(frame: Frame): Promise<void> {
  await clickIn(frame, q$(frame, '#action')!);
  await clickIn(frame, q$(frame, '#action')!);
}

/** Answers questions shown one at a time, `right(q)` deciding each, until `count` are done. */
export async function answerQuestions(frame: Frame, questions: readonly Question[], count: number, right: (q: Question) => boolean): Promise<string[]> {
  const done: string[] = [];
  for (let n = 0; n < count; n++) {
    const id = currentQuestionId(frame);
    const q = questions.find((x) => x.id === id);
    if (!q) throw new Error(`no question shown (found "${id}")`);
    await answer(frame, q, right(q));
    await checkAndGoOn(frame);
    if (n < count - 1 && currentQuestionId(frame) === id) throw new Error(`"${id}" was not taken: ${text(q$(frame, '[part~="feedback"], .error'))}`);
    done.push(q.id);
  }
  return done;
}

export const statusText = (frame: Frame) => text(frame.doc.getElementById('recap-lms-status'));
