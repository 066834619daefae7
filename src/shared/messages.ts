/**
 * UI strings. Every word a widget shows that is not from the article comes from
 * here, so a host can translate or reword it through the `messages` property.
 * Values are templates: `{name}` is replaced; a `{ one, other, ... }` object is
 * chosen with Intl.PluralRules by its `count`.
 */
import { en, type Message, type Messages, type MessageKey } from '../locales/en.js';
import { loaders } from '../locales/index.js';

// The types live with English, which fixes the keys; the locales import nothing from here.
export type { Message, PluralForms, MessageKey, Messages } from '../locales/en.js';
export { en };

/** Shipped catalogues loaded so far, by base language. */
const loaded: Record<string, Partial<Messages>> = { en };
/** What hosts registered, by language tag (base or full), on top of the shipped strings. */
const registered: Record<string, Partial<Messages>> = {};
const loading = new Map<string, Promise<void>>();
const failed = new Set<string>();
let version = 0;

const baseOf = (locale: string) => locale.toLowerCase().split('-')[0]!;
const complete = (m: Partial<Messages> | undefined) => !!m && Object.keys(en).every((k) => k in m);

/** Changes whenever a catalogue arrives or is registered, so cached translators can be renewed. */
export const messagesVersion = () => version;

/** Registers a catalogue for a language (a base language such as "de" or a full tag). It needs no file. */
export function registerMessages(lang: string, messages: Partial<Messages>): void {
  const key = lang.toLowerCase();
  registered[key] = { ...registered[key], ...messages };
  version++;
}

/**
 * True when a locale's strings are at hand: English, a language Recap does not ship, one
 * a host registered in full, one already loaded, or one whose file failed (English then).
 */
export function messagesReady(locale: string): boolean {
  const base = baseOf(locale);
  return base in loaded || !(base in loaders) || failed.has(base) || complete(registered[base]);
}

/**
 * Loads the shipped catalogue of a locale's language, once. A missing or failing file
 * falls back to English with one console warning; it never rejects.
 */
export function loadMessages(locale: string): Promise<void> {
  const base = baseOf(locale);
  if (messagesReady(locale)) return Promise.resolve();
  let pending = loading.get(base);
  if (!pending) {
    pending = loaders[base]!().then(
      (module) => {
        // The script-tag bundles' language files carry only the strings, in English's key order.
        const strings = module.default as Messages | (Message | null)[];
        loaded[base] = Array.isArray(strings)
          ? Object.fromEntries(Object.keys(en).flatMap((key, i) => (strings[i] == null ? [] : [[key, strings[i]]])))
          : strings;
        version++;
      },
      (error: unknown) => {
        failed.add(base);
        version++;
        console.warn(`recap-widgets: the "${base}" strings could not be loaded (${error instanceof Error ? error.message : String(error)}); showing English instead.`);
      },
    );
    loading.set(base, pending);
  }
  return pending;
}

/** The catalogue for a locale: what a host registered, then the shipped strings, base language before the full tag, then English. */
export function catalogueFor(locale: string): Messages {
  const lower = locale.toLowerCase();
  const base = baseOf(locale);
  return { ...en, ...loaded[base], ...registered[base], ...registered[lower] } as Messages;
}

export type Vars = Record<string, string | number>;

/**
 * The translate function over one catalogue (the widgets' and the editor's share it): the plural
 * form chosen by `count` with the locale's rules, `{name}` replaced, a key the catalogue lacks
 * read from `fallback` (English).
 */
export function translateWith<K extends string>(locale: string, messages: Partial<Record<K, Message>>, fallback: Record<K, Message>) {
  let plural: Intl.PluralRules;
  try {
    plural = new Intl.PluralRules(locale);
  } catch {
    plural = new Intl.PluralRules('en');
  }
  return (key: K, vars: Vars = {}): string => {
    const m = messages[key] ?? fallback[key];
    const template = typeof m === 'string' ? m : (m[plural.select(Number(vars.count ?? 0))] ?? m.other);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}

/** Builds a translate function for a locale, with host overrides on top. */
export const translator = (locale: string, overrides: Partial<Messages> = {}) => translateWith<MessageKey>(locale, { ...catalogueFor(locale), ...overrides }, en);
export type Translate = ReturnType<typeof translator>;
