import '../recap-summary/define.js';
import '../recap-figures/define.js';
import '../recap-quiz/define.js';
import { RecapArticle } from './recap-article.js';

// Define only when the tag is free, so the bundle and the npm modules can meet on one page.
RecapArticle.define();

export { RecapArticle };

declare global {
  interface HTMLElementTagNameMap {
    'recap-article': RecapArticle;
  }
}
