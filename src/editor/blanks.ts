/**
 * The blanks of a cloze question as the studio edits them: a free id for a new blank, the
 * author's selected words made a blank (its first accepted answer), a removed blank's words put
 * back in the text, and a renamed blank renamed in the text too. Pure, no DOM.
 */
import { scanCloze } from '../data/cloze-text.js';

/** A blank as the draft has it. */
export interface DraftBlank {
  id?: string;
  answers?: string[];
  choices?: string[];
}

/** The first of b1, b2, b3... that no blank has. */
export function nextBlankId(blanks: readonly DraftBlank[]): string {
  const taken = new Set(blanks.map((b) => b.id));
  let n = 1;
  while (taken.has(`b${n}`)) n++;
  return `b${n}`;
}

/**
 * `text` with the words from `start` to `end` (spaces at either edge kept as text) replaced by
 * a new blank's mark, and that blank, whose accepted answer is those words ('' when nothing
 * was selected: a blank at the cursor). Undefined when the selection touches a blank's mark.
 */
export function makeBlank(text: string, start: number, end: number, blanks: readonly DraftBlank[]): { text: string; blank: { id: string; answers: string[] } } | undefined {
  if (scanCloze(text).marks.some((m) => start < m.end && end > m.start)) return undefined;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const id = nextBlankId(blanks);
  return { text: `${text.slice(0, start)}{{${id}}}${text.slice(end)}`, blank: { id, answers: [text.slice(start, end).replace(/\s+/g, ' ')] } };
}

/** `text` with every mark of blank `id` replaced by `to` (a mark's text, or the words that stood there). */
export function replaceMarks(text: string, id: string, to: string): string {
  let out = text;
  for (const m of scanCloze(text).marks.reverse()) if (m.id === id) out = out.slice(0, m.start) + to + out.slice(m.end);
  return out;
}
