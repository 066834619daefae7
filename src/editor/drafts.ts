/**
 * Drafts kept in the browser's localStorage as the author types, so a reload or a crash
 * loses nothing. One index entry per draft (id, title, saved time) and one entry with the
 * article, and one with the figures proposed and not yet accepted or rejected. Storage that is
 * full or blocked is reported, never swallowed.
 */
import type { DraftFigure as Proposal } from '../authoring/draft-figures.js';
import type { Draft } from './draft.js';

export interface DraftInfo {
  key: string;
  title: string;
  saved: number;
}

export type StorageTrouble = 'blocked' | 'full';

export class DraftStoreError extends Error {
  constructor(readonly trouble: StorageTrouble, cause: unknown) {
    super(`${trouble}: ${String(cause instanceof Error ? cause.message : cause)}`);
  }
}

function trouble(error: unknown): StorageTrouble {
  const name = (error as { name?: string })?.name ?? '';
  return /Quota/i.test(name) || (error as { code?: number })?.code === 22 ? 'full' : 'blocked';
}

export class DraftStore {
  constructor(private readonly prefix = 'recap-editor') {}

  private get storage(): Storage {
    try {
      const s = globalThis.localStorage;
      if (!s) throw new Error('no localStorage');
      return s;
    } catch (error) {
      throw new DraftStoreError('blocked', error);
    }
  }

  /** A stored string; storage that refuses to be read is "blocked". */
  private read(key: string): string | null {
    try {
      return this.storage.getItem(key);
    } catch (error) {
      throw error instanceof DraftStoreError ? error : new DraftStoreError('blocked', error);
    }
  }

  /** Every draft, the most recently saved first. */
  list(): DraftInfo[] {
    try {
      const raw = this.read(`${this.prefix}:index`);
      const list = raw ? (JSON.parse(raw) as DraftInfo[]) : [];
      return Array.isArray(list) ? list.filter((d) => d && typeof d.key === 'string').sort((a, b) => b.saved - a.saved) : [];
    } catch (error) {
      if (error instanceof DraftStoreError) throw error;
      return [];
    }
  }

  load(key: string): Draft | undefined {
    try {
      const raw = this.read(`${this.prefix}:draft:${key}`);
      return raw ? (JSON.parse(raw) as Draft) : undefined;
    } catch (error) {
      if (error instanceof DraftStoreError) throw error;
      return undefined;
    }
  }

  save(key: string, article: Draft, now = Date.now()): void {
    try {
      const s = this.storage;
      s.setItem(`${this.prefix}:draft:${key}`, JSON.stringify(article));
      const list = this.list().filter((d) => d.key !== key);
      list.unshift({ key, title: String(article.title ?? ''), saved: now });
      s.setItem(`${this.prefix}:index`, JSON.stringify(list));
    } catch (error) {
      throw error instanceof DraftStoreError ? error : new DraftStoreError(trouble(error), error);
    }
  }

  /** The storage key a draft is kept under (another tab's `storage` event names it). */
  keyOf(key: string): string {
    return `${this.prefix}:draft:${key}`;
  }

  /** The key a `storage` event names, when it is one of this store's drafts. */
  draftKeyOf(storageKey: string | null): string | undefined {
    const head = `${this.prefix}:draft:`;
    return storageKey?.startsWith(head) ? storageKey.slice(head.length) : undefined;
  }

  /** When a draft was saved last, by any tab. */
  savedAt(key: string): number | undefined {
    return this.list().find((d) => d.key === key)?.saved;
  }

  loadProposals(key: string): Proposal[] | undefined {
    try {
      const raw = this.read(`${this.prefix}:proposals:${key}`);
      const list = raw ? (JSON.parse(raw) as Proposal[]) : undefined;
      return Array.isArray(list) ? list : undefined;
    } catch (error) {
      if (error instanceof DraftStoreError) throw error;
      return undefined;
    }
  }

  /** Keeps the proposals not yet accepted or rejected (none: removes them). */
  saveProposals(key: string, proposals: readonly Proposal[] | undefined): void {
    try {
      const s = this.storage;
      if (proposals?.length) s.setItem(`${this.prefix}:proposals:${key}`, JSON.stringify(proposals));
      else s.removeItem(`${this.prefix}:proposals:${key}`);
    } catch (error) {
      throw error instanceof DraftStoreError ? error : new DraftStoreError(trouble(error), error);
    }
  }

  remove(key: string): void {
    try {
      const s = this.storage;
      s.removeItem(`${this.prefix}:draft:${key}`);
      s.removeItem(`${this.prefix}:proposals:${key}`);
      s.setItem(`${this.prefix}:index`, JSON.stringify(this.list().filter((d) => d.key !== key)));
    } catch (error) {
      throw error instanceof DraftStoreError ? error : new DraftStoreError(trouble(error), error);
    }
  }
}

/** A new draft key: time-based, with a counter so two in one millisecond differ. */
let counter = 0;
export function newDraftKey(now = Date.now()): string {
  return `${now.toString(36)}-${(counter++).toString(36)}`;
}
