/**
 * The tag a custom element class was defined with, for a lit/static-html template, so a
 * composite renders its children under the tags the page registered them as.
 */
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

const statics = new Map<string, StaticValue>();

export function definedTag(element: CustomElementConstructor, fallback: string): StaticValue {
  const defined = globalThis.customElements?.getName?.(element);
  // Only a custom element name (the registry accepted it, or it is our own) ever becomes markup.
  const name = defined && /^[a-z][a-z0-9._-]*-[a-z0-9._-]*$/.test(defined) ? defined : fallback;
  let tag = statics.get(name);
  if (!tag) statics.set(name, (tag = unsafeStatic(name)));
  return tag;
}
