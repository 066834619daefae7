import type { EditorMessages } from '../messages.js';

const he: Partial<EditorMessages> = {};
export default he;
