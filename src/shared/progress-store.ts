/**
 * Saves quiz progress in localStorage, and never lets storage break the quiz:
 * when storage is blocked (privacy modes, sandboxed iframes), full, or throws,
 * progress lives in memory for the page's lifetime instead, silently.
 */
import { READER_ID_KEY, isReaderId, newReaderId } from '../data/quiz-session.js';

const memory = new Map<string, string>();

function storage(): Storage | undefined {
  try {
    // Reading the property itself throws in some sandboxed frames.
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function loadProgressText(key: string): string | null {
  const mem = memory.get(key);
  try {
    const stored = storage()?.getItem(key) ?? null;
    // Memory holds what could not be written; it is newer than what storage has.
    return mem ?? stored;
  } catch {
    return mem ?? null;
  }
}

export function saveProgressText(key: string, text: string): void {
  try {
    const s = storage();
    if (!s) throw new Error('no storage');
    s.setItem(key, text);
    memory.delete(key);
  } catch {
    memory.set(key, text);
  }
}

let pageReaderId: string | undefined;

/**
 * This reader's anonymous id: kept in the browser under READER_ID_KEY when `keep` is set (the
 * quiz's persist is local), else for the page's lifetime only. "Start over" keeps it.
 */
export function readerId(keep: boolean): string {
  if (!keep) return (pageReaderId ??= newReaderId());
  const saved = loadProgressText(READER_ID_KEY);
  if (isReaderId(saved)) return saved;
  const id = newReaderId();
  saveProgressText(READER_ID_KEY, id);
  return id;
}

export function clearProgressText(key: string): void {
  memory.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    /* nothing stored that could be reached */
  }
}
