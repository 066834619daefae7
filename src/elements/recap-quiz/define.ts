import { RecapQuiz } from './recap-quiz.js';

// Define only when the tag is free, so the bundle and the npm modules can meet on one page.
RecapQuiz.define();

export { RecapQuiz };

declare global {
  interface HTMLElementTagNameMap {
    'recap-quiz': RecapQuiz;
  }
}
