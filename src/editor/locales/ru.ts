import type { EditorMessages } from '../messages.js';

const ru: Partial<EditorMessages> = {};
export default ru;
