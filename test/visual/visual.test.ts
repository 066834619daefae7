/**
 * Screenshot tests: each element at 280, 600 and 1000 px, light and dark, left-to-right
 * and right-to-left, against committed baselines in test/visual/screenshots/baseline.
 * A layout change fails here; after an intended change, run `npm run test:visual:update`
 * and commit the new baselines.
 */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';
import type { Article } from '../../src/data/types.js';
import type { RecapElement } from '../../src/shared/recap-element.js';
import { arabic, seed } from '../fixtures.js';

const TAGS = ['recap-summary', 'recap-figures', 'recap-quiz', 'recap-article'] as const;
const WIDTHS = [280, 600, 1000] as const;
const SCHEMES = ['light', 'dark'] as const;

async function render(tag: string, article: Article, width: number, scheme: string) {
  localStorage.clear();
  const page = await fixture<HTMLDivElement>(html`<div
    class="page"
    style="inline-size:${width}px; padding:16px; box-sizing:content-box; font:16px/1.5 'DejaVu Sans', sans-serif; color-scheme:${scheme}; background:${scheme === 'dark' ? '#15171a' : '#ffffff'}; color:${scheme === 'dark' ? '#e8e8e8' : '#1a1a1a'}"
  ></div>`);
  const el = document.createElement(tag) as RecapElement;
  el.setAttribute('persist', 'none');
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
});
