/**
 * The quiz's own options (mode, persist, print-answer-key, and any it gains later),
 * taken from <recap-quiz>'s declared properties, so that <recap-article> accepts
 * the same attributes and passes them on without a list to keep in step by hand.
 */
import { noChange, type ElementPart, type PropertyDeclaration } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { RecapQuiz } from '../recap-quiz/recap-quiz.js';
import { RecapElement } from '../../shared/recap-element.js';

/** Public properties <recap-quiz> declares beyond those every Recap element has. */
export const quizOptions: ReadonlyMap<PropertyKey, PropertyDeclaration> = new Map(
  [...RecapQuiz.elementProperties].filter(([name, options]) => !options.state && !RecapElement.elementProperties.has(name)),
);

/** Declares the quiz's options on another element class (same attributes, same converters). */
export function declareQuizOptions(target: typeof RecapElement): void {
  for (const [name, options] of quizOptions) target.createProperty(name, { ...options, reflect: false });
}

class PassQuizOptions extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('passQuizOptions() goes on an element');
  }
  render(_from: object) {
    return noChange;
  }
  override update(part: ElementPart, [from]: [object]) {
    // Set during the template's commit, before the quiz's first update, so saved progress
    // is never read with a default `persist` that the page has switched off.
    const quiz = part.element as unknown as Record<PropertyKey, unknown>;
    const source = from as Record<PropertyKey, unknown>;
    for (const name of quizOptions.keys()) if (source[name] !== undefined && quiz[name] !== source[name]) quiz[name] = source[name];
    return noChange;
  }
}

/** Element directive: copies the quiz options set on `from` onto the element it stands on. */
export const passQuizOptions = directive(PassQuizOptions);
