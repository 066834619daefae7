/**
 * The article as the author has it: the contract's shape (src/data/article-schema.ts), with
 * every field optional and every number also allowed as the text being typed, so a draft
 * can be incomplete or wrong while it is edited. The enums and limits the form offers come
 * from the same schema, never repeated here. Immutable updates at a path. No DOM.
 */
import type { ArrayNode, BooleanNode, EnumNode, Node, NumberNode, ObjectNode, StringNode, VariantNode } from '../data/schema-kit.js';
import { articleSchema, figureSchema, numberFormatSchema, questionSchema, quizSchema } from '../data/article-schema.js';

type LooseProps<P extends Record<string, Node>> = { -readonly [K in keyof P]?: Loose<P[K]> };

/** What a schema node can hold while the author is still typing it. */
export type Loose<N> = N extends StringNode
  ? string
  : N extends NumberNode
    ? number | string
    : N extends BooleanNode
      ? boolean
      : N extends EnumNode<infer V>
        ? V
        : N extends ArrayNode<infer I>
          ? Loose<I>[]
          : N extends VariantNode<infer V>
            ? { [T in keyof V & string]: { type: T } & LooseProps<V[T]['props']> }[keyof V & string]
            : N extends ObjectNode<infer P>
              ? LooseProps<P>
              : never;

export type Draft = Loose<typeof articleSchema> & { $schema?: string };
export type DraftFigure = Loose<typeof figureSchema>;
export type DraftFormat = Loose<typeof numberFormatSchema>;
export type DraftQuiz = Loose<typeof quizSchema>;
export type DraftQuestion = Loose<typeof questionSchema>;
export type Path = readonly (string | number)[];

// ---- the contract's choices and limits, as the form offers them ----

export const QUESTION_TYPES = Object.keys(questionSchema.variants) as (keyof typeof questionSchema.variants)[];
export const QUALIFIERS = figureSchema.props.qualifier.values;
export const STYLES = numberFormatSchema.props.style.values;
export const CLAIM_STATUSES = figureSchema.props.claim.props.status.values;
export const SHUFFLES = quizSchema.props.shuffle.values;
export const MAX_CHOICES = questionSchema.variants.single.props.choices.max!;
export const MAX_ITEMS = questionSchema.variants.order.props.items.max!;
export const MAX_POINTS = articleSchema.props.summary.props.points.max!;
export const MAX_FIGURES = articleSchema.props.figures.max!;
export const MAX_QUESTIONS = quizSchema.props.questions.max!;
export const MAX_RESULTS = quizSchema.props.results.max!;
export const MAX_QUESTION_POINTS = questionSchema.variants.single.props.points.max!;

// ---- immutable updates ----

type Bag = Record<string | number, unknown>;

/** A copy of `obj` with `value` at `path`; copies only the objects along the path. `undefined` deletes the key. */
export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const isArray = Array.isArray(obj);
  const base = (isArray ? [...(obj as unknown[])] : { ...(obj as Bag | undefined) }) as Bag;
  const next = setIn(base[head], rest, value);
  if (next === undefined && !isArray) delete base[head];
  else base[head] = next;
  return base as T;
}

/** The value at `path`, or undefined. */
export function getIn(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Bag)[key];
  }
  return cur;
}

/** The array at `path`, or an empty one. */
export function listAt<T = unknown>(obj: unknown, path: Path): T[] {
  const v = getIn(obj, path);
  return Array.isArray(v) ? (v as T[]) : [];
}

/** A copy of the array at `path` with item `from` moved to `to`. */
export function moveIn<T>(obj: T, path: Path, from: number, to: number): T {
  const list = [...listAt(obj, path)];
  if (to < 0 || to >= list.length || from < 0 || from >= list.length) return obj;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return setIn(obj, path, list);
}

/** A copy of the array at `path` without item `index`. */
export function removeIn<T>(obj: T, path: Path, index: number): T {
  const list = [...listAt(obj, path)];
  list.splice(index, 1);
  return setIn(obj, path, list);
}

/** A copy of the array at `path` with `item` at the end (or at `index`). */
export function insertIn<T>(obj: T, path: Path, item: unknown, index?: number): T {
  const list = [...listAt(obj, path)];
  list.splice(index ?? list.length, 0, item);
  return setIn(obj, path, list);
}
