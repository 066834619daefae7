import type { EditorMessages } from '../messages.js';

const ar: Partial<EditorMessages> = {};
export default ar;
