/**
 * The languages Recap ships besides English, each its own file, loaded when an
 * article or page needs it. A bundler sees these dynamic imports and splits them;
 * the script-tag bundles load them from next to the bundle's own URL.
 */
import type { Messages } from './en.js';

/** A language module: its catalogue, or (in the script-tag bundles) its strings in English's key order. */
type Loader = () => Promise<{ default: Messages | unknown[] }>;

export const loaders: Record<string, Loader> = {
  ar: () => import('./ar.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  he: () => import('./he.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  ru: () => import('./ru.js'),
  uk: () => import('./uk.js'),
};

