import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Response } from '../../data/quiz.js';
import type { Question, Quiz } from '../../data/types.js';
import {
  draftFor,
  freshProgress,
  prerenderProgress,
  progressStorageKey,
  questionOrder,
  quizContentHash,
  restoreProgress,
  type Draft,
  type QuizProgress,
} from '../../data/quiz-session.js';
import { clearProgressText, loadProgressText, saveProgressText } from '../../shared/progress-store.js';

/** What the progress depends on, read from the host before each update. */
export interface ProgressSource {
  articleId?: string;
  quiz?: Quiz;
  persist: 'local' | 'none';
  /** True while the host renders what a server renders (see RecapElement.hydrating). */
  hydrating?: boolean;
}

/**
 * The reader's progress through one quiz: restored when the quiz arrives, saved on every
 * change, cleared by "start over". Saved under the article id and checked against a hash of
 * the quiz content (see data/quiz-session); storage that fails falls back to memory
 * (shared/progress-store). It touches no DOM, and storage only in the host's update hook,
 * never while rendering.
 */
export class QuizProgressController implements ReactiveController {
  /** The progress being shown; undefined until the host has a quiz. */
  progress?: QuizProgress;
  #quiz?: Quiz;
  #source: ProgressSource = { persist: 'local' };

  readonly #host: ReactiveControllerHost;
  readonly #read: () => ProgressSource;

  constructor(host: ReactiveControllerHost, read: () => ProgressSource) {
    this.#host = host;
    this.#read = read;
    host.addController(this);
  }

  /**
   * Before each update. While the host hydrates (or renders on a server, where the host calls
   * this itself since controllers' hooks do not run there), the progress is a new reader's,
   * shuffled by a seed from the quiz content, so server and browser render the same; saved
   * progress is applied after hydration (hostUpdated).
   */
  hostUpdate(): void {
    const before = this.#source;
    this.#source = this.#read();
    const { quiz, articleId, persist, hydrating } = this.#source;
    if (quiz && quiz !== this.#quiz) {
      this.#quiz = quiz;
      this.#restoreAfterHydration = !!hydrating;
      this.progress = hydrating ? prerenderProgress(quiz) : this.#restore(quiz);
    } else if (persist === 'none' && before.persist !== 'none' && articleId) {
      clearProgressText(progressStorageKey(articleId));
    }
  }

  #restoreAfterHydration = false;

  hostUpdated(): void {
    if (!this.#restoreAfterHydration) return;
    this.#restoreAfterHydration = false;
    const key = this.#storageKey;
    // Nothing saved: the reader keeps the pre-rendered order, and nothing re-renders.
    const progress = key ? this.#fromStorage(key, this.#quiz!, this.progress!) : this.progress;
    if (progress !== this.progress) {
      this.progress = progress;
      // A second render, after the hydrating one has finished (the server could not know what
      // this browser saved); requested once that update is complete, not from inside it.
      void this.#host.updateComplete.then(() => this.#host.requestUpdate());
    }
  }

  get #storageKey(): string | undefined {
    const { articleId, persist } = this.#source;
    return articleId && persist !== 'none' ? progressStorageKey(articleId) : undefined;
  }

  #restore(quiz: Quiz): QuizProgress {
    const hash = quizContentHash(quiz);
    // Same article and content again (a new object from a re-fetch): keep what the reader did.
    if (this.progress?.contentHash === hash) return this.progress;
    const key = this.#storageKey;
    const fresh = freshProgress(quiz, undefined, hash);
    return key ? this.#fromStorage(key, quiz, fresh) : fresh;
  }

  /** The progress saved under `key` for this quiz; else `fresh`, which is then saved. */
  #fromStorage(key: string, quiz: Quiz, fresh: QuizProgress): QuizProgress {
    const result = restoreProgress(loadProgressText(key), quiz, fresh.contentHash);
    if (result.status === 'restored') return result.progress;
    if (result.status === 'corrupt') console.warn(`<recap-quiz>: saved progress for "${this.#source.articleId}" was unreadable (${result.reason}) and was discarded.`);
    saveProgressText(key, JSON.stringify(fresh));
    return fresh;
  }

  /** Changes the progress, saves it, and re-renders the host. */
  commit(change: Partial<QuizProgress>): void {
    if (!this.progress) return;
    this.progress = { ...this.progress, ...change };
    const key = this.#storageKey;
    if (key) saveProgressText(key, JSON.stringify(this.progress));
    this.#host.requestUpdate();
  }

  /** Forgets everything the reader did, with a new shuffle. */
  startOver(): void {
    if (!this.#quiz) return;
    const key = this.#storageKey;
    if (key) clearProgressText(key);
    this.progress = freshProgress(this.#quiz);
    if (key) saveProgressText(key, JSON.stringify(this.progress));
    this.#host.requestUpdate();
  }

  /** Whether the reader has done anything yet (answered, picked, or moved on). */
  get started(): boolean {
    const p = this.progress;
    return !!p && (Object.keys(p.answers).length > 0 || Object.keys(p.drafts).length > 0 || p.index > 0);
  }

  // Both are read many times per render; they change only with the quiz, the seed or the answers.
  #orderMemo?: { quiz: Quiz; seed: number; order: readonly Question[] };
  #answersMemo?: { from: QuizProgress['answers']; map: Map<string, Response> };

  /** The questions in this reader's order. */
  get questions(): readonly Question[] {
    if (!this.#quiz || !this.progress) return [];
    const m = this.#orderMemo;
    if (m && m.quiz === this.#quiz && m.seed === this.progress.seed) return m.order;
    const order = questionOrder(this.#quiz, this.progress.seed);
    this.#orderMemo = { quiz: this.#quiz, seed: this.progress.seed, order };
    return order;
  }

  /** Checked answers by question id. */
  get answers(): Map<string, Response> {
    const from = this.progress?.answers ?? {};
    if (this.#answersMemo?.from !== from) this.#answersMemo = { from, map: new Map(Object.entries(from)) };
    return this.#answersMemo.map;
  }

  /** The reader's draft; for an answered question, what was checked (older saved progress may hold no draft). */
  draftOf(q: Question): Draft {
    const draft = this.progress?.drafts[q.id] ?? {};
    const answered = this.progress?.answers[q.id];
    return answered ? draftFor(answered, draft) : draft;
  }

  setDraft(q: Question, draft: Draft): void {
    if (this.progress) this.commit({ drafts: { ...this.progress.drafts, [q.id]: { ...this.draftOf(q), ...draft } } });
  }

  /** Stores checked answers. */
  answer(entries: readonly (readonly [Question, Response])[]): void {
    if (!this.progress) return;
    const answers = { ...this.progress.answers };
    for (const [q, r] of entries) answers[q.id] = r;
    this.commit({ answers });
  }
}
