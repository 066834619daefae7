/**
 * xAPI 1.0.3 statements for quiz results, built from the article data with no
 * DOM. Questions are cmi.interaction activities (choice, true-false, numeric,
 * sequencing, fill-in for cloze, matching); the quiz is an assessment.
 */
import { correctResponse, pointsEarned, type Score, type Response } from './quiz.js';
import type { Article, Question } from './types.js';
import { plainText } from './plain-text.js';

export type LanguageMap = Record<string, string>;

/** An xAPI Agent identified by exactly one inverse functional identifier. */
export type XapiAgent = { objectType?: 'Agent'; name?: string } & (
  | { mbox: string }
  | { mbox_sha1sum: string }
  | { openid: string }
  | { account: { homePage: string; name: string } }
);

export interface XapiInteractionComponent {
  id: string;
  description: LanguageMap;
}

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: {
    type: string;
    name: LanguageMap;
    description?: LanguageMap;
    interactionType?: 'choice' | 'true-false' | 'numeric' | 'sequencing' | 'fill-in' | 'matching';
    correctResponsesPattern?: string[];
    choices?: XapiInteractionComponent[];
    /** matching: what is matched (the items) and what to (the targets). */
    source?: XapiInteractionComponent[];
    target?: XapiInteractionComponent[];
  };
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result: {
    success?: boolean;
    completion?: boolean;
    response?: string;
    score: { scaled: number; raw: number; min: number; max: number };
  };
  context: {
    language?: string;
    contextActivities?: { parent?: { objectType: 'Activity'; id: string }[] };
    extensions?: Record<string, unknown>;
  };
  timestamp: string;
  version: '1.0.3';
}

export const VERB_ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
export const VERB_COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment';

/** Each question type's cmi.interaction type: xAPI's interactionType and SCORM 2004's cmi.interactions.n.type share the names. */
export const INTERACTION_TYPE = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  numeric: 'numeric',
  order: 'sequencing',
  cloze: 'fill-in',
  matching: 'matching',
} as const;

/** At most this many correct-response patterns for a cloze (one per combination of accepted answers). */
const MAX_PATTERNS = 32;

/** The activity id of the quiz: the article URL with a fragment, or a URN from its id. */
export function quizActivityId(article: Article): string {
  return article.url ? `${article.url.split('#')[0]}#recap-quiz` : `urn:recap-widgets:${article.id}:quiz`;
}
export const questionActivityId = (article: Article, q: Question) => `${quizActivityId(article)}/${q.id}`;

const lang = (article: Article, text: string): LanguageMap => ({ [article.lang ?? 'en']: text });

/** A version 4 UUID, as xAPI requires for statement ids. */
export function uuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The correct-responses pattern for a question, in the cmi.interaction syntax. */
export function correctResponsesPattern(q: Question): string[] {
  // A numeric answer with a tolerance is a range; everything else is the right response itself.
  if (q.type === 'numeric' && q.tolerance) return [`${q.answer - q.tolerance}[:]${q.answer + q.tolerance}`];
  if (q.type === 'cloze') {
    // Every combination of the blanks' accepted answers, while they are few; else the first of each.
    let combos: string[][] = [[]];
    for (const b of q.blanks) combos = combos.flatMap((c) => b.answers.map((a) => [...c, a]));
    if (combos.length > MAX_PATTERNS) combos = [q.blanks.map((b) => b.answers[0]!)];
    return combos.map((c) => `{case_matters=${q.caseSensitive === true}}${c.join('[,]')}`);
  }
  return [responsePattern(correctResponse(q))];
}

/** A reader's response in the cmi.interaction syntax. */
export function responsePattern(r: Response): string {
  switch (r.type) {
    case 'single':
      return r.choice;
    case 'multiple':
      return r.choices.join('[,]');
    case 'true-false':
      return String(r.value);
    case 'numeric':
      return String(r.value);
    case 'order':
      return r.order.join('[,]');
    case 'cloze':
      return r.blanks.join('[,]');
    case 'matching':
      return r.pairs.map(([item, target]) => `${item}[.]${target}`).join('[,]');
  }
}

function questionActivity(article: Article, q: Question): XapiActivity {
  const definition: XapiActivity['definition'] = {
    type: INTERACTION,
    name: lang(article, plainText(q.prompt).slice(0, 500)),
    interactionType: INTERACTION_TYPE[q.type],
    correctResponsesPattern: correctResponsesPattern(q),
  };
  const components = (list: readonly { id: string; text: string }[]) => list.map((i) => ({ id: i.id, description: lang(article, plainText(i.text)) }));
  if (q.type === 'single' || q.type === 'multiple') definition.choices = components(q.choices);
  if (q.type === 'order') definition.choices = components(q.items);
  if (q.type === 'matching') {
    definition.source = components(q.items);
    definition.target = components(q.targets);
  }
  return { objectType: 'Activity', id: questionActivityId(article, q), definition };
}

const score = (raw: number, max: number) => ({ raw, min: 0, max, scaled: max ? Math.round((raw / max) * 10000) / 10000 : 0 });

export function answeredStatement(
  article: Article,
  q: Question,
  response: Response,
  correct: boolean,
  actor: XapiAgent,
  now = new Date(),
): XapiStatement {
  const max = q.points ?? 1;
  return {
    id: uuid(),
    actor: { objectType: 'Agent', ...actor },
    verb: { id: VERB_ANSWERED, display: { 'en-US': 'answered' } },
    object: questionActivity(article, q),
    // A partly right cloze or matching question is not a success, but earns its share of the points.
    result: { success: correct, response: responsePattern(response), score: score(pointsEarned(q, response), max) },
    context: {
      ...(article.lang ? { language: article.lang } : {}),
      contextActivities: { parent: [{ objectType: 'Activity', id: quizActivityId(article) }] },
    },
    timestamp: now.toISOString(),
    version: '1.0.3',
  };
}

export function completedStatement(article: Article, s: Score, actor: XapiAgent, now = new Date()): XapiStatement {
  return {
    id: uuid(),
    actor: { objectType: 'Agent', ...actor },
    verb: { id: VERB_COMPLETED, display: { 'en-US': 'completed' } },
    object: {
      objectType: 'Activity',
      id: quizActivityId(article),
      definition: { type: ASSESSMENT, name: lang(article, article.quiz?.title ?? article.title) },
    },
    result: { completion: true, ...(s.passed === undefined ? {} : { success: s.passed }), score: score(s.points, s.maxPoints) },
    context: article.lang ? { language: article.lang } : {},
    timestamp: now.toISOString(),
    version: '1.0.3',
  };
}
