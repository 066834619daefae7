/**
 * The blanks of a cloze question's text, with no DOM: each blank is written `{{blank-id}}` where
 * the reader fills it in, and a backslash before the braces (`\{{`) keeps them as text. Used by
 * the checks, the quiz, the exports and Recap Markdown alike, so all read the text the same way.
 */

/** One `{{…}}` in the text: what it names and where it stands. */
export interface BlankMark {
  id: string;
  start: number;
  end: number;
}

/** The blank marks of a text, in order, and where a `{{` that never closes stands. */
export function scanCloze(text: string): { marks: BlankMark[]; unclosed?: number } {
  const marks: BlankMark[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    // In "{{{id}}}" the first brace is text.
    else if (text.startsWith('{{', i) && text[i + 2] !== '{') {
      const close = text.indexOf('}}', i + 2);
      const inner = close < 0 ? '' : text.slice(i + 2, close);
      if (close < 0 || /[{}\n]/.test(inner)) return { marks, unclosed: i };
      marks.push({ id: inner.trim(), start: i, end: close + 2 });
      i = close + 1;
    }
  }
  return { marks };
}
