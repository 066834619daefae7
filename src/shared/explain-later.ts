/**
 * The author's hints for wrong data (../data/explain.js), fetched the first time some data on
 * the page turns out wrong: readers of pages with good data never load them. When the file
 * cannot be loaded, problems keep their paths and shorter messages, with one warning.
 */
import type { Explainer } from '../data/check.js';

let loading: Promise<Explainer | undefined> | undefined;

export function explainLater(): Promise<Explainer | undefined> {
  return (loading ??= import('../data/explain.js').then(
    (module) => module.explainer,
    (error: unknown) => {
      console.warn(`Recap: hints for fixing the data could not load (${String(error)})`);
      return undefined;
    },
  ));
}
