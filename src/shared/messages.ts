/**
 * UI strings. Every word a widget shows that is not from the article comes from
 * here, so a host can translate or reword it through the `messages` property.
 * Values are templates: `{name}` is replaced; a `{ one, other, ... }` object is
 * chosen with Intl.PluralRules by its `count`.
 */
import { en, type Messages, type MessageKey } from '../locales/en.js';
import { catalogues as shipped } from '../locales/index.js';

// The types live with English, which fixes the keys; the locales import nothing from here.
export type { Message, PluralForms, MessageKey, Messages } from '../locales/en.js';
export { en };

const catalogues: Record<string, Partial<Messages>> = { ...shipped };

/** Registers a catalogue for a language (a base language such as "de" or a full tag). */
export function registerMessages(lang: string, messages: Partial<Messages>): void {
  catalogues[lang.toLowerCase()] = { ...catalogues[lang.toLowerCase()], ...messages };
}

/** The catalogue for a locale: its own strings, then its base language's, then English. */
export function catalogueFor(locale: string): Messages {
  const lower = locale.toLowerCase();
  const base = lower.split('-')[0]!;
  return { ...en, ...catalogues[base], ...catalogues[lower] } as Messages;
}

export type Vars = Record<string, string | number>;

/** Builds a translate function for a locale, with host overrides on top. */
export function translator(locale: string, overrides: Partial<Messages> = {}) {
  const messages: Messages = { ...catalogueFor(locale), ...overrides } as Messages;
  const plural = new Intl.PluralRules(locale);
  return (key: MessageKey, vars: Vars = {}): string => {
    const m = messages[key] ?? en[key];
    const template = typeof m === 'string' ? m : (m[plural.select(Number(vars.count ?? 0))] ?? m.other);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
export type Translate = ReturnType<typeof translator>;
