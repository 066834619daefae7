/**
 * Finding and talking to an LMS's SCORM API. The search is the one the ADL specifications give: up
 * the chain of parent frames (at most 500 steps), then the opener window and its parents. Every call
 * is guarded: an API that throws, answers "false" or reports an error code becomes a `ScormFault`
 * with the LMS's own words, never an exception in the page.
 */
import type { ScormVersion } from './interactions.js';

type Fn = (...args: string[]) => unknown;
type ApiObject = Record<string, Fn | undefined>;

/** How many frames up the search goes before it gives up (ADL's bound). */
const MAX_STEPS = 500;

/** The API object of `version` in `win` or in a window above it (parents, then the opener's), or undefined. */
export function findScormApi(win: Window, version: ScormVersion): ApiObject | undefined {
  const name = version === '1.2' ? 'API' : 'API_1484_11';
  const search = (start: Window | null | undefined): ApiObject | undefined => {
    let w = start;
    for (let steps = 0; w && steps <= MAX_STEPS; steps++) {
      try {
        const api = (w as unknown as Record<string, unknown>)[name];
        if (api && typeof api === 'object') return api as ApiObject;
      } catch {
        // A frame of another origin: its API cannot be ours to call.
      }
      if (w.parent === w) break;
      w = w.parent;
    }
    return undefined;
  };
  try {
    return search(win) ?? search(win.top?.opener as Window | null) ?? search(win.opener as Window | null);
  } catch {
    return undefined;
  }
}

/** What went wrong in one call: the call and the LMS's error code and words (when it gave them). */
export interface ScormFault {
  call: string;
  code?: string;
  message: string;
}

const NAMES = {
  '1.2': { init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish', error: 'LMSGetLastError', words: 'LMSGetErrorString' },
  '2004': { init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate', error: 'GetLastError', words: 'GetErrorString' },
} as const;

/** One LMS session through the API: each method says whether the LMS accepted the call, and keeps the last fault. */
export class ScormConnection {
  lastFault?: ScormFault;
  readonly #api: ApiObject;
  readonly #names: (typeof NAMES)[ScormVersion];

  constructor(api: ApiObject, readonly version: ScormVersion) {
    this.#api = api;
    this.#names = NAMES[version];
  }

  #call(fn: string, args: string[], what: string): { ok: boolean; value: string } {
    let value: unknown;
    try {
      const f = this.#api[fn];
      if (typeof f !== 'function') throw new Error(`the LMS has no ${fn}`);
      value = f.apply(this.#api, args);
    } catch (error) {
      this.lastFault = { call: what, message: error instanceof Error ? error.message : String(error) };
      return { ok: false, value: '' };
    }
    const text = value === undefined || value === null ? '' : String(value);
    const code = this.#errorCode();
    // Calls that do something answer "true"; GetValue answers a value and sets error 0 when it worked
    // (or, in 2004, 403 for an element that has no value yet: that is an empty value, not a fault).
    const failed = fn === this.#names.get ? code !== '0' && code !== '' && code !== '403' : text !== 'true';
    if (failed) this.lastFault = { call: what, ...(code && code !== '0' ? { code } : {}), message: this.#errorWords(code) };
    return { ok: !failed, value: text };
  }

  #errorCode(): string {
    try {
      return String((this.#api[this.#names.error] as Fn)() ?? '');
    } catch {
      return '';
    }
  }

  #errorWords(code: string): string {
    try {
      const words = String((this.#api[this.#names.words] as Fn)(code) ?? '');
      return words || 'no reason given';
    } catch {
      return 'no reason given';
    }
  }

  initialize = (): boolean => this.#call(this.#names.init, [''], 'start the session').ok;
  /** The value, or undefined when the LMS could not give it. */
  get = (element: string): string | undefined => {
    const r = this.#call(this.#names.get, [element], `read ${element}`);
    return r.ok ? r.value : undefined;
  };
  set = (element: string, value: string): boolean => this.#call(this.#names.set, [element, value], `save ${element}`).ok;
  commit = (): boolean => this.#call(this.#names.commit, [''], 'save to the course').ok;
  finish = (): boolean => this.#call(this.#names.finish, [''], 'end the session').ok;
}
