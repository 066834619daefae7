/**
 * The runtime adapter of a Recap SCORM package (runs in its launch page, before the elements): it
 * finds the LMS, resumes the quiz from cmi.suspend_data, records each answer as an interaction,
 * reports score, completion and success at the end, and commits and ends the session on pagehide.
 * It reads only the facts of the quiz's events (never their xAPI statements). The quiz keeps its
 * own progress in the browser as always, so an LMS that fails loses nothing: what the LMS refused
 * is tried again at the next save, and the student is told plainly while it is not saved.
 */
import { checkArticle } from '../data/check.js';
import { progressStorageKey } from '../data/quiz-session.js';
import { loadProgressText, saveProgressText } from '../shared/progress-store.js';
import type { Article, Quiz } from '../data/types.js';
import type { RecapAnswerDetail, RecapCompleteDetail } from '../shared/events.js';
import { decimal, duration2004, interactionFields, timespan12, type ScormVersion } from './interactions.js';
import { findScormApi, ScormConnection, type ScormFault } from './scorm-api.js';
import { fromSuspendData, toSuspendData } from './suspend.js';
import { statusWords } from './status-words.js';

/** The id of the launch page's status line (the runtime adds one when a page has none). */
export const STATUS_ID = 'recap-lms-status';

export interface ScormRuntime {
  /** The LMS session, or undefined when no LMS was found. */
  connection?: ScormConnection;
  /** Saves what is still unsaved and ends the session (what pagehide does). */
  end(): void;
}

/** The article of the first Recap element in the page, from its inline JSON (checked), or undefined. */
export function pageArticle(doc: Document): Article | undefined {
  const script = doc.querySelector('recap-article > script[type="application/json"], recap-quiz > script[type="application/json"]');
  try {
    const result = checkArticle(JSON.parse(script?.textContent ?? ''));
    return result.ok ? result.article : undefined;
  } catch {
    return undefined;
  }
}

function statusLine(doc: Document): HTMLElement {
  let el = doc.getElementById(STATUS_ID);
  if (!el) {
    el = doc.createElement('p');
    el.id = STATUS_ID;
    el.setAttribute('role', 'alert');
    doc.body.prepend(el);
  }
  return el;
}

/** The LMS's own reason (in its words, with its error code), or `none`. */
const faultWords = (f: ScormFault | undefined, none: string) => (f ? `${f.message}${f.code ? `, error ${f.code}` : ''}` : none);

/**
 * Starts the adapter for a package of `version` in `win`. Call it before the Recap elements are
 * defined, so a resumed quiz opens where the student left it.
 */
export function startScormRuntime(win: Window, version: ScormVersion): ScormRuntime {
  const doc = win.document;
  const started = Date.now();
  const article = pageArticle(doc);
  const quiz: Quiz | undefined = article?.quiz;
  const key = article ? progressStorageKey(article.id) : undefined;
  const api = findScormApi(win, version);
  if (!api) {
    console.info('recap-widgets: no LMS found (no SCORM API in this window or those above it); progress is kept in this browser only.');
    return { end() {} };
  }
  const lms = new ScormConnection(api, version);
  const v12 = version === '1.2';
  // The student reads the article's language (the launch page's when the article names none).
  const words = statusWords(article?.lang || doc.documentElement.lang);
  const el = (name12: string, name2004: string) => (v12 ? name12 : name2004);

  /** Interaction fields the LMS has not accepted yet, with the index each goes to. */
  const pending: { index: number; fields: [string, string][] }[] = [];
  let ended = false;
  let finished = false;
  let troubled = false;

  const tell = (ok: boolean) => {
    if (ok && !troubled) return;
    const line = statusLine(doc);
    if (ok) {
      line.textContent = words.saved;
      troubled = false;
      return;
    }
    troubled = true;
    line.textContent = words.notSaved(faultWords(lms.lastFault, words.noReason));
  };

  if (!lms.initialize()) {
    tell(false);
    return { connection: lms, end() {} };
  }

  // Resume: what the LMS kept for this student wins over this browser's copy; an empty LMS record keeps the browser's.
  const saved = lms.get(el('cmi.suspend_data', 'cmi.suspend_data'));
  if (saved && quiz && key) {
    const progress = fromSuspendData(saved, quiz);
    if (progress) saveProgressText(key, progress);
  }
  const status = lms.get(el('cmi.core.lesson_status', 'cmi.completion_status'));
  if (status === 'not attempted' || status === 'unknown' || status === '') {
    lms.set(el('cmi.core.lesson_status', 'cmi.completion_status'), 'incomplete');
  }
  let nextIndex = Number(lms.get('cmi.interactions._count') ?? '0') || 0;
  let lastAnswer = started;

  /** Writes the quiz's progress as suspend_data, every pending interaction, and commits; tells the student how it went. */
  const save = (): boolean => {
    let ok = true;
    if (quiz && key) {
      const data = toSuspendData(loadProgressText(key), quiz);
      if (data !== undefined) ok = lms.set('cmi.suspend_data', data) && ok;
    }
    while (pending.length) {
      const { index, fields } = pending[0]!;
      if (!fields.every(([name, value]) => lms.set(`cmi.interactions.${index}.${name}`, value))) {
        ok = false;
        break;
      }
      pending.shift();
    }
    ok = lms.commit() && ok;
    tell(ok);
    return ok;
  };

  const onAnswer = (e: Event) => {
    const a = (e as CustomEvent<RecapAnswerDetail>).detail;
    const q = quiz?.questions.find((x) => x.id === a.questionId);
    if (!q) return;
    const now = Date.now();
    pending.push({ index: nextIndex++, fields: interactionFields(version, q, a, (now - lastAnswer) / 1000, new Date(now)) });
    lastAnswer = now;
    save();
  };

  const onComplete = (e: Event) => {
    const { score } = (e as CustomEvent<RecapCompleteDetail>).detail;
    finished = true;
    const percent = score.maxPoints ? Math.round((score.points / score.maxPoints) * 10000) / 100 : 0;
    if (v12) {
      // SCORM 1.2 scores are 0-100: the percentage.
      lms.set('cmi.core.score.raw', decimal(percent));
      lms.set('cmi.core.score.min', '0');
      lms.set('cmi.core.score.max', '100');
      lms.set('cmi.core.lesson_status', score.passed === undefined ? 'completed' : score.passed ? 'passed' : 'failed');
    } else {
      lms.set('cmi.score.raw', decimal(score.points));
      lms.set('cmi.score.min', '0');
      lms.set('cmi.score.max', decimal(score.maxPoints));
      lms.set('cmi.score.scaled', decimal(Math.round((score.points / (score.maxPoints || 1)) * 10000) / 10000));
      lms.set('cmi.completion_status', 'completed');
      if (score.passed !== undefined) lms.set('cmi.success_status', score.passed ? 'passed' : 'failed');
    }
    save();
  };

  const end = () => {
    if (ended) return;
    ended = true;
    const seconds = (Date.now() - started) / 1000;
    lms.set(el('cmi.core.session_time', 'cmi.session_time'), v12 ? timespan12(seconds) : duration2004(seconds));
    // Unfinished: the LMS keeps the attempt open for the student to resume.
    const done = finished || !quiz;
    lms.set(el('cmi.core.exit', 'cmi.exit'), done ? (v12 ? '' : 'normal') : 'suspend');
    save();
    lms.finish();
  };

  // A recap without a quiz is done once it is opened.
  if (!quiz) {
    lms.set(el('cmi.core.lesson_status', 'cmi.completion_status'), 'completed');
    save();
  }
  doc.addEventListener('recap-answer', onAnswer);
  doc.addEventListener('recap-complete', onComplete);
  win.addEventListener('pagehide', end);
  return { connection: lms, end };
}
