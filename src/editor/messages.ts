/**
 * The editor's own words, in a catalogue like the widgets' (src/locales): English is built in
 * and is the reference; the nine other languages Recap speaks load on demand from their own
 * files (src/editor/locales/), and a host registers a catalogue for any language, or overrides
 * single strings with the `messages` property. `{name}` is replaced; a `{ one, other }` object
 * is chosen by `count`. The UI language is the page's (the editor's nearest `lang`), whatever
 * the article's language is.
 */
import { editorEn, type EditorMessageKey, type EditorMessages } from './locales/en.js';
import { translateWith } from '../shared/messages.js';

export { editorEn, type EditorMessageKey, type EditorMessages };

type Loader = () => Promise<{ default: Partial<EditorMessages> }>;

/** The editor's words in the languages Recap ships besides English, each its own file. */
const loaders: Record<string, Loader> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ru: () => import('./locales/ru.js'),
  uk: () => import('./locales/uk.js'),
};

/** The languages the editor speaks, English first. */
export const EDITOR_LOCALES = ['en', ...Object.keys(loaders)];

const baseOf = (locale: string) => locale.toLowerCase().split('-')[0]!;
/** English, the fallback of every language: what opens with the editor, and what on-demand parts add (addEditorEnglish). */
const english = { ...editorEn } as EditorMessages;
const shipped: Record<string, Partial<EditorMessages>> = { en: english };

/** Adds the English words an on-demand part of the editor brings with it (before it renders them). */
export function addEditorEnglish(words: Partial<EditorMessages>): void {
  Object.assign(english, words);
}
const registered: Record<string, Partial<EditorMessages>> = {};
const loading = new Map<string, Promise<void>>();

/** Registers editor strings for a language ("de", or a full tag), on top of what ships. */
export function registerEditorMessages(lang: string, messages: Partial<EditorMessages>): void {
  const key = lang.toLowerCase();
  registered[key] = { ...registered[key], ...messages };
}

/** True when a locale's shipped words are at hand (or it has none to load). */
export const editorMessagesReady = (locale: string) => baseOf(locale) in shipped || !(baseOf(locale) in loaders);

/** Loads the shipped words of a locale's language, once; a file that fails leaves English, with a warning. */
export function loadEditorMessages(locale: string): Promise<void> {
  const base = baseOf(locale);
  if (editorMessagesReady(locale)) return Promise.resolve();
  let pending = loading.get(base);
  if (!pending) {
    pending = loaders[base]!().then(
      (module) => void (shipped[base] = module.default),
      (error: unknown) => {
        shipped[base] = {};
        console.warn(`recap-widgets: the editor's "${base}" words could not be loaded (${error instanceof Error ? error.message : String(error)}); showing English.`);
      },
    );
    loading.set(base, pending);
  }
  return pending;
}

export type EditorTranslate = (key: EditorMessageKey, vars?: Record<string, string | number>) => string;

/** A translate function for the editor's UI language: host overrides, then what the host registered, then the shipped words, then English. */
export function editorTranslator(locale: string, overrides: Partial<EditorMessages> = {}): EditorTranslate {
  const lower = locale.toLowerCase();
  const base = baseOf(locale);
  return translateWith<EditorMessageKey>(locale, { ...shipped[base], ...registered[base], ...registered[lower], ...overrides } as Partial<EditorMessages>, english);
}
