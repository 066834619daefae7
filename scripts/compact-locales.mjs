// A rollup plugin for the script-tag bundles: each language file carries only its strings,
// in English's key order, not the key names (about 0.45 KiB less gzip per language). The
// loader (src/shared/messages.ts) zips them back onto English's keys, from the same build.
import { pathToFileURL } from 'node:url';

const LOCALE = /[\\/]dist[\\/]locales[\\/]([a-z]{2,3})\.js$/;

export function compactLocales() {
  let keys;
  return {
    name: 'recap-compact-locales',
    async transform(_code, id) {
      const match = LOCALE.exec(id);
      if (!match || match[1] === 'en') return null;
      keys ??= Object.keys((await import(pathToFileURL(id.replace(LOCALE, "/dist/locales/en.js")).href)).en);
      const catalogue = (await import(pathToFileURL(id).href)).default;
      const values = keys.map((k) => catalogue[k] ?? null);
      return { code: `export default ${JSON.stringify(values)};\n`, map: { mappings: '' } };
    },
  };
}
