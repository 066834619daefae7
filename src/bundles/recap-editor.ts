/**
 * The editor's script-tag bundle (dist/recap-editor.min.js): registers <recap-editor> and the
 * reader elements it previews with. Authoring only; the reader bundles never include it.
 */
import '../editor/define.js';
