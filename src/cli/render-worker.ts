/**
 * One worker thread of `recap-widgets render FOLDER -o OUT` (render-folder.ts): reads one recap,
 * decides whether its HTML is current, renders it with renderRecapHtml and writes it. Everything
 * about one file happens here, so the main thread only walks the folder and prints; only the
 * file's name and its problem lines travel back, never its HTML.
 *
 * "Unchanged" is decided by content, not by dates: the first line of each clean output is
 * `<!-- recap-widgets render sha256-HASH -->`, HASH over the library's version, the render
 * options and the recap's bytes. A checkout or copy that touches dates re-renders nothing; an
 * edit, a new version of the library or another --element re-renders. Output with problems
 * gets no such line, so its problems are reported again on the next run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { mkdir, open, rename, writeFile, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readDocument, isMarkdown } from './read-file.js';
import { problemLine } from './problems.js';
import { parseArticleJson } from '../data/load-with-hints.js';
import type { RecapTag } from '../server/index.js';

export interface RenderTask {
  id: number;
  /** The recap's path, as the problems name it. */
  file: string;
  /** Where its HTML goes. */
  out: string;
}
export interface RenderSettings {
  element: RecapTag;
  version: string;
  force: boolean;
}
/** What became of one file: `rendered` clean, `skipped` (output current), `partial` (written without the parts with problems), `failed` (nothing written). */
export type RenderStatus = 'rendered' | 'skipped' | 'partial' | 'failed';
export interface RenderReport {
  id: number;
  status: RenderStatus;
  /** Problem lines for stderr, as the single-file `render` prints them. */
  lines: string[];
}

const settings = workerData as RenderSettings;
const marker = (hash: string) => `<!-- recap-widgets render sha256-${hash} -->\n`;

/** The first bytes of an earlier output, or '' when there is none. */
async function head(file: string, bytes: number): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.toString('utf8', 0, bytesRead);
  } catch {
    return '';
  } finally {
    await handle?.close();
  }
}

/** The folder the last fragment went to: the next one (the walk goes folder by folder) mostly goes there too. */
let lastFolder = '';

/** Writes through a temporary file, so an interrupted run never leaves half a fragment under the real name. */
async function writeWhole(file: string, text: string, again = true): Promise<void> {
  const folder = dirname(file);
  if (folder !== lastFolder) {
    await mkdir(folder, { recursive: true });
    lastFolder = folder;
  }
  const temp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => {});
    // The folder was removed after it was made here: make it again, once.
    if (again && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      lastFolder = '';
      return writeWhole(file, text, false);
    }
    throw error;
  }
}

/** The JSON's value, or undefined when it is not JSON. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

let renderer: Promise<typeof import('../server/index.js')> | undefined;

async function renderOne({ id, file, out }: RenderTask): Promise<RenderReport> {
  const read = await readDocument(file);
  if (!read.ok) return { id, status: 'failed', lines: [read.message] };
  const hash = createHash('sha256').update(`${settings.version}\0${settings.element}\0`).update(read.text).digest('hex');
  const first = marker(hash);
  if (!settings.force && (await head(out, first.length)) === first) return { id, status: 'skipped', lines: [] };

  renderer ??= import('../server/index.js');
  const { renderRecapHtml } = await renderer;
  // Most of an archive is good JSON: the renderer's own check is then the only one. Anything it
  // finds a problem in is read again below, for the problems with the author's hints.
  if (!isMarkdown(file)) {
    const data = parsed(read.text);
    const quick = data === undefined ? undefined : await renderRecapHtml(data, { element: settings.element });
    if (quick?.ok && !quick.problems) {
      await writeWhole(out, first + quick.html + '\n');
      return { id, status: 'rendered', lines: [] };
    }
  }
  const record = isMarkdown(file) ? (await import('../authoring/index.js')).parseRecapMarkdown(read.text) : parseArticleJson(read.text, 'the file');
  // As the single-file command: what was read still goes to the renderer, which keeps the parts without problems.
  if (!record.ok && record.input === undefined) return { id, status: 'failed', lines: record.problems.map((p) => problemLine(file, p)) };
  const result = await renderRecapHtml(record.ok ? record.article : record.input, { element: settings.element });
  // Markdown's problems carry their lines; the renderer's would repeat them with paths only.
  const problems = record.ok ? (result.problems ?? []) : record.problems;
  const lines = problems.map((p) => problemLine(file, p));
  if (!result.ok) return { id, status: 'failed', lines };
  if (result.leftOut) lines.push(`${file}: left out because of the problems above: ${result.leftOut.join(', ')}`);
  await writeWhole(out, (problems.length ? '' : first) + result.html + '\n');
  return { id, status: problems.length ? 'partial' : 'rendered', lines };
}

parentPort!.on('message', (task: RenderTask) => {
  renderOne(task).then(
    (report) => parentPort!.postMessage(report),
    (error: Error) => parentPort!.postMessage({ id: task.id, status: 'failed', lines: [`${task.file}: not rendered (${error.message})`] } satisfies RenderReport),
  );
});
