/**
 * The recap as a SCORM package, made in the browser for the studio's Out section (loaded the
 * first time an author downloads one, its own file next to the editor's script-tag bundle).
 * The package holds the launch bundle and the files it loads on demand, fetched from next to
 * this file (dist/, where the build puts them), and the article's language file. Unlike the
 * CLI's package, the launch page is not pre-rendered (Lit renders on a server only): the recap
 * is its inline data, and the page paints it once the bundle runs.
 */
import type { Article } from '../data/types.js';
import { jsonScript } from '../render/json-script.js';
import { LAUNCH_SCRIPT } from '../lms/launch-page.js';
import { languageFile, scormZip, type ScormVersion } from '../lms/package.js';

/** What the launch bundle loads on demand, as rollup names it (`recap-scorm-<part>.min.js`). */
const LAUNCH_PARTS = ['explain', 'hydrate', 'markdown', 'order', 'cloze', 'matching'];

/** The launch bundle's files for `article`, by name. */
export function packageFileNames(article: Article): string[] {
  const lang = languageFile(article);
  return [LAUNCH_SCRIPT, ...LAUNCH_PARTS.map((p) => LAUNCH_SCRIPT.replace(/\.min\.js$/, `-${p}.min.js`)), ...(lang ? [lang] : [])];
}

/** The folder of the built files: this file's own in the script-tag build, its parent's for the npm modules (dist/editor/). */
function filesFolder(): URL {
  const here = new URL('.', import.meta.url);
  return here.pathname.endsWith('/editor/') ? new URL('../', here) : here;
}

/** The SCORM zip of a checked article; rejects with the file name when one cannot be fetched. */
export async function scormZipInBrowser(article: Article, version: ScormVersion, folder: URL = filesFolder()): Promise<Uint8Array> {
  const assets: Record<string, Uint8Array> = {};
  await Promise.all(
    packageFileNames(article).map(async (name) => {
      const url = new URL(name, folder);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${name} (${response.status} from ${url.href})`);
      assets[name] = new Uint8Array(await response.arrayBuffer());
    }),
  );
  return scormZip({ article, version, recapHtml: `<recap-article>${jsonScript(article)}</recap-article>`, assets });
}
