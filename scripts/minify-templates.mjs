// A rollup plugin that shrinks the text inside Lit's html`` and css`` templates:
// whitespace runs with a line break become one space (HTML collapses them anyway),
// and CSS loses comments and the spaces around its punctuation.
// Only template text is touched; expressions inside ${} are left alone.

function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) yield* nodes(child);
    else if (value && typeof value.type === 'string') yield* nodes(value);
  }
}

export const minifyCss = (raw) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    // After a colon only declarations and media features have spaces: `color: red`, `(width: 40rem)`.
    .replace(/:\s+/g, ':')
    // A leading zero says nothing: `0.5em` is `.5em` (not in `10.5`).
    .replace(/(^|[^\w.])0\.(\d)/g, '$1.$2')
    .trim();

export const minifyHtml = (raw) => raw.replace(/\s*\n\s*/g, ' ');

// keepLines: the line breaks taken out of a template go into the code just after it (after the
// next `${`, or after the closing backtick), so every later line keeps its number and tsc's source
// maps stay right; the template text is exactly what it would be without the option.
export function minifyTemplates({ include = /[\\/]dist[\\/]/, keepLines = false } = {}) {
  return {
    name: 'recap-minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(html|css)\s*`/.test(code)) return null;
      const edits = [];
      for (const node of nodes(this.parse(code))) {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') continue;
        const tag = node.tag.name;
        if (tag !== 'html' && tag !== 'css') continue;
        const quasis = node.quasi.quasis;
        quasis.forEach((q, i) => {
          const raw = code.slice(q.start, q.end);
          // CSS minification is only safe for a whole template with no expressions.
          let min = tag === 'css' && quasis.length === 1 ? minifyCss(raw) : minifyHtml(raw);
          if (tag === 'html' && i === 0) min = min.replace(/^ /, '');
          if (tag === 'html' && i === quasis.length - 1) min = min.replace(/ $/, '');
          if (min === raw) return;
          edits.push([q.start, q.end, min]);
          const lines = raw.split('\n').length - min.split('\n').length;
          // After `${` or the closing backtick: JavaScript whitespace, not template text.
          if (keepLines && lines > 0) edits.push([q.end + (i === quasis.length - 1 ? 1 : 2), q.end + (i === quasis.length - 1 ? 1 : 2), '\n'.repeat(lines)]);
        });
      }
      if (!edits.length) return null;
      edits.sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [start, end, text] of edits) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
