/**
 * A SCORM package as a zip (fflate), from parts that work in Node and in a browser alike: the
 * article, the pre-rendered recap, and the launch bundle's files (read from dist/ by node.ts, or
 * fetched by a page). One SCO: imsmanifest.xml at the root, the launch page, the bundle and the
 * files it loads on demand, the article's language file. Nothing from a CDN.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { resolveLocale } from '../data/format.js';
import type { Article } from '../data/types.js';
import type { ScormVersion } from './interactions.js';
import { LAUNCH_CSS, LAUNCH_SCRIPT, launchCss, launchPage } from './launch-page.js';
import { LAUNCH_PAGE, scormManifest } from './manifest.js';

export type { ScormVersion } from './interactions.js';

/** The widgets' language file `article` needs, or undefined for English (built into the bundle). */
export function languageFile(article: Article): string | undefined {
  const lang = resolveLocale(article.lang).split('-')[0]!.toLowerCase();
  return lang === 'en' ? undefined : `recap-lang-${lang}.min.js`;
}

/** Whether a file of dist/ belongs in a package for `article`: the launch bundle, its on-demand parts, the article's language. */
export function isPackageAsset(name: string, article: Article): boolean {
  return /^recap-scorm(-[a-z]+)?\.min\.js$/.test(name) || name === languageFile(article);
}

export interface ScormPackageParts {
  article: Article;
  version: ScormVersion;
  /** The recap as renderRecapHtml wrote it (declarative shadow DOM and the inline data). */
  recapHtml: string;
  /** The files isPackageAsset chose, by file name. */
  assets: Record<string, Uint8Array | string>;
}

/** Every file of the package by its path in the zip. */
export function scormPackageFiles({ article, version, recapHtml, assets }: ScormPackageParts): Record<string, Uint8Array> {
  if (!(LAUNCH_SCRIPT in assets)) throw new Error(`the package needs ${LAUNCH_SCRIPT} (run npm run build)`);
  const bytes = (v: Uint8Array | string) => (typeof v === 'string' ? strToU8(v) : v);
  const files: Record<string, Uint8Array> = {
    [LAUNCH_PAGE]: strToU8(launchPage(article, version, recapHtml)),
    [LAUNCH_CSS]: strToU8(launchCss),
  };
  for (const [name, content] of Object.entries(assets)) if (isPackageAsset(name, article)) files[name] = bytes(content);
  return { 'imsmanifest.xml': strToU8(scormManifest(article, version, Object.keys(files))), ...files };
}

/** The package as zip bytes. */
export function scormZip(parts: ScormPackageParts): Uint8Array {
  const files = scormPackageFiles(parts);
  const zippable: Zippable = {};
  // A fixed date: the same article and bundle give the same zip.
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { level: 9, mtime: new Date('2020-01-01T00:00:00Z') }];
  return zipSync(zippable);
}
