/**
 * The contract's rules for cloze and matching questions that span fields (./check.js runs them
 * once a question's shape checked out): every blank written once in the text and every mark a
 * blank, answers a reader can pick, matches that name a target, and a target used twice only
 * when the data allows it.
 */
import { scanCloze } from './cloze-text.js';

type Path = (string | number)[];
type Rec = Record<string, unknown>;
/** Records a finding (see check.ts). */
export type Add = (path: Path, kind: string, ...details: unknown[]) => void;

const entries = (v: unknown): [Rec, number][] =>
  (Array.isArray(v) ? v : []).flatMap((x, i) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? [[x as Rec, i]] : []));
const ids = (v: unknown) => entries(v).flatMap(([x]) => (typeof x.id === 'string' ? [x.id] : []));

export function checkCloze(q: Rec, at: Path, add: Add): void {
  const blanks = ids(q.blanks);
  if (typeof q.text === 'string') {
    const { marks, unclosed } = scanCloze(q.text);
    const seen: string[] = [];
    if (unclosed !== undefined) add([...at, 'text'], 'blank-open', unclosed + 1);
    for (const { id } of marks) {
      if (seen.includes(id)) add([...at, 'text'], 'blank-twice', id);
      else if (!blanks.includes(id)) add([...at, 'text'], 'blank-unknown', id, blanks);
      seen.push(id);
    }
    // Only a text read to its end can say that a blank is missing from it.
    if (unclosed === undefined) for (const [b, i] of entries(q.blanks)) if (typeof b.id === 'string' && !seen.includes(b.id)) add([...at, 'blanks', i, 'id'], 'blank-unused', b.id);
  }
  for (const [b, i] of entries(q.blanks))
    if (Array.isArray(b.choices) && Array.isArray(b.answers))
      b.answers.forEach((a, j) => {
        if (typeof a === 'string' && !(b.choices as unknown[]).includes(a)) add([...at, 'blanks', i, 'answers', j], 'not-a-choice', a, b.choices);
      });
}

export function checkMatching(q: Rec, at: Path, add: Add): void {
  const targets = ids(q.targets);
  const matchedBy = new Map<unknown, unknown>();
  for (const [item, i] of entries(q.items)) {
    const m = item.match;
    if (typeof m !== 'string') continue;
    // (With no targets at all, the missing list is the problem, reported by the shape check.)
    if (!targets.includes(m)) {
      if (targets.length) add([...at, 'items', i, 'match'], 'match-unknown', m, targets);
    }
    else if (matchedBy.has(m) && q.reuseTargets !== true) add([...at, 'items', i, 'match'], 'match-taken', m, matchedBy.get(m));
    else matchedBy.set(m, item.id);
  }
}
