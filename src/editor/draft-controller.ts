/**
 * Keeps the draft in this browser as the author types: restores the latest on first connect,
 * saves a moment after each change and at once when the page is hidden or the editor leaves
 * the DOM (and listens again when it comes back, wherever it is moved), says plainly when
 * storage is full or blocked (the text stays in the form), and follows another tab that saves
 * the same draft.
 *
 * Two tabs on one draft: the last save wins, and a tab with nothing unsaved follows it at once
 * (and says so). A tab that has unsaved changes when the other tab saves stops saving and asks:
 * load the other tab's version, or keep its own as a new draft. If it is closed before the
 * author answers, its own version is kept as a new draft. Nothing is overwritten unseen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftFigure as Proposal } from '../authoring/draft-figures.js';
import type { Draft } from './draft.js';
import { DraftStore, DraftStoreError, newDraftKey, type DraftInfo, type StorageTrouble } from './drafts.js';

/** Milliseconds after the last keystroke before the draft is saved. */
const SAVE_DELAY = 250;

export interface DraftHost extends ReactiveControllerHost {
  readonly storage: 'local' | 'none';
  /** What is being edited now. */
  readonly draft: Draft;
  readonly proposals?: readonly Proposal[];
  /** Replaces what is being edited (a restored or switched draft, another tab's version). */
  load(draft: Draft, proposals: Proposal[] | undefined, why: DraftEvent): void;
}

/** Why a draft was loaded, or what happened to it: the element words it. */
export type DraftEvent = { kind: 'restored'; title: string; saved: number } | { kind: 'switched' } | { kind: 'other-tab'; saved: number } | { kind: 'kept-copy' };

export class DraftController implements ReactiveController {
  key = newDraftKey();
  list: DraftInfo[] = [];
  /** What is wrong with storage, if anything; 'off' when the host saves nothing. */
  trouble?: StorageTrouble | 'off';
  /** Another tab saved this draft while this one had unsaved changes. */
  conflict?: { saved: number };
  readonly store = new DraftStore();
  #timer?: ReturnType<typeof setTimeout>;
  #dirty = false;
  #started = false;

  constructor(private readonly host: DraftHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Every connect listens again: an editor moved in the DOM is disconnected and connected.
    addEventListener('pagehide', this.flush);
    addEventListener('storage', this.#onStorage);
    if (this.#started) return;
    this.#started = true;
    this.restore();
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.flush);
    removeEventListener('storage', this.#onStorage);
    this.flush();
  }

  get saving(): boolean {
    return this.host.storage !== 'none';
  }

  /** Loads the latest draft, unless the host was given an article first. */
  restore(): void {
    if (!this.saving) {
      this.trouble = 'off';
      return;
    }
    this.#try(() => {
      this.list = this.store.list();
      const latest = this.list[0];
      const saved = latest && this.store.load(latest.key);
      if (!latest || !saved) return;
      this.key = latest.key;
      this.host.load(saved, this.store.loadProposals(latest.key), { kind: 'restored', title: latest.title, saved: latest.saved });
    });
  }

  /** The host was given an article to edit: it is kept under a key from its id. */
  adopt(id: string): void {
    this.key = `article-${id || newDraftKey()}`;
    this.conflict = undefined;
  }

  /** The draft changed: save it shortly. */
  schedule(): void {
    this.#dirty = true;
    if (!this.saving || this.conflict) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.saveNow();
    }, SAVE_DELAY);
  }

  /** Saves now what is waiting to be saved (page hidden, editor removed, another draft opened). */
  readonly flush = (): void => {
    if (!this.#dirty || !this.saving) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.conflict) this.keepMine();
    else this.saveNow();
  };

  saveNow(): void {
    if (!this.saving) return;
    this.#try(() => {
      this.store.save(this.key, this.host.draft);
      this.store.saveProposals(this.key, this.host.proposals);
      this.#dirty = false;
      this.list = this.store.list();
      this.trouble = undefined;
    });
  }

  switchTo(key: string): void {
    this.flush();
    this.#try(() => {
      const saved = this.store.load(key);
      if (!saved) return;
      this.key = key;
      this.conflict = undefined;
      this.host.load(saved, this.store.loadProposals(key), { kind: 'switched' });
      this.#dirty = false;
    });
  }

  /** A new, empty draft (the host sets what it holds). */
  startNew(): void {
    this.flush();
    this.key = newDraftKey();
    this.conflict = undefined;
  }

  /** Deletes the draft being edited; returns the key of the one to edit next, if any. */
  deleteCurrent(): string | undefined {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#dirty = false;
    this.conflict = undefined;
    this.#try(() => {
      this.store.remove(this.key);
      this.list = this.store.list();
    });
    return this.list[0]?.key;
  }

  /** In a conflict: load what the other tab saved. */
  takeTheirs(): void {
    this.conflict = undefined;
    this.#dirty = false;
    this.switchTo(this.key);
  }

  /** In a conflict: keep this tab's version as a new draft; the other tab's stays as it saved it. */
  keepMine(): void {
    this.conflict = undefined;
    this.key = newDraftKey();
    this.saveNow();
    this.host.load(this.host.draft, this.host.proposals ? [...this.host.proposals] : undefined, { kind: 'kept-copy' });
  }

  readonly #onStorage = (e: StorageEvent): void => {
    if (!this.saving || e.storageArea !== globalThis.localStorage) return;
    const key = this.store.draftKeyOf(e.key);
    if (key === undefined) {
      this.#try(() => (this.list = this.store.list()));
      this.host.requestUpdate();
      return;
    }
    if (key !== this.key || e.newValue === null) return;
    const saved = this.store.savedAt(key) ?? Date.now();
    if (this.#dirty) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.conflict = { saved };
      this.host.requestUpdate();
      return;
    }
    this.#try(() => {
      const theirs = this.store.load(key);
      if (theirs) this.host.load(theirs, this.store.loadProposals(key), { kind: 'other-tab', saved });
      this.#dirty = false;
    });
  };

  #try(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.trouble = error instanceof DraftStoreError ? error.trouble : 'blocked';
    }
    this.host.requestUpdate();
  }
}
