/**
 * Where JSON text stops being JSON, and why in words a person can act on.
 * Engines word JSON.parse errors differently and some give no position at
 * all, so after JSON.parse has failed this scanner walks the text once to
 * find the first offending character.
 */

export interface JsonSyntaxError {
  line: number;
  column: number;
  /** What is wrong, with a hint for the usual causes (comments, trailing commas, single quotes). */
  message: string;
  /** The offending line and a caret under the column, for consoles and terminals. */
  excerpt: string;
}

class Stop {
  constructor(
    readonly at: number,
    readonly why: string,
  ) {}
}

/** Scans `text` as JSON; returns the first error, or undefined when it is valid. */
export function findJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (why: string): never => {
    throw new Stop(i, why);
  };
  const unexpected = (expected: string): void => {
    if (i >= text.length) fail(`the JSON ends early (expected ${expected}): a closing } or ] may be missing, or the text was cut off`);
    const c = text[i]!;
    if (text.startsWith('//', i) || text.startsWith('/*', i))
      fail('comments are not allowed in JSON; remove the // or /* */ comment');
    if (c === "'") fail('strings and keys need double quotes (") in JSON, not single quotes');
    if ((c === '}' || c === ']') && /,\s*$/.test(text.slice(0, i)))
      fail(`a comma before ${c} is not allowed in JSON; remove the trailing comma`);
    fail(`expected ${expected}, found ${JSON.stringify(c)}`);
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fail('a string is not closed: a " is missing');
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c === '\n' || c === '\r') fail('a string is not closed before the end of the line: a " is missing (or write \\n)');
      if (c < ' ') fail('a control character inside a string must be escaped (\\t, \\n)');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail(`\\${e ?? ''} is not an escape JSON knows`);
        }
      } else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > 512) fail('the JSON is nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') {
          if (/[A-Za-z_$]/.test(text[i] ?? '')) fail('keys need double quotes in JSON ("key": value)');
          unexpected('a key in double quotes');
        }
        string();
        ws();
        if (text[i] !== ':') unexpected('":" after the key');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') return void i++;
        unexpected('"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') return void i++;
        unexpected('"," or "]"');
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal && !/[\w.]/.test(text[i + literal[0].length] ?? '')) return void (i += literal[0].length);
    if (/^(?:NaN|-?Infinity|undefined)\b/.test(text.slice(i, i + 10))) fail('NaN, Infinity and undefined are not JSON values; write a number or null');
    unexpected('a value');
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value(0);
    ws();
    if (i < text.length) unexpected('the end of the JSON');
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return locate(text, error.at, error.why);
  }
}

function locate(text: string, at: number, why: string): JsonSyntaxError {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const column = at - lineStart + 1;
  const end = text.indexOf('\n', at);
  const source = text.slice(lineStart, end === -1 ? undefined : end).replace(/\r$/, '');
  // Long minified lines: show the 60 characters either side of the caret.
  const from = Math.max(0, column - 1 - 60);
  const shown = (from > 0 ? '…' : '') + source.slice(from, column - 1 + 60).replace(/\t/g, ' ');
  const caret = ' '.repeat(column - 1 - from + (from > 0 ? 1 : 0)) + '^';
  const gutter = String(line);
  return {
    line,
    column,
    message: why,
    excerpt: `${gutter} | ${shown}\n${' '.repeat(gutter.length)} | ${caret}`,
  };
}
