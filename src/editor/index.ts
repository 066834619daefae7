/**
 * recap-widgets/editor: <recap-editor>, registered, and the pure pieces it is made of
 * (an embed snippet with script-safe JSON, the drafts store, the UI string catalogue).
 * Authoring code, never part of a reader's bundle.
 */
export { RecapEditor } from './define.js';
export type { RecapChangeDetail, RecapChangeEvent } from './recap-editor.js';
export type { Draft } from './draft.js';
export { embedSnippet, scriptSafeJson, type EmbedElement } from './embed.js';
export { articleFromText, controlFor } from './edit.js';
export { DraftStore, DraftStoreError, type DraftInfo } from './drafts.js';
export { editorEn, registerEditorMessages, EDITOR_LOCALES, type EditorMessages, type EditorMessageKey } from './messages.js';
