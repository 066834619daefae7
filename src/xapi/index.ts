/**
 * recap-widgets/xapi: sends the quiz's xAPI statements to a Learning Record
 * Store. The host page supplies the endpoint and credentials; statements are
 * queued (in localStorage when available) and retried with back-off, so none is
 * lost when the reader is offline or the LRS is down, and the quiz never waits.
 *
 *     import { connectLrs } from 'recap-widgets/xapi';
 *     connectLrs({ endpoint: 'https://lrs.example/xapi/', auth: 'Basic ' + btoa('key:secret'),
 *                  actor: { name: 'Ada', mbox: 'mailto:ada@example.org' } });
 */
import { answeredStatement, completedStatement, type XapiAgent, type XapiStatement } from '../data/xapi.js';
import type { RecapAnswerDetail, RecapCompleteDetail } from '../shared/events.js';

export type { XapiAgent, XapiStatement, XapiActivity } from '../data/xapi.js';
export { answeredStatement, completedStatement, correctResponsesPattern, responsePattern, quizActivityId } from '../data/xapi.js';

/**
 * The xAPI 1.0.3 statement of a quiz event: "answered" for `recap-answer`, "completed" for
 * `recap-complete`, built from the facts the event carries (the article, the question id, the
 * response, the score and who answered), with `actor` in place of the event's when given.
 * Undefined for any other event, or one whose question is not in its article.
 *
 *     quiz.addEventListener('recap-answer', (e) => send(statementFor(e)));
 */
export function statementFor(event: Event, actor?: XapiAgent): XapiStatement | undefined {
  const detail = (event as CustomEvent<Partial<RecapAnswerDetail & RecapCompleteDetail> | undefined>).detail;
  if (!detail?.article || !detail.actor) return undefined;
  const who = actor ?? detail.actor;
  if (event.type === 'recap-complete' && detail.score) return completedStatement(detail.article, detail.score, who);
  if (event.type !== 'recap-answer' || !detail.response) return undefined;
  const q = detail.article.quiz?.questions.find((x) => x.id === detail.questionId);
  return q && answeredStatement(detail.article, q, detail.response, detail.correct === true, who);
}

export interface LrsOptions {
  /** The LRS's xAPI base URL; statements go to `${endpoint}statements`. */
  endpoint: string;
  /** The Authorization header value, e.g. "Basic …". */
  auth?: string;
  /** Replaces the anonymous actor in every statement. */
  actor?: XapiAgent;
  /** Where to listen for recap-answer / recap-complete. Default: document. */
  target?: EventTarget;
  /** localStorage key for the queue. Default "recap-widgets:xapi-queue". */
  storageKey?: string;
  /** Waits between retries, in ms; the last one repeats. */
  retryDelays?: number[];
  /** Statements per request. */
  batchSize?: number;
  fetch?: typeof fetch;
}

export interface LrsConnection {
  /** Sends what is queued now; resolves when the attempt ends. */
  flush(): Promise<void>;
  /** Statements waiting to be sent. */
  pending(): readonly XapiStatement[];
  /** Statements the LRS refused as invalid (HTTP 400), kept rather than dropped. */
  rejected(): readonly XapiStatement[];
  /** Stops listening (the queue stays stored for next time). */
  disconnect(): void;
}

/** Status codes where sending again later can succeed. */
const RETRYABLE = new Set([0, 401, 403, 408, 425, 429, 500, 502, 503, 504]);

export function connectLrs(options: LrsOptions): LrsConnection {
  const endpoint = options.endpoint.endsWith('/') ? options.endpoint : options.endpoint + '/';
  const key = options.storageKey ?? 'recap-widgets:xapi-queue';
  const delays = options.retryDelays ?? [1000, 5000, 30000, 120000];
  const batchSize = options.batchSize ?? 50;
  const target = options.target ?? globalThis.document;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  const read = (suffix: string): XapiStatement[] => {
    try {
      const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(key + suffix) ?? '[]');
      return Array.isArray(parsed) ? (parsed as XapiStatement[]) : [];
    } catch {
      return [];
    }
  };
  let queue = read('');
  let dead = read(':rejected');
  const persist = () => {
    try {
      globalThis.localStorage?.setItem(key, JSON.stringify(queue));
      globalThis.localStorage?.setItem(key + ':rejected', JSON.stringify(dead));
    } catch {
      /* blocked or full storage: the queue lives in memory */
    }
  };

  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sending: Promise<void> | undefined;

  const schedule = () => {
    if (timer || !queue.length) return;
    const wait = delays[Math.min(attempt, delays.length - 1)] ?? 1000;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, wait);
  };

  async function sendBatch(batch: XapiStatement[]): Promise<number> {
    try {
      const response = await doFetch(endpoint + 'statements', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          ...(options.auth ? { Authorization: options.auth } : {}),
        },
        body: JSON.stringify(batch),
        keepalive: true,
      });
      return response.status;
    } catch {
      return 0;
    }
  }

  function flush(): Promise<void> {
    if (sending) return sending;
    sending = (async () => {
      while (queue.length) {
        const batch = queue.slice(0, batchSize);
        const status = await sendBatch(batch);
        const ids = new Set(batch.map((s) => s.id));
        if (status >= 200 && status < 300) {
          queue = queue.filter((s) => !ids.has(s.id));
          attempt = 0;
        } else if (status === 409) {
          // The LRS already has these ids: they were sent before a reply was lost.
          queue = queue.filter((s) => !ids.has(s.id));
        } else if (RETRYABLE.has(status)) {
          attempt++;
          break;
        } else {
          console.warn(`recap-widgets/xapi: the LRS refused ${batch.length} statement(s) with HTTP ${status}; kept in ${key}:rejected.`);
          dead = dead.concat(batch);
          queue = queue.filter((s) => !ids.has(s.id));
        }
        persist();
      }
      persist();
      schedule();
    })().finally(() => (sending = undefined));
    return sending;
  }

  const onStatement = (e: Event) => {
    const statement = statementFor(e, options.actor);
    if (!statement) return;
    queue.push(statement);
    persist();
    // Sending happens after the event, so the quiz never waits for the network.
    setTimeout(() => void flush());
  };
  const onOnline = () => {
    attempt = 0;
    void flush();
  };

  target?.addEventListener('recap-answer', onStatement);
  target?.addEventListener('recap-complete', onStatement);
  globalThis.addEventListener?.('online', onOnline);
  if (queue.length) setTimeout(() => void flush());

  return {
    flush,
    pending: () => queue.slice(),
    rejected: () => dead.slice(),
    disconnect() {
      target?.removeEventListener('recap-answer', onStatement);
      target?.removeEventListener('recap-complete', onStatement);
      globalThis.removeEventListener?.('online', onOnline);
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
