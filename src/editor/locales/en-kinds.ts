/**
 * The editor's English words for editing cloze and matching questions, shipped with those
 * sections (loaded on demand, src/editor/sections/question-kinds.ts) rather than in the
 * editor's opening file. Their keys are editor message keys like en.ts's: every language has them.
 */
import type { Message } from '../../shared/messages.js';

export const editorEnKinds = {
  clozeText: 'Text with blanks',
  clozeHint: 'Select the words readers must supply, then press “Make the selected words a blank” (with nothing selected, the blank goes in at the cursor). A blank is written {mark}.',
  makeBlank: 'Make the selected words a blank',
  blankInBlank: 'The selection touches a blank: select words outside the blanks.',
  blankMade: 'Blank {id} made; its accepted answer is “{answer}”.',
  blankInserted: 'Blank {id} inserted at the cursor: type its accepted answer.',
  blankId: 'Blank id (its mark in the text follows)',
  blankList: 'Readers pick from a list (instead of typing)',
  addSpelling: 'Add another accepted spelling',
  removeAnswer: 'Remove accepted answer {n}',
  blankChoices: 'The list to pick from (tick the right ones)',
  removeBlank: 'Remove blank {n}',
  matchName: 'Match of item {n}',
  addMatchItem: 'Add an item',
  removeMatchItem: 'Remove item {n}',
  targetsHint: 'Readers pair each item with a target; targets no item matches are wrong options.',
  distractor: 'No item matches this target: it is a wrong option.',
  removeTarget: 'Remove target {n}',
  addTarget: 'Add a target',
  blanks: 'Blanks',
  blank: 'Blank {n}',
  blankAnswers: 'Accepted answers (every spelling)',
  blankAnswer: 'Accepted answer {n}',
  caseSensitive: 'Letter case must match',
  ignoreAccents: 'Accept answers without accents (é = e)',
  targets: 'Targets',
  target: 'Target {n}',
  matchItems: 'Items',
  matchItem: 'Item {n}',
  matchNameShort: 'Match',
  reuseTargets: 'One target may match several items',
} satisfies Record<string, Message>;
