import { RecapFigures } from './recap-figures.js';

// Define only when the tag is free, so the bundle and the npm modules can meet on one page.
RecapFigures.define();

export { RecapFigures };

declare global {
  interface HTMLElementTagNameMap {
    'recap-figures': RecapFigures;
  }
}
