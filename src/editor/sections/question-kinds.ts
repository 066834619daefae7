/**
 * The sections for editing the rarer question types (cloze, matching), with their English words:
 * loaded on demand, the first time a draft has one of these questions (see question.ts), so the
 * editor opens without them.
 */
import { addEditorEnglish } from '../messages.js';
import { editorEnKinds } from '../locales/en-kinds.js';

addEditorEnglish(editorEnKinds);

export { renderCloze } from './cloze.js';
export { renderMatching } from './matching.js';
