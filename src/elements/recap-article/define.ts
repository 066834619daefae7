// The article's module first: it registers the take-over (useTakeOver) before any tag is defined.
// Defining a tag upgrades the pre-rendered children already in the page at once, and a child
// that connects before the take-over is registered sleeps, then renders anew instead of hydrating.
import { RecapArticle } from './recap-article.js';
import '../recap-summary/define.js';
import '../recap-figures/define.js';
import '../recap-quiz/define.js';

// Define only when the tag is free, so the bundle and the npm modules can meet on one page.
RecapArticle.define();

export { RecapArticle };

declare global {
  interface HTMLElementTagNameMap {
    'recap-article': RecapArticle;
  }
}
