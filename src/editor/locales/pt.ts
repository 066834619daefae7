import type { EditorMessages } from '../messages.js';

const pt: Partial<EditorMessages> = {};
export default pt;
