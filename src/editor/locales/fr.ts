import type { EditorMessages } from '../messages.js';

const fr: Partial<EditorMessages> = {};
export default fr;
