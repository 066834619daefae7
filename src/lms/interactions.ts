/**
 * SCORM interaction records (cmi.interactions.n.*) built from what a quiz answer event says: the
 * question id and type, the learner's response, whether it was right and its points. Pure data, no
 * DOM, no LMS: the runtime (scorm-runtime.ts) writes what these return. Both versions' formats and
 * length limits are kept here: SCORM 1.2 (RTE 3.4.2.7: `a,b` lists, `t`/`f`, HH:MM:SS, 255 characters)
 * and SCORM 2004 4th edition (RTE 4.1.6: `[,]` and `[.]` delimiters, `true`/`false`, ISO 8601 times,
 * fill-in as 250-character strings, at most 10 of them).
 */
import { correctResponsesPattern, INTERACTION_TYPE, responsePattern } from '../data/xapi.js';
import { correctResponse, type Response } from '../data/quiz.js';
import { plainText } from '../data/plain-text.js';
import type { Question, QuestionType } from '../data/types.js';

export type ScormVersion = '1.2' | '2004';

/** The facts a `recap-answer` event carries (never its xAPI statement). */
export interface AnswerFacts {
  questionId: string;
  questionType: QuestionType;
  response: Response;
  correct: boolean;
  points: number;
  maxPoints: number;
}

/** One interaction as CMI element names (after `cmi.interactions.n.`) and their values, in write order. */
export type InteractionFields = [name: string, value: string][];

/** SCORM 2004 keeps at most 10 fill-in strings per response; a cloze with more blanks is one long-fill-in string. */
const MAX_FILL_IN = 10;
/** Correct-response patterns a 2004 LMS must keep for fill-in (RTE 4.1.6.4, smallest permitted maximum). */
const MAX_PATTERNS_2004 = 5;

const cut = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);
/** A fill-in string: no leading `{` (it would read as a delimiter like {lang=}), at most 250 characters. */
const fillIn = (s: string) => cut(s.replace(/^\{/, '('), 250);
/** A decimal as CMIDecimal writes it (no exponent). */
export const decimal = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6)).replace(/^-0$/, '0');

/** Seconds as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS. */
export function timespan12(seconds: number): string {
  const s = Math.max(0, seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = (s % 60).toFixed(2).padStart(5, '0');
  return `${String(Math.min(h, 9999)).padStart(4, '0')}:${String(m).padStart(2, '0')}:${sec}`;
}
/** Seconds as SCORM 2004's ISO 8601 duration, PT#H#M#S with at most two decimals. */
export function duration2004(seconds: number): string {
  const s = Math.max(0, seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.round((s % 60) * 100) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec}S`;
}
/** A moment as SCORM 1.2's CMITime (HH:MM:SS, local time of day). */
export const time12 = (d: Date) => [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
/** A moment as SCORM 2004's time(second,10,0): ISO 8601 in UTC with hundredths. */
export const time2004 = (d: Date) => d.toISOString().replace(/(\.\d{2})\d(Z)$/, '$1$2');

/** The learner's response in SCORM 1.2's formats (RTE 3.4.2.7.5). */
function response12(r: Response): string {
  switch (r.type) {
    case 'single':
      return r.choice;
    case 'multiple':
    case 'order':
      return ('choices' in r ? r.choices : r.order).join(',');
    case 'true-false':
      return r.value ? 't' : 'f';
    case 'numeric':
      return decimal(r.value);
    case 'cloze':
      return r.blanks.join(',');
    case 'matching':
      return r.pairs.map(([item, target]) => `${item}.${target}`).join(',');
  }
}

/** The correct-response patterns in SCORM 1.2's formats: one, since 1.2 has no numeric ranges or fill-in options. */
function correct12(q: Question): string {
  if (q.type === 'cloze') return q.blanks.map((b) => b.answers[0]!).join(',');
  return response12(correctResponse(q));
}

/** SCORM 2004's learner response: the xAPI cmi.interaction syntax Recap already writes, within 2004's limits. */
function response2004(r: Response): string {
  if (r.type === 'cloze') return r.blanks.length > MAX_FILL_IN ? cut(r.blanks.join('; '), 4000) : r.blanks.map(fillIn).join('[,]');
  if (r.type === 'numeric') return decimal(r.value);
  return responsePattern(r);
}

function correct2004(q: Question): string[] {
  if (q.type === 'cloze' && q.blanks.length > MAX_FILL_IN) return [cut(q.blanks.map((b) => b.answers[0]!).join('; '), 4000)];
  if (q.type === 'cloze') {
    return correctResponsesPattern(q)
      .slice(0, MAX_PATTERNS_2004)
      .map((p) => {
        const [, flag = '', rest = p] = /^(\{case_matters=(?:true|false)\})(.*)$/.exec(p) ?? [];
        return flag + rest.split('[,]').map(fillIn).join('[,]');
      });
  }
  if (q.type === 'numeric' && !q.tolerance) return [`${decimal(q.answer)}[:]${decimal(q.answer)}`];
  return correctResponsesPattern(q);
}

/** The question's prompt as a 2004 description (localized_string_type, 250 characters). */
const description = (q: Question) => cut(plainText(q.prompt).replace(/^\{/, '('), 250);

/**
 * The CMI fields of one answered question for `version`. `latencySeconds` is how long the learner
 * took (the runtime measures it from the previous answer or the launch); `at` is when they answered.
 */
export function interactionFields(version: ScormVersion, q: Question, a: AnswerFacts, latencySeconds: number, at: Date): InteractionFields {
  if (version === '1.2') {
    return [
      ['id', q.id],
      ['type', INTERACTION_TYPE[q.type]],
      ['correct_responses.0.pattern', cut(correct12(q), 255)],
      ['weighting', decimal(a.maxPoints)],
      ['student_response', cut(response12(a.response), 255)],
      ['result', a.correct ? 'correct' : 'wrong'],
      ['latency', timespan12(latencySeconds)],
      ['time', time12(at)],
    ];
  }
  const longFillIn = q.type === 'cloze' && q.blanks.length > MAX_FILL_IN;
  return [
    ['id', q.id],
    ['type', longFillIn ? 'long-fill-in' : INTERACTION_TYPE[q.type]],
    ['description', description(q)],
    ...correct2004(q).map((p, i): [string, string] => [`correct_responses.${i}.pattern`, p]),
    ['weighting', decimal(a.maxPoints)],
    ['learner_response', response2004(a.response)],
    // A partly right cloze or matching question reports its share of the points (a real number), not "incorrect".
    ['result', a.correct ? 'correct' : a.points > 0 && a.maxPoints > 0 ? decimal(a.points / a.maxPoints) : 'incorrect'],
    ['latency', duration2004(latencySeconds)],
    ['timestamp', time2004(at)],
  ];
}
