/**
 * Article data as the inline `<script type="application/json">` child the elements read.
 * `<` is written as \u003c (still the same JSON), so no text in the data can close the script
 * (`</script>`) or open a comment (`<!--`) that would swallow the rest of the page.
 */
export const jsonScript = (data: unknown): string =>
  `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
