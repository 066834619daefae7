import { RecapQuiz } from './recap-quiz.js';

// Define only when the tag is free, so the bundle and the npm modules can meet on one page.
if (!customElements.get('recap-quiz')) customElements.define('recap-quiz', RecapQuiz);

export { RecapQuiz };

declare global {
  interface HTMLElementTagNameMap {
    'recap-quiz': RecapQuiz;
  }
}
