import { RecapSummary } from './recap-summary.js';

// Define only when the tag is free, so the bundle and the npm modules can meet on one page.
if (!customElements.get('recap-summary')) customElements.define('recap-summary', RecapSummary);

export { RecapSummary };

declare global {
  interface HTMLElementTagNameMap {
    'recap-summary': RecapSummary;
  }
}
