/**
 * The sections for editing the rarer question types (cloze, matching), with their English words:
 * loaded on demand, the first time a draft has one of these questions (see question.ts), so the
 * editor opens without them.
 */
import { addEditorEnglish, type EditorMessageKey } from '../messages.js';
import { editorEnKinds } from '../locales/en-kinds.js';
import { nameMoreFields } from '../field-names.js';

addEditorEnglish(editorEnKinds);

/** Field keys of the two types and their names in the problem list. */
const NAMES: Record<string, EditorMessageKey> = {
  blanks: 'blanks',
  caseSensitive: 'caseSensitive',
  ignoreAccents: 'ignoreAccents',
  targets: 'targets',
  reuseTargets: 'reuseTargets',
  match: 'matchNameShort',
};

// A blank's answers are numbered spellings; a matching question's items are not steps.
nameMoreFields((parts, i, typeOf) => {
  const part = parts[i];
  const parent = parts[i - 1];
  const matching = (at: number) => typeOf?.(parts.slice(0, at)) === 'matching';
  if (typeof part === 'number') {
    if (parent === 'answers' && parts[i - 3] === 'blanks') return 'blankAnswer';
    if (parent === 'items' && matching(i - 1)) return 'matchItem';
    return parent === 'blanks' ? 'blank' : parent === 'targets' ? 'target' : undefined;
  }
  if (part === 'answers' && parts[i - 2] === 'blanks') return 'blankAnswers';
  if (part === 'items' && matching(i)) return 'matchItems';
  return NAMES[part!];
});

export { renderCloze } from './cloze.js';
export { renderMatching } from './matching.js';
