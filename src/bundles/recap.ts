/**
 * The script-tag bundle's entry (dist/recap.min.js): registers every element and
 * exports nothing, so the bundle carries only what the elements use.
 */
// The article's module first: it registers the take-over before any tag is defined (elements/recap-article/define.ts).
import { RecapArticle } from '../elements/recap-article/recap-article.js';
import { RecapSummary } from '../elements/recap-summary/recap-summary.js';
import { RecapFigures } from '../elements/recap-figures/recap-figures.js';
import { RecapQuiz } from '../elements/recap-quiz/recap-quiz.js';
import { definePaintFirst } from './paint-first.js';

// In the order of elements/recap-article/define.ts: the children, then the article.
definePaintFirst(() => {
  RecapSummary.define();
  RecapFigures.define();
  RecapQuiz.define();
  RecapArticle.define();
});
