import type { EditorMessages } from '../messages.js';

const de: Partial<EditorMessages> = {};
export default de;
