import type { EditorMessages } from '../messages.js';

const uk: Partial<EditorMessages> = {};
export default uk;
