/**
 * xAPI 1.0.3 statements for quiz results, built from the article data with no
 * DOM. Questions are cmi.interaction activities (choice, true-false, numeric,
 * sequencing); the quiz is an assessment.
 */
import { correctResponse, type Score, type Response } from './quiz.js';
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
    interactionType?: 'choice' | 'true-false' | 'numeric' | 'sequencing';
    correctResponsesPattern?: string[];
    choices?: XapiInteractionComponent[];
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

const INTERACTION_TYPE = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  numeric: 'numeric',
  order: 'sequencing',
} as const;

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
  }
}

function questionActivity(article: Article, q: Question): XapiActivity {
  const definition: XapiActivity['definition'] = {
    type: INTERACTION,
    name: lang(article, plainText(q.prompt).slice(0, 500)),
    interactionType: INTERACTION_TYPE[q.type],
    correctResponsesPattern: correctResponsesPattern(q),
  };
  if (q.type === 'single' || q.type === 'multiple')
    definition.choices = q.choices.map((c) => ({ id: c.id, description: lang(article, plainText(c.text)) }));
  if (q.type === 'order') definition.choices = q.items.map((i) => ({ id: i.id, description: lang(article, plainText(i.text)) }));
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
    result: { success: correct, response: responsePattern(response), score: score(correct ? max : 0, max) },
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
