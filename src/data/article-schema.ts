/**
 * The article data contract (schemaVersion 2, which also reads 1), written once. Field
 * names, types and limits follow docs/article-data.md exactly. Rules that span fields
 * (unique ids, references, quotes in the body, percents written the schemaVersion 1 way)
 * live in check.ts. The prose for the published JSON Schema lives in schema-docs.ts, so
 * the validator does not carry it.
 */
import { array, boolean, number, object, oneOf, optional, string, variant } from './schema-kit.js';

/** The versions a record may declare: 2 is current; 1 differs only in how a percent is written (a fraction). */
export const SCHEMA_VERSIONS = [1, 2] as const;
/** What new records declare. */
export const SCHEMA_VERSION = 2;

const id = () => string({ format: 'id', min: 1, max: 64 });
const inlineMd = () => string({ markdown: 'inline' });
const blockMd = (max?: number) => string({ markdown: 'block', ...(max ? { max } : {}) });
const isoDate = () => string({ format: 'iso-date', max: 40 });

export const numberFormatSchema = object({
  style: optional(oneOf(['decimal', 'percent', 'unit', 'currency'])),
  unit: optional(string({ format: 'unit', max: 80 })),
  currency: optional(string({ format: 'currency', max: 3 })),
  notation: optional(oneOf(['standard', 'compact'])),
  minimumFractionDigits: optional(number({ min: 0, max: 6, integer: true })),
  maximumFractionDigits: optional(number({ min: 0, max: 6, integer: true })),
});

export const evidenceSchema = object({ quote: string({ min: 8, max: 600 }) });

export const figureSchema = object({
  id: id(),
  value: number(),
  label: inlineMd(),
  qualifier: optional(oneOf(['exact', 'approximately', 'at-least', 'more-than', 'up-to', 'less-than'])),
  format: optional(numberFormatSchema),
  claim: optional(object({ by: string(), status: oneOf(['reported', 'claimed', 'disputed', 'confirmed']), note: optional(inlineMd()) })),
  asOf: optional(isoDate()),
  evidence: optional(evidenceSchema),
});

/** What a reader types or picks in a blank: plain text, short. */
const answerText = () => string({ max: 200 });

const choiceSchema = object({ id: id(), text: inlineMd(), feedback: optional(inlineMd()) });

/** Fields every question has, whatever its type. */
const questionCommon = {
  id: id(),
  prompt: inlineMd(),
  explanation: optional(blockMd()),
  evidence: optional(evidenceSchema),
  points: optional(number({ min: 1, max: 100, integer: true })),
  figure: optional(id()),
};

export const questionSchema = variant({
  single: object({ ...questionCommon, choices: array(choiceSchema, { min: 2, max: 8 }), answer: id() }),
  multiple: object({ ...questionCommon, choices: array(choiceSchema, { min: 2, max: 8 }), answers: array(id(), { min: 1 }) }),
  'true-false': object({ ...questionCommon, answer: boolean() }),
  numeric: object({ ...questionCommon, answer: number(), tolerance: optional(number({ min: 0 })), format: optional(numberFormatSchema) }),
  order: object({ ...questionCommon, items: array(object({ id: id(), text: inlineMd() }), { min: 2, max: 8 }) }),
  cloze: object({
    ...questionCommon,
    text: inlineMd(),
    blanks: array(object({ id: id(), answers: array(answerText(), { min: 1, max: 10 }), choices: optional(array(answerText(), { min: 2, max: 8 })) }), { min: 1, max: 20 }),
    caseSensitive: optional(boolean()),
    ignoreAccents: optional(boolean()),
  }),
  matching: object({
    ...questionCommon,
    items: array(object({ id: id(), text: inlineMd(), match: id() }), { min: 2, max: 10 }),
    targets: array(object({ id: id(), text: inlineMd() }), { min: 2, max: 12 }),
    reuseTargets: optional(boolean()),
  }),
});

export const quizSchema = object({
  title: optional(string()),
  intro: optional(inlineMd()),
  passPercent: optional(number({ min: 0, max: 100 })),
  shuffle: optional(oneOf(['none', 'choices', 'questions', 'both'])),
  results: optional(array(object({ minPercent: number({ min: 0, max: 100 }), text: inlineMd() }), { min: 1, max: 10 })),
  questions: array(questionSchema, { min: 1, max: 100 }),
});

/**
 * The record without its quiz: what every widget checks. The quiz part (quizSchema and its rules
 * in check-quiz.ts) is checked where a quiz can be shown, so summary- and figures-only bundles do
 * not carry it.
 */
export const recordSchema = object(
  {
    schemaVersion: oneOf(SCHEMA_VERSIONS),
    id: id(),
    title: string({ max: 300 }),
    dek: optional(inlineMd()),
    url: optional(string({ format: 'https-url' })),
    source: optional(object({ name: string(), url: optional(string({ format: 'https-url' })) })),
    byline: optional(string()),
    published: optional(isoDate()),
    updated: optional(isoDate()),
    lang: optional(string({ format: 'language', max: 35 })),
    image: optional(object({ src: string({ format: 'image-src' }), alt: string(), credit: optional(string()) })),
    body: optional(blockMd(200_000)),
    // Optional in the schema; validate.ts requires it unless a quiz is present.
    summary: optional(
      object({
        points: array(inlineMd(), { min: 1, max: 12 }),
        takeaway: optional(inlineMd()),
        disclosure: optional(inlineMd()),
      }),
    ),
    figures: optional(array(figureSchema, { min: 0, max: 24 })),
  },
  { allowSchemaKey: true },
);

/** The whole record. */
export const articleSchema = object({ ...recordSchema.props, quiz: optional(quizSchema) }, { allowSchemaKey: true });
