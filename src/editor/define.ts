import { RecapEditor } from './recap-editor.js';

// Define only when the tag is free, so the bundle and the npm modules can meet on one page.
RecapEditor.define();

export { RecapEditor };

declare global {
  interface HTMLElementTagNameMap {
    'recap-editor': RecapEditor;
  }
}
