/**
 * The editor's pure side: new records and questions, ids made from labels (and kept in step
 * with them until the author sets one), an article started from pasted text, and which form
 * control a problem's JSON Pointer belongs to. No DOM.
 */
import type { Figure, Question, QuestionType } from '../data/types.js';
import { SCHEMA_VERSION } from '../data/article-schema.js';
import { slugId } from '../data/slug.js';
import type { DraftFigure as Proposal } from '../authoring/draft-figures.js';
import { getIn, listAt, setIn, type Draft, type DraftFigure, type Path } from './draft.js';

export { setIn, getIn, moveIn, removeIn, insertIn, type Draft, type Path } from './draft.js';

/** An id (contract: 1-64 of a-z, 0-9, "-") from any text, short enough to take a "-2" suffix, cut where a word ends. */
export const slug = (text: string, fallback = 'item'): string => slugId(text, 48) || fallback;

/** `base`, or `base-2`, `base-3`... whichever is not taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

const idsOf = (list: unknown): string[] => (Array.isArray(list) ? list.map((x: { id?: unknown } | undefined) => String(x?.id ?? '')) : []);

/** A new question of a type, with empty text for the author to fill and ids that are free. */
export function newQuestion(type: QuestionType, taken: Iterable<string>): Question {
  const id = uniqueId(`q${[...taken].length + 1}`, taken);
  const two = [
    { id: 'a', text: '' },
    { id: 'b', text: '' },
  ];
  switch (type) {
    case 'single':
      return { id, type, prompt: '', choices: two, answer: 'a' };
    case 'multiple':
      return { id, type, prompt: '', choices: two, answers: ['a'] };
    case 'true-false':
      return { id, type, prompt: '', answer: true };
    case 'numeric':
      return { id, type, prompt: '', answer: 0 };
    case 'order':
      return { id, type, prompt: '', items: two };
    // A text to write, then words selected in it made blanks: the form says so beside it.
    case 'cloze':
      return { id, type, prompt: '', text: '', blanks: [] };
    // Two pairs to fill in; more items, and targets no item matches, are a press away.
    case 'matching':
      return {
        id,
        type,
        prompt: '',
        items: two.map((item, i) => ({ ...item, match: `t${i + 1}` })),
        targets: [
          { id: 't1', text: '' },
          { id: 't2', text: '' },
        ],
      };
  }
}

/** A free id for a new choice or order item: the next letter, then c9, c10... */
export function nextChoiceId(list: unknown): string {
  const taken = idsOf(list);
  for (const letter of 'abcdefgh') if (!taken.includes(letter)) return letter;
  return uniqueId(`c${taken.length + 1}`, taken);
}

/** The id a figure with this label gets when the author has not set one. */
export const figureIdFor = (label: string, taken: Iterable<string>) => uniqueId(slug(label, 'figure'), taken);

/** A figure from a drafted one, with an id from its label that is not taken. */
export function figureFromDraft(d: Proposal, taken: Iterable<string>): Figure {
  return { id: figureIdFor(d.label, taken), ...d };
}

/**
 * The draft after the author typed `label` as figure `i`'s label. While the figure's id is the
 * one its old label gave (the author has not set one), the id follows the new label, and the
 * questions about that figure follow the id.
 */
export function relabelFigure(draft: Draft, i: number, label: string): Draft {
  const figures = listAt<DraftFigure>(draft, ['figures']);
  const figure = figures[i];
  if (!figure) return draft;
  const others = figures.filter((_, j) => j !== i).map((f) => String(f.id ?? ''));
  let next = setIn(draft, ['figures', i, 'label'], label);
  const oldId = String(figure.id ?? '');
  if (oldId !== figureIdFor(String(figure.label ?? ''), others)) return next;
  const newId = figureIdFor(label, others);
  if (newId === oldId) return next;
  next = setIn(next, ['figures', i, 'id'], newId);
  listAt<{ figure?: string }>(next, ['quiz', 'questions']).forEach((q, j) => {
    if (q.figure === oldId) next = setIn(next, ['quiz', 'questions', j, 'figure'], newId);
  });
  return next;
}

/** The draft after the author typed `title`: the article id follows the title while it is the one the old title gave. */
export function retitle(draft: Draft, title: string): Draft {
  const follows = !draft.id || draft.id === slug(String(draft.title ?? ''), 'article');
  const next = setIn(draft, ['title'], title);
  return follows && title ? setIn(next, ['id'], slug(title, 'article')) : next;
}

/** A numeric question about a figure: its answer is the figure's value, so they cannot drift. */
export function questionFromFigure(figure: Figure, taken: Iterable<string>, prompt: string): Question {
  return {
    id: uniqueId(`q-${figure.id}`, taken),
    type: 'numeric',
    prompt,
    answer: figure.value,
    figure: figure.id,
    ...(figure.format ? { format: figure.format } : {}),
    ...(figure.evidence ? { evidence: { ...figure.evidence } } : {}),
  };
}

/** An empty article: what "New draft" starts from. */
export function emptyArticle(lang = 'en'): Draft {
  return { schemaVersion: SCHEMA_VERSION, id: '', title: '', lang, body: '', summary: { points: [''] } };
}

/**
 * Starts an article from pasted text (plain or Markdown): the first line is the title
 * (a Markdown "# " heading or a short line), a short second paragraph the dek, the rest the
 * body. A repeat of the title at the top of the body (as copied pages often have) is dropped.
 */
export function articleFromText(text: string, base: Draft = emptyArticle()): Draft {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n|\n(?=#)/)
    .map((p) => p.trim())
    .filter(Boolean);
  const out: Draft = { ...base };
  const first = paragraphs[0]?.replace(/^#+\s*/, '') ?? '';
  if (first && first.length <= 300 && !first.includes('\n') && !base.title) {
    out.title = first;
    paragraphs.shift();
    const second = paragraphs[0];
    // A short second paragraph is the standfirst, unless it is all the body there is.
    if (second && paragraphs.length > 1 && second.length <= 300 && !second.includes('\n') && !second.startsWith('#') && !base.dek) {
      out.dek = second;
      paragraphs.shift();
    }
    while (paragraphs.length && paragraphs[0]!.replace(/^#+\s*/, '') === first) paragraphs.shift();
  }
  out.body = paragraphs.join('\n\n');
  if (!out.id && out.title) out.id = slug(out.title, 'article');
  return out;
}

/** Pointers of the controls the editor shows (others walk up to the nearest of these). */
const CONTROLS = [
  /^\/(title|id|lang|url|dek|byline|published|updated|body)$/,
  /^\/source\/(name|url)$/,
  /^\/image(\/(src|alt|credit))?$/,
  /^\/summary(\/points(\/\d+)?|\/takeaway|\/disclosure)?$/,
  /^\/figures(\/\d+(\/(id|value|label|qualifier|asOf|claim\/(by|status)|evidence\/quote|format(\/(unit|currency))?)?)?)?$/,
  /^\/quiz(\/(title|intro|passPercent|shuffle))?$/,
  /^\/quiz\/results(\/\d+(\/(minPercent|text))?)?$/,
  /^\/quiz\/questions(\/\d+(\/(id|prompt|answer|answers|tolerance|points|explanation|evidence\/quote|figure|choices|items|text|blanks|caseSensitive|ignoreAccents|targets|reuseTargets))?)?$/,
  /^\/quiz\/questions\/\d+\/(choices|items|targets)\/\d+(\/(text|feedback|match))?$/,
  /^\/quiz\/questions\/\d+\/blanks\/\d+(\/(id|answers|choices)(\/\d+)?)?$/,
];

/** The pointer of the form control where a problem at `path` is shown and fixed. */
export function controlFor(path: string): string {
  let p = path;
  while (p && !CONTROLS.some((re) => re.test(p))) p = p.slice(0, p.lastIndexOf('/'));
  // A choice or item's own pointer shows at its text box; evidence at its quote box.
  if (/\/(choices|items|targets)\/\d+$/.test(p)) return `${p}/text`;
  if (/\/results\/\d+$/.test(p)) return `${p}/text`;
  if (/^\/quiz\/questions\/\d+\/answers$/.test(p)) return p.replace(/answers$/, 'choices');
  return p;
}

/** An element id for a pointer (ids cannot hold "/"). */
export function controlId(pointer: string): string {
  return 'f' + pointer.replace(/\//g, '--').replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0)}_`);
}

/** Drops the parts of a draft that do not validate, so the preview shows what it can. */
export function previewable(article: Draft, problems: readonly { path: string }[]): Draft {
  const bad = (prefix: string) => problems.some((p) => p.path === prefix || p.path.startsWith(prefix + '/'));
  const out = { ...article };
  if (bad('/quiz')) delete out.quiz;
  if (bad('/figures')) delete out.figures;
  if (bad('/summary')) delete out.summary;
  if (bad('/image')) delete out.image;
  // Quotes are checked against the body: without figures or quiz those problems are gone too.
  return out;
}

/** The question ids of a draft (for new ids that are free). */
export const questionIds = (draft: Draft) => idsOf(getIn(draft, ['quiz', 'questions']));

/** Path segments, for field names: `/figures/2/label` -> ['figures', 2, 'label']. */
export function segments(pointer: string): Path {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
