/**
 * Article data inside an HTML `<script>` element. The HTML parser ends the element at
 * "</script" and treats "<!--" specially, whatever JSON thinks; every "<" (and ">", "&", and the
 * line separators U+2028/U+2029 that JavaScript once refused) is written as a \u escape, which
 * JSON reads back as the same character, so no text in the data can end or change the script.
 */

/** JSON that is safe inside an HTML `<script>` element. */
export const scriptSafeJson = (value: unknown, space?: number): string =>
  JSON.stringify(value, null, space).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The inline `<script type="application/json">` child the elements read. */
export const jsonScript = (data: unknown): string => `<script type="application/json">${scriptSafeJson(data)}</script>`;

/** Text as the value of a double-quoted HTML attribute. */
export const attributeValue = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
