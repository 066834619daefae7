/**
 * `recap-widgets studio [FILE]`: the studio on a local server (127.0.0.1 only) that opens
 * FILE (.json, or the text of .md/.txt) in the editor and writes back on save. JSON goes back
 * to a .json FILE; a .md or .txt FILE is saved next to it as .json (writing Recap Markdown
 * back needs the authoring module). It serves every file the editor and its preview load:
 * the editor bundle and its on-demand parts (formats, drafting, language detection, its words
 * in other languages), the widgets' languages, and the helpers they load next to themselves.
 * The page speaks the language of the environment (LANG) when the studio does. Node only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The same strict policy the CSP demo pages are served with. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const page = (lang: string, file?: string) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' || lang === 'he' ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Recap Studio</title>${file ? `\n    <meta name="recap-studio-file" content="${file.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}" />` : ''}
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/studio.css" />
    <script type="module" src="/recap-editor.min.js"></script>
    <script type="module" src="/studio-page.js"></script>
  </head>
  <body>
    <header>
      <h1>Recap Studio</h1>
      <p id="file-bar" hidden><button type="button" id="save-file">Save</button> <span id="file-status" role="status"></span></p>
    </header>
    <main><recap-editor></recap-editor></main>
  </body>
</html>
`;

const STYLE = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0 auto; max-inline-size: 110rem; padding: 1rem 1.5rem 3rem; }
h1 { margin-block: 0.5rem; }
`;

/** The languages the studio speaks. */
const LANGS = ['en', 'uk', 'ru', 'de', 'fr', 'es', 'pl', 'pt', 'ar', 'he'];

/** The page's language: `lang`, else the environment's (LANG=de_DE.UTF-8 is German), when the studio speaks it; else English. */
export function studioLanguage(lang = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || ''): string {
  const base = lang.toLowerCase().split(/[-_.@]/)[0] ?? '';
  return LANGS.includes(base) ? base : 'en';
}

/** The built files a page of the studio may load: script-tag bundles and what they load next to themselves. */
const BUILT = /^\/(recap[a-z-]*\.min\.js)(\.map)?$/;

export interface StudioOptions {
  file?: string;
  port?: number;
  /** The page's language (default: the environment's, see studioLanguage). */
  lang?: string;
  /** Where the built files are (dist/); defaults to this module's package. */
  dist?: URL;
}

export interface Studio {
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error(`the article is over ${limit / 1e6} MB`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the studio server; resolves when it listens. */
export async function startStudio(options: StudioOptions = {}): Promise<Studio> {
  const dist = options.dist ?? new URL('../', import.meta.url);
  const file = options.file ? resolve(options.file) : undefined;
  const isJson = file ? extname(file).toLowerCase() === '.json' : false;
  const saveAs = file ? (isJson ? file : file.slice(0, file.length - extname(file).length) + '.json') : undefined;
  const html = page(studioLanguage(options.lang), file ? basename(file) : undefined);
  let host = '';

  const server = createServer(async (req, res) => {
    try {
      // Only this machine, by the name it was given: a page elsewhere that rebinds a DNS name to 127.0.0.1 is refused.
      if (req.headers.host !== host && req.headers.host !== host.replace('127.0.0.1', 'localhost')) return json(res, 403, { error: 'wrong host' });
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (req.method === 'GET' && (path === '/' || path === '/index.html')) return send(res, 200, 'text/html; charset=utf-8', html);
      if (req.method === 'GET' && path === '/studio.css') return send(res, 200, 'text/css; charset=utf-8', STYLE);
      if (req.method === 'GET' && path === '/studio-page.js') return send(res, 200, 'text/javascript; charset=utf-8', await readFile(fileURLToPath(new URL('editor/studio-page.js', dist))));
      const built = req.method === 'GET' ? BUILT.exec(path) : null;
      if (built) {
        const body = await readFile(fileURLToPath(new URL(built[1]! + (built[2] ?? ''), dist))).catch(() => undefined);
        if (body) return send(res, 200, built[2] ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8', body);
      }
      if (path === '/__studio/file') {
        if (!file || !saveAs) return json(res, 404, { error: 'no file was given to the studio' });
        if (req.method === 'GET') {
          const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? '' : Promise.reject(e)));
          const note = isJson ? undefined : `${basename(file)} is opened as text; saving writes ${basename(saveAs)}.`;
          return json(res, 200, { name: basename(file), text, saveAs: basename(saveAs), ...(note ? { note } : {}) });
        }
        if (req.method === 'PUT') {
          // A form or a plain fetch from another site cannot send JSON without a preflight this server never answers.
          if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return json(res, 415, { error: 'send application/json' });
          const text = await readBody(req, 5_000_000);
          try {
            JSON.parse(text);
          } catch (error) {
            return json(res, 400, { error: `not JSON: ${(error as Error).message}` });
          }
          await writeFile(saveAs, text.endsWith('\n') ? text : text + '\n');
          return json(res, 200, { saved: basename(saveAs) });
        }
        return json(res, 405, { error: 'GET or PUT' });
      }
      return json(res, 404, { error: 'not found' });
    } catch (error) {
      return json(res, 500, { error: (error as Error).message });
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  host = `127.0.0.1:${port}`;
  return {
    url: `http://${host}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
