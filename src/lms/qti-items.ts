/**
 * Each Recap question as a QTI assessment item: its interaction, response processing that scores it
 * (points as in Recap; cloze blanks and matching pairs earn their share), and the explanation with the
 * article's sentence as feedback. Built as a small element tree that qti-xml.ts writes as QTI 3.0
 * (`qti-choice-interaction`, kebab-case attributes) or QTI 2.1 (`choiceInteraction`, camelCase).
 */
import { plainText } from '../data/plain-text.js';
import { pointsOf } from '../data/quiz.js';
import type { Article, Question, QuestionOf } from '../data/types.js';
import { el, html, text, type Node } from './qti-xml.js';

/** QTI identifiers are XML names: Recap's ids may start with a digit, so each gets a letter first. */
export const qtiId = (prefix: string, id: string) => `${prefix}-${id}`;

const value = (v: string | number) => el('value', {}, [text(String(v))]);
const base = (type: string, v: string | number) => el('base-value', { 'base-type': type }, [text(String(v))]);
const variable = (id: string) => el('variable', { identifier: id });
const setScore = (expr: Node) => el('set-outcome-value', { identifier: 'SCORE' }, [expr]);
const round = (n: number) => Math.round(n * 10000) / 10000;

function outcomes(q: Question): Node[] {
  const float = (id: string, v: number) => el('outcome-declaration', { identifier: id, cardinality: 'single', 'base-type': 'float' }, [el('default-value', {}, [value(v)])]);
  return [float('SCORE', 0), float('MAXSCORE', pointsOf(q)), el('outcome-declaration', { identifier: 'FEEDBACK', cardinality: 'single', 'base-type': 'identifier' })];
}

/** SCORE = points when the response matches the correct one (all-or-nothing types). */
const scoreIfCorrect = (q: Question, test: Node) =>
  el('response-condition', {}, [el('response-if', {}, [test, setScore(base('float', pointsOf(q)))])]);
const matchCorrect = (id = 'RESPONSE') => el('match', {}, [variable(id), el('correct', { identifier: id })]);

/** Feedback shown once the item is answered: the explanation and the article's own sentence. */
function feedback(q: Question): Node[] {
  const body: Node[] = [];
  if (q.explanation) body.push(html('p', [text(plainText(q.explanation))]));
  if (q.evidence) body.push(html('blockquote', [html('p', [text(q.evidence.quote)])]));
  return body.length ? [el('modal-feedback', { 'outcome-identifier': 'FEEDBACK', identifier: 'ANSWERED', 'show-hide': 'show', title: 'Explanation' }, [el('content-body', {}, body)])] : [];
}
const showFeedback = el('set-outcome-value', { identifier: 'FEEDBACK' }, [base('identifier', 'ANSWERED')]);

const prompt = (q: Question) => el('prompt', {}, [text(plainText(q.prompt))]);
const choice = (id: string, words: string) => el('simple-choice', { identifier: qtiId('c', id) }, [text(plainText(words))]);

interface Parts {
  declarations: Node[];
  body: Node[];
  processing: Node[];
}

function choiceParts(q: QuestionOf<'single'> | QuestionOf<'multiple'>): Parts {
  const many = q.type === 'multiple';
  const right = many ? q.answers : [q.answer];
  return {
    declarations: [el('response-declaration', { identifier: 'RESPONSE', cardinality: many ? 'multiple' : 'single', 'base-type': 'identifier' }, [el('correct-response', {}, right.map((id) => value(qtiId('c', id))))])],
    body: [el('choice-interaction', { 'response-identifier': 'RESPONSE', 'max-choices': many ? 0 : 1, shuffle: 'false' }, [prompt(q), ...q.choices.map((c) => choice(c.id, c.text))])],
    processing: [scoreIfCorrect(q, matchCorrect())],
  };
}

function trueFalseParts(q: QuestionOf<'true-false'>, words: { true: string; false: string }): Parts {
  return {
    declarations: [el('response-declaration', { identifier: 'RESPONSE', cardinality: 'single', 'base-type': 'identifier' }, [el('correct-response', {}, [value(qtiId('c', String(q.answer)))])])],
    body: [el('choice-interaction', { 'response-identifier': 'RESPONSE', 'max-choices': 1, shuffle: 'false' }, [prompt(q), choice('true', words.true), choice('false', words.false)])],
    processing: [scoreIfCorrect(q, matchCorrect())],
  };
}

function numericParts(q: QuestionOf<'numeric'>): Parts {
  const tolerance = q.tolerance ?? 0;
  return {
    declarations: [el('response-declaration', { identifier: 'RESPONSE', cardinality: 'single', 'base-type': 'float' }, [el('correct-response', {}, [value(q.answer)])])],
    body: [html('p', [text(plainText(q.prompt))]), html('p', [el('text-entry-interaction', { 'response-identifier': 'RESPONSE', 'expected-length': Math.max(6, String(q.answer).length + 2) })])],
    processing: [
      scoreIfCorrect(
        q,
        el('equal', { 'tolerance-mode': tolerance ? 'absolute' : 'exact', ...(tolerance ? { tolerance: `${tolerance} ${tolerance}` } : {}) }, [variable('RESPONSE'), el('correct', { identifier: 'RESPONSE' })]),
      ),
    ],
  };
}

function orderParts(q: QuestionOf<'order'>): Parts {
  return {
    declarations: [el('response-declaration', { identifier: 'RESPONSE', cardinality: 'ordered', 'base-type': 'identifier' }, [el('correct-response', {}, q.items.map((i) => value(qtiId('c', i.id))))])],
    body: [el('order-interaction', { 'response-identifier': 'RESPONSE', shuffle: 'true' }, [prompt(q), ...q.items.map((i) => choice(i.id, i.text))])],
    processing: [scoreIfCorrect(q, matchCorrect())],
  };
}

/** Each blank is its own response (RESPONSE_1...), scored through a mapping worth its share of the points. */
function clozeParts(q: QuestionOf<'cloze'>): Parts {
  const share = round(pointsOf(q) / q.blanks.length);
  const respId = (i: number) => `RESPONSE_${i + 1}`;
  const declarations = q.blanks.map((b, i) =>
    b.choices
      ? el('response-declaration', { identifier: respId(i), cardinality: 'single', 'base-type': 'identifier' }, [
          el('correct-response', {}, [value(qtiId('c', String(b.choices.indexOf(b.answers[0]!))))]),
          el('mapping', { 'default-value': 0 }, b.answers.filter((a) => b.choices!.includes(a)).map((a) => el('map-entry', { 'map-key': qtiId('c', String(b.choices!.indexOf(a))), 'mapped-value': share }))),
        ])
      : el('response-declaration', { identifier: respId(i), cardinality: 'single', 'base-type': 'string' }, [
          el('correct-response', {}, [value(b.answers[0]!)]),
          el('mapping', { 'default-value': 0 }, b.answers.map((a) => el('map-entry', { 'map-key': a, 'mapped-value': share, 'case-sensitive': q.caseSensitive === true ? 'true' : 'false' }))),
        ]),
  );
  const index = new Map(q.blanks.map((b, i) => [b.id, i]));
  const line: Node[] = [];
  for (const [n, piece] of plainText(q.text).split(/\{\{([a-z0-9][a-z0-9-]*)\}\}/).entries()) {
    if (n % 2 === 0) {
      if (piece) line.push(text(piece));
      continue;
    }
    const i = index.get(piece);
    if (i === undefined) continue;
    const b = q.blanks[i]!;
    line.push(
      b.choices
        ? el('inline-choice-interaction', { 'response-identifier': respId(i), shuffle: 'false' }, b.choices.map((c, j) => el('inline-choice', { identifier: qtiId('c', String(j)) }, [text(c)])))
        : el('text-entry-interaction', { 'response-identifier': respId(i), 'expected-length': Math.max(...b.answers.map((a) => a.length)) + 2 }),
    );
  }
  return {
    declarations,
    body: [html('p', [text(plainText(q.prompt))]), html('p', line)],
    processing: [setScore(el('sum', {}, q.blanks.map((_, i) => el('map-response', { identifier: respId(i) }))))],
  };
}

/** Items on the left, targets on the right; each right pair is worth its share. */
function matchingParts(q: QuestionOf<'matching'>): Parts {
  const share = round(pointsOf(q) / q.items.length);
  const pair = (i: { id: string; match: string }) => `${qtiId('i', i.id)} ${qtiId('t', i.match)}`;
  return {
    declarations: [
      el('response-declaration', { identifier: 'RESPONSE', cardinality: 'multiple', 'base-type': 'directedPair' }, [
        el('correct-response', {}, q.items.map((i) => value(pair(i)))),
        el('mapping', { 'default-value': 0 }, q.items.map((i) => el('map-entry', { 'map-key': pair(i), 'mapped-value': share }))),
      ]),
    ],
    body: [
      el('match-interaction', { 'response-identifier': 'RESPONSE', shuffle: 'false', 'max-associations': q.items.length }, [
        prompt(q),
        el('simple-match-set', {}, q.items.map((i) => el('simple-associable-choice', { identifier: qtiId('i', i.id), 'match-max': 1 }, [text(plainText(i.text))]))),
        el('simple-match-set', {}, q.targets.map((t) => el('simple-associable-choice', { identifier: qtiId('t', t.id), 'match-max': q.items.length }, [text(plainText(t.text))]))),
      ]),
    ],
    processing: [setScore(el('map-response', { identifier: 'RESPONSE' }))],
  };
}

export interface ItemOptions {
  /** The words for true and false, in the article's language. */
  trueFalse: { true: string; false: string };
  /** The shared stimulus (QTI 3): its identifier and file, relative to the item. */
  stimulus?: { identifier: string; href: string; title: string };
}

/** One question as an assessment item (the root element). */
export function questionItem(article: Article, q: Question, options: ItemOptions): Node {
  const parts =
    q.type === 'single' || q.type === 'multiple'
      ? choiceParts(q)
      : q.type === 'true-false'
        ? trueFalseParts(q, options.trueFalse)
        : q.type === 'numeric'
          ? numericParts(q)
          : q.type === 'order'
            ? orderParts(q)
            : q.type === 'cloze'
              ? clozeParts(q)
              : matchingParts(q);
  const stimulus = options.stimulus ? [el('assessment-stimulus-ref', options.stimulus)] : [];
  return el('assessment-item', { identifier: qtiId('q', q.id), title: plainText(q.prompt).slice(0, 200), adaptive: 'false', 'time-dependent': 'false', 'xml:lang': article.lang ?? 'en' }, [
    ...parts.declarations,
    ...outcomes(q),
    ...stimulus,
    el('item-body', {}, parts.body),
    el('response-processing', {}, [...parts.processing, showFeedback]),
    ...feedback(q),
  ]);
}
