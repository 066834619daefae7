/**
 * The article data contract (schemaVersion 1), written once. Field names, types
 * and limits follow ../shared/design/article-data.md exactly. Rules that span
 * fields (unique ids, references, quotes in the body) live in validate.ts.
 */
import { array, boolean, number, object, oneOf, optional, string, variant } from './schema-kit.js';

const id = (description = 'Identifier: 1-64 characters of a-z, 0-9 and -, starting with a letter or digit.') =>
  string({ format: 'id', min: 1, max: 64, description });
const inlineMd = (description?: string) => string({ markdown: 'inline', ...(description ? { description } : {}) });
const blockMd = (description?: string, max?: number) =>
  string({ markdown: 'block', ...(description ? { description } : {}), ...(max ? { max } : {}) });
const isoDate = (description: string) => string({ format: 'iso-date', max: 40, description });

export const numberFormatSchema = object(
  {
    style: optional(oneOf(['decimal', 'percent', 'unit', 'currency'])),
    unit: optional(string({ format: 'unit', max: 80, description: 'A unit Intl.NumberFormat accepts, e.g. "kilometer" or "kilometer-per-hour".' })),
    currency: optional(string({ format: 'currency', max: 3, description: 'ISO 4217 currency code, e.g. "EUR".' })),
    notation: optional(oneOf(['standard', 'compact'])),
    maximumFractionDigits: optional(number({ min: 0, max: 6, integer: true })),
  },
  { description: 'Handed to Intl.NumberFormat; unit is required with style "unit", currency with "currency".' },
);

export const evidenceSchema = object(
  {
    quote: string({
      min: 8,
      max: 600,
      description: 'An exact excerpt of the article body (compared with whitespace collapsed).',
    }),
  },
  { description: 'The sentence of the article that supports a figure or an answer.' },
);

export const figureSchema = object({
  id: id(),
  value: number({ description: 'The number itself, never a string.' }),
  label: inlineMd('What is counted, e.g. "Russian warplanes hit".'),
  qualifier: optional(oneOf(['exact', 'approximately', 'at-least', 'more-than', 'up-to', 'less-than'], { description: 'Defaults to "exact".' })),
  format: optional(numberFormatSchema),
  claim: optional(
    object(
      {
        by: string({ description: 'Who says so.' }),
        status: oneOf(['reported', 'claimed', 'disputed', 'confirmed']),
        note: optional(inlineMd()),
      },
      { description: 'Who says so and how far it is established.' },
    ),
  ),
  asOf: optional(isoDate('When the figure was true or reported.')),
  evidence: optional(evidenceSchema),
});

const choiceSchema = object({ id: id(), text: inlineMd(), feedback: optional(inlineMd()) });

/** Fields every question has, whatever its type. */
const questionCommon = {
  id: id(),
  prompt: inlineMd('The question.'),
  explanation: optional(blockMd('Why the answer is right.')),
  evidence: optional(evidenceSchema),
  points: optional(number({ min: 1, max: 100, integer: true, description: 'Defaults to 1.' })),
  figure: optional(id('The id of the figure this question is about.')),
};

export const questionSchema = variant({
  single: object({
    ...questionCommon,
    choices: array(choiceSchema, { min: 2, max: 8 }),
    answer: id('The id of the right choice.'),
  }),
  multiple: object({
    ...questionCommon,
    choices: array(choiceSchema, { min: 2, max: 8 }),
    answers: array(id(), { min: 1, description: 'The ids of every right choice; the reader must pick exactly these.' }),
  }),
  'true-false': object({ ...questionCommon, answer: boolean() }),
  numeric: object({
    ...questionCommon,
    answer: number(),
    tolerance: optional(number({ min: 0, description: 'Defaults to 0.' })),
    format: optional(numberFormatSchema),
  }),
  order: object({
    ...questionCommon,
    items: array(object({ id: id(), text: inlineMd() }), {
      min: 2,
      max: 8,
      description: 'Listed in the correct order.',
    }),
  }),
});

export const quizSchema = object({
  title: optional(string()),
  intro: optional(inlineMd()),
  passPercent: optional(number({ min: 0, max: 100, description: 'Score needed to pass; no pass/fail shown when absent.' })),
  shuffle: optional(oneOf(['none', 'choices', 'questions', 'both'], { description: 'Defaults to "none".' })),
  results: optional(
    array(object({ minPercent: number({ min: 0, max: 100 }), text: inlineMd() }), {
      min: 1,
      max: 10,
      description: 'Closing message by score band; one band must start at 0.',
    }),
  ),
  questions: array(questionSchema, { min: 1, max: 100 }),
});

export const articleSchema = object(
  {
    schemaVersion: oneOf([1], { description: 'Version of the data contract.' }),
    id: id('Stable identifier; keys saved quiz progress.'),
    title: string({ max: 300, description: 'Headline, plain text.' }),
    dek: optional(inlineMd('Standfirst / subtitle.')),
    url: optional(string({ format: 'https-url', description: 'Canonical article address.' })),
    source: optional(object({ name: string(), url: optional(string({ format: 'https-url' })) })),
    byline: optional(string({ description: 'Author(s).' })),
    published: optional(isoDate('ISO 8601 date or date-time.')),
    updated: optional(isoDate('ISO 8601 date or date-time; not before published.')),
    lang: optional(string({ format: 'bcp47', max: 35, description: 'BCP 47 language tag of the content.' })),
    image: optional(
      object({
        src: string({ format: 'image-src', description: 'An https URL or a path relative to the page.' }),
        alt: string(),
        credit: optional(string()),
      }),
    ),
    body: optional(blockMd('The article text; every evidence quote must occur in it.', 200_000)),
    summary: object({
      points: array(inlineMd(), { min: 1, max: 12, description: 'Key points, in reading order.' }),
      takeaway: optional(inlineMd('One-sentence bottom line.')),
      disclosure: optional(inlineMd('How the summary was made.')),
    }),
    figures: optional(array(figureSchema, { min: 0, max: 24 })),
    quiz: optional(quizSchema),
  },
  { allowSchemaKey: true, description: 'One article\'s typed data, from which Recap renders its widgets.' },
);
