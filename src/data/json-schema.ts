/**
 * Generates the published JSON Schema (draft 2020-12) from the same schema
 * definition the validator walks, so editors and CI tools see the contract
 * the library enforces. Cross-field rules (unique ids, references, quotes in
 * the body) cannot be expressed in JSON Schema; they are described in text.
 */
import { articleSchema } from './article-schema.js';
import { VISIBLE_CHARACTER, type Node, type ObjectNode, type StringFormat } from './schema-kit.js';
import { SCHEMA_DOCS } from './schema-docs.js';

type JsonSchema = Record<string, unknown>;

const FORMAT_SCHEMA: Record<StringFormat, JsonSchema> = {
  id: { pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
  'https-url': { format: 'uri', pattern: '^https://' },
  'image-src': { pattern: '^(https://|(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!//))[^\\s\\\\]+$' },
  'iso-date': {
    pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$',
  },
  language: { pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$' },
  currency: { pattern: '^[A-Z]{3}$' },
  unit: { pattern: '^[a-z]+(-[a-z]+)*$' },
};

function convert(node: Node, path = ''): JsonSchema {
  const doc = SCHEMA_DOCS[path];
  const base: JsonSchema = doc ? { description: doc } : {};
  switch (node.kind) {
    case 'string':
      return {
        ...base,
        type: 'string',
        ...(node.min !== undefined ? { minLength: node.min } : {}),
        maxLength: node.max,
        ...(node.format ? FORMAT_SCHEMA[node.format] : { pattern: VISIBLE_CHARACTER }),
        ...(node.markdown ? { contentMediaType: 'text/markdown' } : {}),
      };
    case 'number':
      return {
        ...base,
        type: node.integer ? 'integer' : 'number',
        ...(node.min !== undefined ? { minimum: node.min } : {}),
        ...(node.max !== undefined ? { maximum: node.max } : {}),
      };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'enum':
      return node.values.length === 1 ? { ...base, const: node.values[0] } : { ...base, enum: [...node.values] };
    case 'array':
      return {
        ...base,
        type: 'array',
        items: convert(node.items, path + '[]'),
        ...(node.min !== undefined ? { minItems: node.min } : {}),
        ...(node.max !== undefined ? { maxItems: node.max } : {}),
      };
    case 'object':
      return { ...base, ...convertObject(node, {}, path) };
    case 'variant':
      return {
        ...base,
        type: 'object',
        required: [node.key],
        properties: { [node.key]: { enum: Object.keys(node.variants) } },
        oneOf: Object.entries(node.variants).map(([type, v]) => convertObject(v, { [node.key]: { const: type } }, path)),
      };
  }
}

function convertObject(node: ObjectNode, extra: Record<string, JsonSchema> = {}, path = ''): JsonSchema {
  const properties: Record<string, JsonSchema> = { ...extra };
  const required: string[] = Object.keys(extra);
  if (node.allowSchemaKey) properties.$schema = { type: 'string' };
  for (const [key, child] of Object.entries(node.props)) {
    properties[key] = convert(child, path ? `${path}.${key}` : key);
    if (!child.optional) required.push(key);
  }
  return {
    type: 'object',
    properties,
    required,
    patternProperties: { '^x-': {} },
    additionalProperties: false,
  };
}

/** The article contract as a JSON Schema 2020-12 document. */
export function articleJsonSchema(id = 'https://unpkg.com/recap-widgets/dist/article.schema.json'): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Recap article data (schemaVersion 2)',
    ...convert(articleSchema, ''),
    // A record needs a summary, a quiz, or both.
    anyOf: [{ required: ['summary'] }, { required: ['quiz'] }],
    $comment:
      'Also enforced by validateArticle and not expressible here: ids unique in their list; answer/answers/figure refer to existing ids; ' +
      'answers has no repeats; a numeric answer equals its figure within tolerance; a cloze text writes each of its blanks once as {{id}}, and a blank\'s answers are among its choices; ' +
      'a matching item\'s match is a target id, and no two items share a target unless reuseTargets; results have distinct minPercent and one at 0; ' +
      'updated is not before published; unit/currency present for their styles; minimumFractionDigits not above maximumFractionDigits; ' +
      'a percent written as the article writes it (schemaVersion 1 records with a percent are refused); evidence quotes occur in body; lang names a language ' +
      'Intl.DisplayNames knows (the pattern here only checks its shape); at most 1 MB of JSON.',
  };
}
