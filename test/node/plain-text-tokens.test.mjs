// Browsers load marked only when a widget's text has Markdown in it (src/render/lex.ts): text
// that `plainText` calls plain becomes one text token without marked. Those tokens must be the
// ones marked returns for the same text, or a page rendered on a server (with marked) would not
// match its take-over in the browser (without), and a reader would see other words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lexer } from 'marked';
import { lexBlockTokens, lexInlineTokens, plainText } from '../../dist/render/lex.js';

// This module never calls useMarked: every plain string below goes the way a browser without marked goes.
const written = [
  'Hello, world.',
  'R&D at AT&T; 3 = 3',
  'Preise stiegen um 3,5 % (Vorjahr: 2,1 %).',
  'Die Inflation lag bei 2,4 Prozent – so niedrig wie seit 2021 nicht.',
  'الأسعار ارتفعت ٣٫٥٪ في أيار',
  'המחירים עלו ב-3.5%',
  '東京の人口は1400万人です。',
  'Цены выросли на 3,5 %: «рекорд».',
  'a -- b; c/d = e + f (g) {h} #1 50% $5 "q" \'s\' ^ ? , ; :',
  'ends with space ',
  'two spaces  inside',
  'tab\tinside',
  'a:b http and www without the rest',
  'x.y.z 10.5 e.g. i.e.',
  '&amp; &lt;tag&gt; &nbsp; &unknown;',
  '2024 was the year',
  '2.4 million jobs, -3 % in May',
  '-3 % in May',
  '+5 points',
  '#1 exporter',
  'Well done! 3 > 2',
  '| a | table |',
  '  leading spaces',
  '1. a list',
  '- a list',
  '# a heading',
  '> a quote',
];

/** marked's tokens without its `escaped` flag on nested text (ours carry it on every text token). */
const same = (ours, theirs, what) => assert.deepEqual(JSON.parse(JSON.stringify(ours)), JSON.parse(JSON.stringify(theirs)), what);

function check(text) {
  if (plainText(text)) same(lexInlineTokens(text), Lexer.lexInline(text, { gfm: true }), `inline ${JSON.stringify(text)}`);
  if (plainText(text, true)) same(lexBlockTokens(text), Lexer.lex(text, { gfm: true }), `block ${JSON.stringify(text)}`);
}

test('text called plain gets the tokens marked gives it, inline and as a block', () => {
  for (const text of written) check(text);
});

test('plain text is most text: sentences in any script, with numbers, percents and ampersands', () => {
  const sentences = written.slice(0, written.indexOf('  leading spaces'));
  assert.deepEqual(sentences.filter((t) => !plainText(t)), []);
  assert.deepEqual(sentences.filter((t) => !plainText(t, true)), []);
});

test('Markdown of every kind the widgets render is not plain, so it waits for marked', () => {
  const markdown = ['**bold**', '*em*', '_em_', '`code`', '[a](https://example.org)', 'see https://example.org', 'www.example.org', 'mail me@example.org', 'a\\*b', 'line  \nbreak', '<b>raw</b>', '~~gone~~', '![img](x.png)', 'a\nb', '&#42;not em&#42;'];
  assert.deepEqual(markdown.filter((t) => plainText(t)), []);
  const blocks = ['1. a list', '2) a list', '- a list', '+ a list', '-', '# a heading', '###### a heading', '#', '> a quote', '    code', '=== x', '---', '- - -'];
  assert.deepEqual(blocks.filter((t) => plainText(t, true)), []);
});

test('random text over Markdown-prone characters: whatever is called plain, marked reads as plain too', () => {
  const alphabet = [...'abcXYZ019 .,;:!?-+#>|=()%$&\'"/*_`[]<>~@\\\n\t', 'www.', '://', 'é', 'ß', '٣', 'ש', '中', '&amp;', '&#42;', '&#x2A;', '1.', '1)', '12.', '2.4', '-3', '+5', '--', '---', '#', '##', '#######', '\u00a0', '\u2013'];
  let seed = 20261203;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let plain = 0;
  for (let n = 0; n < 20000; n++) {
    let text = '';
    const length = 1 + Math.floor(random() * 24);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
    if (plainText(text)) plain++;
    check(text);
  }
  // Enough of the samples were plain for the comparison to mean something.
  assert.ok(plain > 1000, `${plain} plain samples`);
});
