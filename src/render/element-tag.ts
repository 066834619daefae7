/**
 * The tag a custom element class was defined with, for a lit/static-html template, so a
 * composite renders its children under the tags the page registered them as. Only a name
 * the registry accepted (a valid custom element name), or the given default, becomes markup.
 */
import { unsafeStatic, type StaticValue } from 'lit/static-html.js';

export const definedTag = (element: CustomElementConstructor, fallback: string): StaticValue =>
  unsafeStatic(globalThis.customElements?.getName?.(element) ?? fallback);
