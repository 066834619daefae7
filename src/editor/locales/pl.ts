import type { EditorMessages } from '../messages.js';

const pl: Partial<EditorMessages> = {};
export default pl;
