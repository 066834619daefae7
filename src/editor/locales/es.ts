import type { EditorMessages } from '../messages.js';

const es: Partial<EditorMessages> = {};
export default es;
