/**
 * fast-check arbitraries for valid article records, built to stress Recap Markdown: every
 * question type, Markdown and awkward characters in every text field, right-to-left text,
 * numbers like 0.1 + 0.2, 1e21 and -0, extension keys at every level.
 */
import fc from 'fast-check';
import type { Article } from '../../src/data/types.js';
import { VISIBLE_CHARACTER } from '../../src/data/schema-kit.js';

/** Pieces that mean something in Markdown, in Recap Markdown, in YAML or in JSON. */
const awkward = fc.constantFrom(
  '**bold**', '*em*', '_em_', '`code`', '[link](https://example.com/a_(b))', '<b>raw</b>', '&amp;', '\\', '\\*',
  'שלום עולם', 'مرحبا بالعالم', '\u202Eevil\u202C', '\u200F', 'Київ', '日本語', '👩🏽‍🔬',
  '\n', '\n\n', ' ', '  ', '\t', '\r\n', '\r', '\u00a0',
  '{#id}', '{x}', '{', '}', '{multiple}', '# ', '## ', '> ', '>', '- ', '* ', '+ ', '- [x] ', '- [ ] ', '[x] ', '1. ', '2) ',
  '= ', '= 41', '=', 'Takeaway: ', 'Disclosure: ', 'Feedback: ', 'Claim: ', 'Claim note: ', '(reported)', '(x)',
  '"', "'", '`"x"`', '`', '```', '~~~', '---', '...', '| a | b |', ':', ': ', '#', ' #', 'key: value', '- - -', '    code',
  '%', '@', '!', '?', 'null', 'true', '-0', '1e21', '0x10', 'yes', 'no', '~',
);

export const awkwardText = (minLength = 0, maxLength = 12): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof({ weight: 3, arbitrary: awkward }, { weight: 2, arbitrary: fc.string({ maxLength: 8, unit: 'grapheme' }) }, fc.string({ maxLength: 6, unit: 'binary' })), { maxLength })
    .map((parts) => parts.join(''))
    .filter((s) => s.length >= minLength && s.length <= 5000);

/** The contract's text fields hold something a reader can see (white space alone is refused). */
const visible = (s: string) => new RegExp(VISIBLE_CHARACTER).test(s);

/** Mostly ordinary text, sometimes awkward: keeps runs readable while still covering the edges. */
const text = fc.oneof({ weight: 2, arbitrary: fc.constantFrom('Plain words.', 'A **bold** claim', 'Voilà, *déjà vu*', 'مرحبا **بالعالم**', 'שלום') }, { weight: 3, arbitrary: awkwardText().filter(visible) });

export const awkwardNumber = fc.oneof(
  fc.constantFrom(0.1 + 0.2, 1e21, -0, 0, 5e-324, -1.5, 4300, 1.7976931348623157e308, 123456789012345680000),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

const extensionKey = fc.oneof(fc.constantFrom('x-a', 'x-lms-id', 'x-'), fc.string({ maxLength: 6 }).map((s) => 'x-' + s));
const jsonValue = fc.jsonValue({ maxDepth: 2 });
const ext = fc.option(fc.dictionary(extensionKey, jsonValue, { maxKeys: 2 }), { nil: undefined, freq: 3 });

const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
/** An object with its extension keys added after its own. */
const withExt = <T extends object>(o: T, e: Record<string, unknown> | undefined): T => (e ? { ...o, ...e } : o);

const idChars = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** A contract id: a-z, 0-9 and -, starting with a letter or digit. */
const anyId = fc
  .tuple(fc.constantFrom(...idChars), fc.string({ unit: fc.constantFrom(...idChars, '-'), maxLength: 12 }))
  .map(([a, b]) => a + b);
const idOf = (fallback: string) => fc.oneof(fc.constant(fallback), anyId);
const some = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const numberFormat = fc.tuple(
  fc.oneof(
    fc.constant({}),
    fc.record({ style: fc.constant('decimal'), maximumFractionDigits: fc.integer({ min: 0, max: 6 }) }),
    fc.record({ style: fc.constant('unit'), unit: fc.constantFrom('kilometer', 'day', 'kilometer-per-hour', 'percent') }),
    fc.record({ style: fc.constant('currency'), currency: fc.constantFrom('EUR', 'UAH', 'JPY') }),
    fc.record({ style: fc.constant('currency'), currency: fc.constant('EUR'), minimumFractionDigits: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ style: fc.constant('percent'), maximumFractionDigits: fc.integer({ min: 0, max: 6 }) }),
    fc.record({ notation: fc.constantFrom('compact', 'standard') }),
    fc.record({ unit: fc.constant('day') }),
  ),
  ext,
).map(([f, e]) => withExt(f, e));

const quote = awkwardText(8, 10).filter((q) => q.length >= 8 && q.length <= 600 && visible(q));

const figure = (i: number) =>
  fc
    .record({
      id: idOf(`f${i + 1}`),
      value: awkwardNumber,
      label: text,
      qualifier: some(fc.constantFrom('exact', 'approximately', 'at-least', 'more-than', 'up-to', 'less-than')),
      format: some(numberFormat),
      claim: some(fc.tuple(fc.record({ by: text, status: fc.constantFrom('reported', 'claimed', 'disputed', 'confirmed'), note: some(text) }), ext).map(([c, e]) => withExt(strip(c), e))),
      asOf: some(fc.constantFrom('2025-06-01', '2024-02-29T12:00:00Z')),
      evidence: some(fc.tuple(quote, ext).map(([q, e]) => withExt({ quote: q }, e))),
      e: ext,
    })
    .map(({ e, ...f }) => withExt(strip(f), e));

const choices = fc
  .array(fc.tuple(text, some(text), fc.boolean(), ext), { minLength: 2, maxLength: 8 })
  .map((cs) => cs.map(([t, feedback, namedId, e], j) => withExt(strip({ id: namedId ? `c${j}-x` : String.fromCharCode(97 + j), text: t, feedback }), e)));

/** A blank's answer or choice: short text a reader types, awkward at times. */
const answerText = fc.oneof(fc.constantFrom('Istanbul', 'Çırağan Palace', '4300', 'a | b', '~x', ']]', '[[', 'Київ', 'שלום'), awkwardText(1, 3)).filter((t) => t.length <= 200 && visible(t));

/** A cloze question's text and blanks: text pieces with {{id}} between them, every blank once. */
const cloze = fc
  .tuple(
    fc.array(fc.tuple(fc.boolean(), fc.uniqueArray(answerText, { minLength: 1, maxLength: 3 }), fc.array(answerText, { maxLength: 2 }), fc.boolean()), { minLength: 1, maxLength: 4 }),
    fc.array(fc.oneof(text, fc.constant(''), fc.constant(' ')), { minLength: 5, maxLength: 5 }),
    some(fc.boolean()),
    some(fc.boolean()),
  )
  .map(([blanks, pieces, caseSensitive, ignoreAccents]) => {
    const list = blanks.map(([namedId, answers, wrong, asList], j) => {
      const id = namedId ? `blank-${j}` : `b${j + 1}`;
      const choices = asList ? [...new Set([...wrong, ...answers])] : undefined;
      return strip({ id, answers, choices: choices && choices.length >= 2 && choices.length <= 8 ? choices : undefined });
    });
    const textOut = list.map((b, j) => `${pieces[j]}{{${b.id}}}`).join('') + pieces[list.length];
    return strip({ type: 'cloze', text: textOut, blanks: list, caseSensitive, ignoreAccents });
  })
  // The text pieces themselves must not open or close a blank, nor escape one (a piece ending in a backslash).
  .filter((q) => {
    const marks = [...q.text.matchAll(/\{\{/g)].length;
    return marks === q.blanks.length && !q.text.includes('\\{{') && !/\}\}[^{]*\}\}/.test(q.text.replace(/\{\{[^{}]*\}\}/g, '')) && visible(q.text.replace(/\{\{[^{}]*\}\}/g, 'x'));
  });

/** A matching question: items each matched to a target, extra targets, one target for several items only with reuseTargets. */
const matching = fc
  .tuple(fc.array(fc.tuple(text, fc.boolean()), { minLength: 2, maxLength: 5 }), fc.array(fc.tuple(text, fc.boolean()), { minLength: 0, maxLength: 3 }), fc.boolean(), fc.array(fc.nat(), { minLength: 5, maxLength: 5 }))
  .map(([items, extra, reuseTargets, picks]) => {
    const targets = [...items, ...extra].map(([t, named], j) => ({ id: named ? `target-${j}` : `t${j + 1}`, text: t }));
    const list = items.map(([t, named], j) => ({
      id: named ? `item-${j}` : String.fromCharCode(97 + j),
      text: t,
      match: reuseTargets ? targets[picks[j]! % targets.length]!.id : targets[j]!.id,
    }));
    return strip({ type: 'matching', items: list, targets, reuseTargets: reuseTargets || undefined });
  });

const question = (i: number, figureIds: string[]) =>
  fc
    .record({
      id: idOf(`q${i + 1}`),
      prompt: text,
      explanation: some(fc.oneof(text, fc.constantFrom('First paragraph.\n\nSecond, with a list:\n\n- one\n- two', 'A [link](https://example.com) and `code`.'))),
      points: some(fc.integer({ min: 1, max: 100 })),
      evidence: some(fc.tuple(quote, ext).map(([q, e]) => withExt({ quote: q }, e))),
      figure: figureIds.length ? some(fc.constantFrom(...figureIds)) : fc.constant(undefined),
      e: ext,
    })
    .chain(({ e, ...common }) =>
      fc
        .oneof(
          fc.tuple(choices, fc.nat()).map(([cs, k]) => ({ type: 'single', choices: cs, answer: cs[k % cs.length]!.id })),
          fc.tuple(choices, fc.array(fc.nat(), { minLength: 1, maxLength: 4 })).map(([cs, ks]) => ({ type: 'multiple', choices: cs, answers: [...new Set(ks.map((k) => cs[k % cs.length]!.id))] })),
          fc.boolean().map((answer) => ({ type: 'true-false', answer })),
          fc.record({ answer: awkwardNumber, tolerance: some(fc.oneof(fc.constant(-0), fc.double({ min: 0, max: 1e9, noNaN: true }))), format: some(numberFormat) }).map((n) => strip({ type: 'numeric', ...n })),
          fc.array(fc.tuple(text, fc.boolean(), ext), { minLength: 2, maxLength: 8 }).map((items) => ({
            type: 'order',
            items: items.map(([t, namedId, x], j) => withExt({ id: namedId ? `i${j}-x` : String.fromCharCode(97 + j), text: t }, x)),
          })),
          cloze,
          matching,
        )
        .map((specific) => {
          const q = strip({ ...common, ...specific }) as Record<string, unknown>;
          // A numeric question about a figure must agree with it; keep the reference only for other types.
          if (q.type === 'numeric') delete q.figure;
          return withExt(q, e);
        }),
    );

const indexed = <T>(make: (i: number) => fc.Arbitrary<T>, min: number, max: number) =>
  fc.integer({ min, max }).chain((n) => (n === 0 ? fc.constant([] as T[]) : fc.tuple(...Array.from({ length: n }, (_, i) => make(i)))));

const uniqueIds = <T extends { id?: unknown }>(list: T[]): T[] => {
  const seen = new Set<unknown>();
  return list.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
};

/** Valid records (every rule of the contract), with bodies that contain every quote. */
export const validRecord: fc.Arbitrary<Article> = fc
  .record({
    id: anyId,
    title: awkwardText(1, 6).filter((t) => t.length <= 300 && visible(t)),
    dek: some(text),
    lang: some(fc.constantFrom('en', 'de', 'uk', 'ar', 'he', 'fa', 'ja', 'pt-BR')),
    url: some(fc.constantFrom('https://example.com/story', 'https://example.org/a?b=c#d')),
    source: some(fc.record({ name: text, url: some(fc.constant('https://example.com')) }).map(strip)),
    byline: some(text),
    published: some(fc.constantFrom('2025-06-01', '2025-06-01T09:30Z')),
    image: some(fc.record({ src: fc.constantFrom('https://example.com/a.jpg', 'images/a b.jpg'.replace(' ', '-')), alt: text, credit: some(text) }).map(strip)),
    summary: some(
      fc
        .tuple(fc.record({ points: fc.array(text, { minLength: 1, maxLength: 12 }), takeaway: some(text), disclosure: some(text) }), ext)
        .map(([s, e]) => withExt(strip(s), e)),
    ),
    figures: some(indexed(figure, 0, 5)),
    questionCount: fc.integer({ min: 0, max: 6 }),
    quizOptions: fc.record({
      title: some(text),
      intro: some(text),
      passPercent: some(fc.oneof(fc.constant(-0), fc.double({ min: 0, max: 100, noNaN: true }))),
      shuffle: some(fc.constantFrom('none', 'choices', 'questions', 'both')),
      results: some(
        fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 4 }).chain((mins) =>
          fc.tuple(...[0, ...mins].map((minPercent) => fc.tuple(text, ext).map(([t, e]) => withExt({ minPercent, text: t }, e)))),
        ),
      ),
    }),
    body: some(awkwardText(1, 8).filter(visible)),
    schema: some(fc.constant('../../dist/article.schema.json')),
    e: ext,
    quizExt: ext,
  })
  .chain((r) => {
    const figures = r.figures ? uniqueIds(r.figures) : undefined;
    const figureIds = (figures ?? []).map((f) => f.id as string);
    const questions = r.questionCount ? fc.tuple(...Array.from({ length: r.questionCount }, (_, i) => question(i, figureIds))) : fc.constant([]);
    return questions.map((qs) => {
      const list = uniqueIds(qs as { id?: unknown }[]);
      const quiz = list.length ? withExt(strip({ ...r.quizOptions, questions: list }), r.quizExt) : undefined;
      const summary = r.summary ?? (quiz ? undefined : { points: ['The one point.'] });
      const quotes = [...(figures ?? []), ...list].flatMap((x) => {
        const ev = (x as { evidence?: { quote: string } }).evidence;
        return ev ? [ev.quote] : [];
      });
      // A body, when there is one, holds every quote.
      const body = r.body !== undefined ? [r.body, ...quotes].join('\n\n') : undefined;
      // structuredClone: plain objects (fast-check's records have no prototype), -0 kept.
      return structuredClone(withExt(
        strip({
          $schema: r.schema,
          schemaVersion: 2,
          id: r.id,
          title: r.title,
          dek: r.dek,
          lang: r.lang,
          url: r.url,
          source: r.source,
          byline: r.byline,
          published: r.published,
          image: r.image,
          body,
          summary,
          figures,
          quiz,
        }),
        r.e,
      )) as unknown as Article;
    });
  });
