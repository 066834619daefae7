/**
 * When an evidence quote is not in the body, the closest passage of the body and
 * the first word where they differ, so that the fix is obvious. Words vote for
 * where the quote would start; the start with the most votes wins. Built once
 * per body and reused for every quote, so a 200,000-character body with a
 * hundred quotes stays well under a second.
 */

interface Word {
  /** As written (for messages). */
  raw: string;
  /** Lower case, without surrounding punctuation (for matching). */
  key: string;
}

export interface Difference {
  /** The body's words around the first difference, with "..." where trimmed. */
  passage: string;
  /** The quote's word where they part. */
  quoteWord: string;
  /** The body's word there ("" when the body ends first). */
  bodyWord: string;
}

/** Words that occur more often than this do not vote: they say nothing about where a quote is. */
const MAX_VOTES_PER_WORD = 2000;
/** Words shown on each side of the first difference. */
const CONTEXT = 3;

const words = (text: string): Word[] =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => ({ raw, key: raw.toLowerCase().replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '') }));

export class PassageFinder {
  private readonly body: Word[];
  private index?: Map<string, number[]>;

  constructor(body: string) {
    this.body = words(body);
  }

  private positions(): Map<string, number[]> {
    if (this.index) return this.index;
    const index = new Map<string, number[]>();
    this.body.forEach((w, i) => {
      if (!w.key) return;
      const list = index.get(w.key);
      if (list) list.push(i);
      else index.set(w.key, [i]);
    });
    return (this.index = index);
  }

  /** Where the quote best lines up with the body and where they part; undefined when nothing lines up. */
  closest(quote: string): Difference | undefined {
    const q = words(quote);
    const index = this.positions();
    const votes = new Map<number, number>();
    let best = -1;
    let bestVotes = 0;
    q.forEach((w, i) => {
      const at = index.get(w.key);
      if (!at || at.length > MAX_VOTES_PER_WORD) return;
      for (const p of at) {
        const start = p - i;
        const n = (votes.get(start) ?? 0) + 1;
        votes.set(start, n);
        if (n > bestVotes || (n === bestVotes && start < best)) {
          best = start;
          bestVotes = n;
        }
      }
    });
    if (bestVotes === 0) return undefined;
    // A quote that would start before the body parts from it at its first word.
    let d = 0;
    while (best >= 0 && d < q.length && best + d < this.body.length && this.body[best + d]!.raw === q[d]!.raw) d++;
    const from = Math.max(0, best + d - CONTEXT);
    const to = Math.min(this.body.length, best + d + CONTEXT + 1);
    const shown = this.body.slice(from, to).map((w) => w.raw).join(' ');
    return {
      passage: `${from > 0 ? '...' : ''}${shown}${to < this.body.length ? '...' : ''}`,
      quoteWord: q[d]?.raw ?? '',
      bodyWord: best >= 0 ? (this.body[best + d]?.raw ?? '') : '',
    };
  }
}

/** The sentence for a validator message: `closest passage: "..." ("x" here, "y" in the body)`. */
export function describeDifference(d: Difference | undefined): string {
  if (!d) return 'no passage of the body shares its words';
  const where = d.bodyWord ? `"${d.quoteWord}" here, "${d.bodyWord}" in the body` : `"${d.quoteWord}" here, nothing there in the body`;
  return `closest passage: "${d.passage}" (${where})`;
}
