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

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const idOf = (v: unknown): string => (isRec(v) && typeof v.id === 'string' ? v.id : '');

export function checkCloze(q: Rec, at: Path, add: Add): void {
  const blanks = list(q.blanks);
  const ids = blanks.map(idOf).filter(Boolean);
  if (typeof q.text === 'string') {
    const { marks, unclosed } = scanCloze(q.text);
    if (unclosed !== undefined) add([...at, 'text'], 'blank-open', unclosed + 1);
    const seen = new Set<string>();
    for (const m of marks) {
      if (seen.has(m.id)) add([...at, 'text'], 'blank-twice', m.id);
      else if (!ids.includes(m.id)) add([...at, 'text'], 'blank-unknown', m.id, ids);
      seen.add(m.id);
    }
    // Only a text that was read to its end can say that a blank is missing from it.
    if (unclosed === undefined) blanks.forEach((b, i) => idOf(b) && !seen.has(idOf(b)) && add([...at, 'blanks', i, 'id'], 'blank-unused', idOf(b)));
  }
  blanks.forEach((b, i) => {
    if (!isRec(b) || !Array.isArray(b.choices)) return;
    const choices = b.choices.filter((c): c is string => typeof c === 'string');
    list(b.answers).forEach((answer, j) => {
      if (typeof answer === 'string' && !choices.includes(answer)) add([...at, 'blanks', i, 'answers', j], 'not-a-choice', answer, choices);
    });
  });
}

export function checkMatching(q: Rec, at: Path, add: Add): void {
  const targets = list(q.targets).map(idOf).filter(Boolean);
  const matchedBy = new Map<string, string>();
  list(q.items).forEach((item, i) => {
    if (!isRec(item) || typeof item.match !== 'string') return;
    if (targets.length && !targets.includes(item.match)) return add([...at, 'items', i, 'match'], 'match-unknown', item.match, targets);
    const first = matchedBy.get(item.match);
    if (first !== undefined && q.reuseTargets !== true) add([...at, 'items', i, 'match'], 'match-taken', item.match, first);
    else matchedBy.set(item.match, idOf(item));
  });
}
