/**
 * Screenshot tests: each element at 280, 600 and 1000 px, light and dark, left-to-right
 * and right-to-left, against committed baselines in test/visual/screenshots/baseline.
 * Then the states readers see most, at 280 and 600 px, light and dark: a question's feedback,
 * the review, keyboard focus, and the error state; and the cloze and matching questions half
 * done (a blank typed, a pair made, an item picked up) and checked partly right, also right to left. A layout, colour or wording change fails
 * here (thresholds in web-test-runner.config.mjs); after an intended change, run
 * `npm run test:visual:update` and commit the new baselines.
 */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';
import type { Article } from '../../src/data/types.js';
import type { RecapElement } from '../../src/shared/recap-element.js';
import { correctResponse } from '../../src/data/quiz.js';
import { freshProgress, progressStorageKey } from '../../src/data/quiz-session.js';
import { arabic, seed } from '../fixtures.js';
import type { Draft } from '../../src/data/quiz-session.js';
import type { Response } from '../../src/data/quiz.js';
import { tabTo } from '../elements/helpers.js';

const TAGS = ['recap-summary', 'recap-figures', 'recap-quiz', 'recap-article'] as const;
const WIDTHS = [280, 600, 1000] as const;
const SCHEMES = ['light', 'dark'] as const;

async function render(tag: string, article: Article, width: number, scheme: string, persist = false) {
  if (!persist) localStorage.clear();
  const page = await fixture<HTMLDivElement>(html`<div
    class="page"
    style="inline-size:${width}px; padding:16px; box-sizing:content-box; font:16px/1.5 'DejaVu Sans', sans-serif; color-scheme:${scheme}; background:${scheme === 'dark' ? '#15171a' : '#ffffff'}; color:${scheme === 'dark' ? '#e8e8e8' : '#1a1a1a'}"
  ></div>`);
  const el = document.createElement(tag) as RecapElement;
  if (!persist) el.setAttribute('persist', 'none');
  el.article = article;
  page.append(el);
  await el.updateComplete;
  for (const inner of el.shadowRoot!.querySelectorAll('recap-summary, recap-figures, recap-quiz')) await (inner as RecapElement).updateComplete;
  await document.fonts.ready;
  return page;
}

describe('visual regression', function () {
  this.timeout(120_000);
  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const dir of ['ltr', 'rtl'] as const) {
    for (const tag of TAGS) {
      for (const width of WIDTHS) {
        for (const scheme of SCHEMES) {
          const name = `${tag}-${width}-${scheme}-${dir}`;
          it(name, async () => {
            const page = await render(tag, dir === 'rtl' ? arabic() : seed(), width, scheme);
            await visualDiff(page, name);
          });
        }
      }
    }
  }

  /** Saved progress that opens the quiz where a reader would be: after a wrong first answer, or finished. */
  function progress(article: Article, state: 'feedback' | 'review') {
    localStorage.clear();
    const quiz = article.quiz!;
    const first = quiz.questions[0]!;
    if (first.type !== 'single') throw new Error('the seed quiz should open with a single-choice question');
    const wrong = { type: 'single', choice: first.choices.find((c) => c.id !== first.answer)!.id } as const;
    const saved = freshProgress(quiz, 1);
    saved.answers = state === 'feedback' ? { [first.id]: wrong } : Object.fromEntries(quiz.questions.map((q) => [q.id, q === first ? wrong : correctResponse(q)]));
    // As the quiz saves it: the selection stays as a draft beside the checked answer.
    saved.drafts = { [first.id]: { choice: wrong.choice } };
    saved.finished = state === 'review';
    localStorage.setItem(progressStorageKey(article.id), JSON.stringify(saved));
  }

  /** The seed's cloze and matching questions alone, half done (a blank typed, a pair made, an item picked), or checked partly right. */
  function blanksAndPairs(article: Article, state: 'draft' | 'checked-cloze' | 'checked-matching'): Article {
    const questions = article.quiz!.questions.filter((q) => q.type === 'cloze' || q.type === 'matching');
    const quiz = { ...article.quiz!, questions };
    const [cloze, matching] = questions as [Extract<typeof questions[number], { type: 'cloze' }>, Extract<typeof questions[number], { type: 'matching' }>];
    const saved = freshProgress(quiz, 1);
    const pairs: [string, string][] = [[matching.items[0]!.id, matching.items[0]!.match], [matching.items[1]!.id, matching.items[2]!.match], [matching.items[2]!.id, matching.items[1]!.match]];
    const drafts: Record<string, Draft> = { [cloze.id]: { blanks: ['30', ''] }, [matching.id]: { pairs: pairs.slice(0, 1), picked: matching.items[1]!.id } };
    if (state !== 'draft') {
      const answers: Record<string, Response> = { [cloze.id]: { type: 'cloze', blanks: ['30', cloze.blanks[1]!.choices![0]!] } };
      if (state === 'checked-matching') answers[matching.id] = { type: 'matching', pairs };
      saved.answers = answers;
      saved.index = state === 'checked-matching' ? 1 : 0;
    }
    saved.drafts = drafts;
    localStorage.clear();
    localStorage.setItem(progressStorageKey(article.id), JSON.stringify(saved));
    return { ...article, quiz };
  }

  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      it(`recap-quiz-blanks-pairs-${width}-${scheme}`, async () => {
        const article = blanksAndPairs(seed(), 'draft');
        const page = await render('recap-quiz', article, width, scheme, true);
        page.querySelector('recap-quiz')!.setAttribute('mode', 'all');
        await (page.querySelector('recap-quiz') as RecapElement).updateComplete;
        await visualDiff(page, `recap-quiz-blanks-pairs-${width}-${scheme}`);
      });
    }
  }

  for (const width of [280, 600] as const) {
    for (const scheme of SCHEMES) {
      for (const type of ['cloze', 'matching'] as const) {
        it(`recap-quiz-${type}-checked-${width}-${scheme}`, async () => {
          const page = await render('recap-quiz', blanksAndPairs(seed(), `checked-${type}`), width, scheme, true);
          await visualDiff(page, `recap-quiz-${type}-checked-${width}-${scheme}`);
        });
      }
    }
    it(`recap-quiz-blanks-pairs-${width}-light-rtl`, async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const article = { ...seed(), lang: 'ar', body: undefined } as any;
      article.quiz.title = 'هل تابعت المحادثات؟';
      article.quiz.intro = 'أسئلة عن المقال.';
      for (const q of article.quiz.questions) {
        q.evidence = undefined;
        if (q.type === 'cloze') {
          q.prompt = 'أكمل الجملة من المقال.';
          q.text = 'يدعو الاقتراح إلى وقف فوري لإطلاق النار مدته {{days}} يومًا وتبادل شامل لـ{{exchange}}.';
          q.blanks = [{ id: 'days', answers: ['30'] }, { id: 'exchange', answers: ['الأسرى'], choices: ['الأراضي', 'الأسرى', 'السفراء'] }];
        }
        if (q.type === 'matching') {
          q.prompt = 'طابق كل ادعاء مع من يقوله.';
          q.items = q.items.map((item: object, i: number) => ({ ...item, text: ['أُصيبت 41 طائرة حربية روسية.', 'الضرر أقل بكثير ويمكن إصلاحه.', 'انهيار الجسرين إرهاب.'][i]! }));
          q.targets = q.targets.map((t: object, i: number) => ({ ...t, text: ['مصادر أوكرانية', 'محللون روس على الإنترنت', 'محققون روس', 'وزارة الخارجية التركية'][i]! }));
        }
      }
      const page = await render('recap-quiz', blanksAndPairs(article, 'draft'), width, 'light', true);
      page.querySelector('recap-quiz')!.setAttribute('mode', 'all');
      await (page.querySelector('recap-quiz') as RecapElement).updateComplete;
      await visualDiff(page, `recap-quiz-blanks-pairs-${width}-light-rtl`);
    });
  }

  for (const width of [280, 600] as const) {
    for (const scheme of SCHEMES) {
      it(`recap-quiz-feedback-${width}-${scheme}`, async () => {
        const article = seed();
        progress(article, 'feedback');
        const page = await render('recap-quiz', article, width, scheme, true);
        await visualDiff(page, `recap-quiz-feedback-${width}-${scheme}`);
      });
      it(`recap-quiz-review-${width}-${scheme}`, async () => {
        const article = seed();
        progress(article, 'review');
        const page = await render('recap-quiz', article, width, scheme, true);
        await visualDiff(page, `recap-quiz-review-${width}-${scheme}`);
      });
      it(`recap-quiz-focus-${width}-${scheme}`, async () => {
        const page = await render('recap-quiz', seed(), width, scheme);
        document.body.focus();
        await tabTo((n) => n.localName === 'input');
        await visualDiff(page, `recap-quiz-focus-${width}-${scheme}`);
      });
      it(`recap-article-error-${width}-${scheme}`, async () => {
        const original = console.error;
        console.error = () => {};
        try {
          const page = await render('recap-article', { ...seed(), title: 42 } as unknown as Article, width, scheme);
          await visualDiff(page, `recap-article-error-${width}-${scheme}`);
        } finally {
          console.error = original;
        }
      });
    }
  }
});
