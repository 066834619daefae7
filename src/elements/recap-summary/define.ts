import { RecapSummary } from './recap-summary.js';

// Define only when the tag is free, so the bundle and the npm modules can meet on one page.
RecapSummary.define();

export { RecapSummary };

declare global {
  interface HTMLElementTagNameMap {
    'recap-summary': RecapSummary;
  }
}
