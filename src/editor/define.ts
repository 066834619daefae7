import { RecapEditor } from './recap-editor.js';

// Define only when the tag is free, so the bundle and the npm modules can meet on one page.
if (!customElements.get('recap-editor')) customElements.define('recap-editor', RecapEditor);

export { RecapEditor };

declare global {
  interface HTMLElementTagNameMap {
    'recap-editor': RecapEditor;
  }
}
