/**
 * Figures drafted from the body: found on request (figure drafting loads then), in the
 * article's language, never in one the body plainly is not written in; kept, with the draft,
 * until each is accepted (it becomes a figure, its id from its label) or rejected; and numeric
 * questions drafted from a figure, with a prompt a teacher can keep.
 */
import type { ReactiveControllerHost } from 'lit';
import { pointer } from '../data/check.js';
import type { Figure } from '../data/types.js';
import type { DraftFigure as Proposal } from '../authoring/draft-figures.js';
import { listAt, type DraftFigure } from './draft.js';
import { figureFromDraft, questionIds, questionFromFigure, setIn } from './edit.js';
import type { EditController } from './edit-controller.js';
import { detectLanguage, languageName, sameLanguage } from './language.js';

const drafting = () => import('../authoring/draft-figures.js');

export interface FiguresHost extends ReactiveControllerHost {
  /** The proposals changed: keep them with the draft. */
  proposalsChanged(): void;
  /** The language the editor speaks (for language names). */
  readonly uiLocale: string;
  /** The body reads as another language than the one set: offer it. */
  offerLanguage(lang: string | undefined, code: string): void;
}

export class FiguresController {
  proposals?: Proposal[];

  constructor(
    private readonly host: FiguresHost,
    private readonly form: EditController,
  ) {}

  async find(): Promise<void> {
    const { draft, t } = this.form;
    const body = String(draft.body ?? '');
    const lang = String(draft.lang || 'en');
    const read = await detectLanguage(body);
    if (read && !sameLanguage(read.lang ?? read.code, lang)) {
      this.form.say(t('langMismatch', { name: languageName(read.lang ?? read.code, this.host.uiLocale), lang: read.lang ?? read.code, current: lang }));
      this.host.offerLanguage(read.lang, read.code);
      this.form.focusLater(read.lang ? '#use-detected-lang' : '/lang');
      return;
    }
    const { draftFigures } = await drafting();
    const taken = listAt<DraftFigure>(this.form.draft, ['figures']);
    const found = draftFigures(body, lang).filter((d) => !taken.some((f) => f.value === d.value && (f.qualifier ?? 'exact') === (d.qualifier ?? 'exact')));
    this.set(found);
    this.form.say(found.length ? t('foundFigures', { count: found.length }) : t('foundNone'));
    this.form.focusLater(found.length ? '#proposal-0-accept' : '#find-figures');
  }

  accept(i: number): void {
    const d = this.proposals?.[i];
    if (!d) return;
    const figures = listAt<DraftFigure>(this.form.draft, ['figures']);
    const figure = figureFromDraft(d, figures.map((f) => String(f.id)));
    this.set(this.proposals!.filter((_, j) => j !== i));
    this.form.add(['figures'], figure, this.#next(i) ?? pointer(['figures', figures.length, 'label']));
  }

  reject(i: number): void {
    this.set(this.proposals?.filter((_, j) => j !== i));
    this.form.focusLater(this.#next(i) ?? '#find-figures');
  }

  /** A numeric question about the figure: its sentence with the number left out, else a question naming its label. */
  async questionFrom(figure: Figure): Promise<void> {
    const { t, draft } = this.form;
    const quote = figure.evidence?.quote;
    let prompt = t('figurePrompt', { label: String(figure.label ?? '') });
    if (quote) {
      const { draftFigures } = await drafting();
      const written = draftFigures(quote, String(draft.lang || 'en')).find((d) => d.value === figure.value)?.written;
      if (written && quote.includes(written)) prompt = t('figurePromptCloze', { sentence: quote.replace(written, '___') });
    }
    const questions = listAt(draft, ['quiz', 'questions']);
    const q = questionFromFigure(figure, questionIds(draft), prompt);
    this.form.update((d) => setIn(d, ['quiz', 'questions'], [...listAt(d, ['quiz', 'questions']), q]), pointer(['quiz', 'questions', questions.length, 'prompt']));
  }

  /** Proposals restored with a draft, or none. */
  set(proposals: Proposal[] | undefined): void {
    this.proposals = proposals?.length ? proposals : undefined;
    this.host.proposalsChanged();
    this.host.requestUpdate();
  }

  #next(i: number): string | undefined {
    const left = this.proposals?.length ?? 0;
    return left ? `#proposal-${Math.min(i, left - 1)}-accept` : undefined;
  }
}
