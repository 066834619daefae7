/** The front matter of a Recap Markdown file: YAML, read against the contract's shape, with each problem at its line. */
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode, type Document } from 'yaml';
import { articleSchema } from '../data/article-schema.js';
import type { Node as SchemaNode } from '../data/schema-kit.js';
import { pointer } from '../data/validate.js';
import { put, type Path, type Reader, type Rec } from './markdown-reader.js';

/** Fields a record has that the front matter must not write: each has its own place. */
const FRONT_MATTER_ELSEWHERE: Record<string, string> = {
  summary: 'under "# Summary"',
  figures: 'under "# Figures"',
  body: 'under "# Article"',
  schemaVersion: '',
};

export function readFrontMatter(r: Reader, yamlText: string, base: number): Rec {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, strict: true });
  for (const e of [...doc.errors, ...doc.warnings]) {
    const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    r.problem(base + (e.pos?.[0] ?? 0), `front matter: ${message}`);
  }
  if (doc.errors.length) {
    // The fields it holds are unknown now: "title is missing" would only be noise.
    for (const key of Object.keys(articleSchema.props)) if (!['summary', 'figures', 'body', 'quiz'].includes(key)) r.broken.push(pointer([key]));
    for (const key of ['title', 'intro', 'passPercent', 'shuffle', 'results']) r.broken.push(pointer(['quiz', key]));
    return {};
  }
  if (doc.contents === null) return {};
  if (!isMap(doc.contents)) {
    r.problem(base, 'the front matter must be a list of "key: value" lines');
    return {};
  }
  const value = yamlToValue(r, doc, yamlText, doc.contents, articleSchema, [], base);
  const out = (value ?? {}) as Rec;
  for (const key of Object.keys(FRONT_MATTER_ELSEWHERE)) {
    if (key === 'schemaVersion' || !(key in out)) continue;
    const at = r.places.get(pointer([key]));
    r.problems.push({ ...(at ?? { line: 1, column: 1 }), message: `"${key}" is written ${FRONT_MATTER_ELSEWHERE[key]}, not in the front matter` });
    delete out[key];
  }
  const quiz = out.quiz;
  if (quiz && typeof quiz === 'object' && 'questions' in quiz) {
    const at = r.places.get(pointer(['quiz', 'questions']));
    r.problems.push({ ...(at ?? { line: 1, column: 1 }), message: 'questions are written under "# Quiz", not in the front matter' });
    delete (quiz as Rec).questions;
  }
  return out;
}

function yamlToValue(r: Reader, doc: Document, yamlText: string, node: unknown, schema: SchemaNode | undefined, path: Path, base: number): unknown {
  if (isMap(node)) {
    const obj: Rec = {};
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String((keyNode as { toJSON?: () => unknown })?.toJSON?.() ?? keyNode);
      const range = (keyNode as { range?: [number, number, number] })?.range;
      if (range) r.place([...path, key], base + range[0]);
      const child = schema && schema.kind === 'object' ? schema.props[key] : undefined;
      put(obj, key, yamlToValue(r, doc, yamlText, pair.value, child, [...path, key], base));
    }
    return obj;
  }
  if (isSeq(node)) {
    const items = schema && schema.kind === 'array' ? schema.items : undefined;
    return node.items.map((item, i) => {
      const range = (item as { range?: [number, number, number] })?.range;
      if (range) r.place([...path, i], base + range[0]);
      return yamlToValue(r, doc, yamlText, item, items, [...path, i], base);
    });
  }
  if (isScalar(node)) {
    const v = node.value;
    const wantsText = schema && (schema.kind === 'string' || (schema.kind === 'enum' && schema.values.every((x) => typeof x === 'string')));
    // `title: 2025` or `lang: no` are text in a text field, whatever YAML makes of them.
    if (wantsText && typeof v !== 'string' && v !== null && node.type === 'PLAIN' && node.range) return yamlText.slice(node.range[0], node.range[1]);
    return v;
  }
  if (node === null || node === undefined) return null;
  return (node as { toJS: (d: Document) => unknown }).toJS(doc);
}
