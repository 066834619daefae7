/** Deep links to the sentence of the article that supports a figure or answer. */

const encodeFragmentPart = (s: string) =>
  encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/**
 * The article URL with a text fragment (`#:~:text=`) that scrolls to and
 * highlights `quote`. Long quotes use the start,end form so the link stays short.
 */
export function textFragmentUrl(articleUrl: string, quote: string): string {
  const base = articleUrl.split('#')[0]!;
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  const directive =
    words.length <= 10
      ? encodeFragmentPart(words.join(' '))
      : `${encodeFragmentPart(words.slice(0, 5).join(' '))},${encodeFragmentPart(words.slice(-5).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}
