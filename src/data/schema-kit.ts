/**
 * A tiny schema language. The article contract is written once in it
 * (article-schema.ts); the TypeScript types are inferred from that definition,
 * the validator walks it, and the JSON Schema is generated from it, so the three
 * cannot drift apart.
 */

/** Named string checks; each has a runtime test in validate.ts and a JSON Schema form. */
export type StringFormat = 'id' | 'https-url' | 'image-src' | 'iso-date' | 'language' | 'currency' | 'unit';

interface Described {
  optional?: true;
}

export interface StringNode extends Described {
  kind: 'string';
  min?: number;
  max: number;
  format?: StringFormat;
  /** Markdown flavour, for documentation and for the renderer's tests. */
  markdown?: 'inline' | 'block';
}
export interface NumberNode extends Described {
  kind: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
}
export interface BooleanNode extends Described {
  kind: 'boolean';
}
export interface EnumNode<V extends string | number = string | number> extends Described {
  kind: 'enum';
  values: readonly V[];
}
export interface ArrayNode<I extends Node = Node> extends Described {
  kind: 'array';
  items: I;
  min?: number;
  max?: number;
}
export type Props = Record<string, Node>;
export interface ObjectNode<P extends Props = Props> extends Described {
  kind: 'object';
  props: P;
  /** Allows a `$schema` key (top level only, for editor autocompletion). */
  allowSchemaKey?: boolean;
}
export interface VariantNode<V extends Record<string, ObjectNode> = Record<string, ObjectNode>>
  extends Described {
  kind: 'variant';
  /** The discriminating key; always `type` in this contract. */
  key: 'type';
  variants: V;
}
export type Node = StringNode | NumberNode | BooleanNode | EnumNode | ArrayNode | ObjectNode | VariantNode;

/**
 * A character a reader can see (a regular expression class): not white space, a zero-width
 * character, a direction mark or a soft hyphen. Every text field without a format must hold one.
 */
export const VISIBLE_CHARACTER = '[^\\s\\u00ad\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\ufeff]';

/** Default upper bound for any string, from the contract. */
export const DEFAULT_MAX_STRING = 5000;

type StringOpts = Omit<StringNode, 'kind' | 'max' | 'optional'> & { max?: number };
export const string = (opts: StringOpts = {}): StringNode => ({
  kind: 'string',
  max: DEFAULT_MAX_STRING,
  ...opts,
});
export const number = (opts: Omit<NumberNode, 'kind' | 'optional'> = {}): NumberNode => ({
  kind: 'number',
  ...opts,
});
export const boolean = (opts: Omit<BooleanNode, 'kind' | 'optional'> = {}): BooleanNode => ({
  kind: 'boolean',
  ...opts,
});
export const oneOf = <const V extends string | number>(
  values: readonly V[],
  opts: Omit<EnumNode, 'kind' | 'values' | 'optional'> = {},
): EnumNode<V> => ({ kind: 'enum', values, ...opts });
export const array = <I extends Node>(
  items: I,
  opts: Omit<ArrayNode, 'kind' | 'items' | 'optional'> = {},
): ArrayNode<I> => ({ kind: 'array', items, ...opts });
export const object = <P extends Props>(
  props: P,
  opts: Omit<ObjectNode, 'kind' | 'props' | 'optional'> = {},
): ObjectNode<P> => ({ kind: 'object', props, ...opts });
export const variant = <V extends Record<string, ObjectNode>>(
  variants: V,
  opts: Omit<VariantNode, 'kind' | 'key' | 'variants' | 'optional'> = {},
): VariantNode<V> => ({ kind: 'variant', key: 'type', variants, ...opts });

/** Marks a property as not required. */
export const optional = <N extends Node>(node: N): N & { optional: true } => ({ ...node, optional: true });

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<P> = { [K in keyof P]: P[K] extends { optional: true } ? K : never }[keyof P];
type RequiredKeys<P> = Exclude<keyof P, OptionalKeys<P>>;
type InferProps<P extends Props> = Simplify<
  { readonly [K in RequiredKeys<P>]: Infer<P[K]> } & { readonly [K in OptionalKeys<P>]?: Infer<P[K]> }
>;

/** The TypeScript type a schema node accepts. */
export type Infer<N> = N extends StringNode
  ? string
  : N extends NumberNode
    ? number
    : N extends BooleanNode
      ? boolean
      : N extends EnumNode<infer V>
        ? V
        : N extends ArrayNode<infer I>
          ? readonly Infer<I>[]
          : N extends VariantNode<infer V>
            ? { [T in keyof V & string]: Simplify<{ readonly type: T } & InferProps<V[T]['props']>> }[keyof V & string]
            : N extends ObjectNode<infer P>
              ? InferProps<P>
              : never;
