/**
 * `recap-widgets render FOLDER -o OUT`: every recap under FOLDER (.json records, .md Recap Markdown,
 * in subfolders too) as an HTML fragment at the same relative path under OUT, ending in .html.
 * Worker threads (render-worker.ts, one per core by default) read, render and write; this thread
 * walks the folder one directory entry at a time and hands each worker at most two files, so
 * memory does not grow with the archive. A file with problems is reported on stderr and the rest go on;
 * the exit code is 1 when any file had a problem.
 */
import { Worker } from 'node:worker_threads';
import { opendir, realpath } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { RenderReport, RenderSettings, RenderStatus, RenderTask } from './render-worker.js';

/** Files taken as recaps; everything else (and names starting with a dot) is passed over. */
const RECAP = /\.(json|md|markdown)$/i;
/** Files each worker holds at once: one rendering, one read ahead. */
const IN_FLIGHT = 2;

interface Found {
  file: string;
  out: string;
  /** Another recap in the same folder that already takes this output name (a.json and a.md both become a.html). */
  clash?: string;
}

/**
 * Every recap under `folder`, depth first, read lazily; `skip` (the output folder, when inside) is
 * not entered. A folder that cannot be read is reported to `unreadable` and passed over.
 */
async function* walk(folder: string, outRoot: string, inRoot: string, skip: string, unreadable: (line: string) => void): AsyncGenerator<Found> {
  let dir;
  try {
    dir = await opendir(folder);
  } catch (error) {
    unreadable(`${folder}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return;
  }
  // The output names of this folder's recaps (names only, one folder at a time), to catch two that would write one file.
  const taken = new Map<string, string>();
  for await (const entry of dir) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if ((await realpath(path)) !== skip) yield* walk(path, outRoot, inRoot, skip, unreadable);
    } else if (entry.isFile() && RECAP.test(entry.name)) {
      const name = entry.name.replace(RECAP, '.html');
      const clash = taken.get(name.toLowerCase());
      if (clash === undefined) taken.set(name.toLowerCase(), path);
      yield { file: path, out: join(outRoot, relative(inRoot, folder), name), ...(clash === undefined ? {} : { clash }) };
    }
  }
}

/** One worker thread and the files it holds; a worker that dies is replaced, and its files reported. */
class RenderWorker {
  private worker!: Worker;
  private pending = new Map<number, { task: RenderTask; done: (r: RenderReport) => void }>();

  constructor(private readonly settings: RenderSettings) {
    this.start();
  }

  private start() {
    this.worker = new Worker(new URL('./render-worker.js', import.meta.url), { workerData: this.settings });
    this.worker.on('message', (r: RenderReport) => {
      this.pending.get(r.id)?.done(r);
      this.pending.delete(r.id);
    });
    this.worker.on('error', (error) => this.lost(error.message));
    this.worker.on('exit', (code) => this.lost(`the worker stopped with code ${code}`));
  }

  private lost(why: string) {
    if (!this.pending.size) return;
    for (const { task, done } of this.pending.values()) done({ id: task.id, status: 'failed', lines: [`${task.file}: not rendered (${why})`] });
    this.pending.clear();
    this.start();
  }

  run(task: RenderTask): Promise<RenderReport> {
    return new Promise((done) => {
      this.pending.set(task.id, { task, done });
      this.worker.postMessage(task);
    });
  }

  stop() {
    this.worker.removeAllListeners('exit');
    return this.worker.terminate();
  }
}

export interface FolderOptions {
  element: RenderSettings['element'];
  jobs: number;
  force: boolean;
}

/** Renders the folder; resolves to the exit code. Problems go to stderr, the summary line to stdout. */
export async function renderFolder(folder: string, outFolder: string, options: FolderOptions): Promise<number> {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const settings: RenderSettings = { element: options.element, version: pkg.version, force: options.force };
  const outRoot = resolve(outFolder);
  // The output folder may sit inside the recaps' folder: it is not walked.
  const skip = await realpath(outRoot).catch(() => outRoot);
  const counts: Record<RenderStatus, number> = { rendered: 0, skipped: 0, partial: 0, failed: 0 };
  let unreadable = 0;
  const files = walk(folder, outRoot, folder, skip, (line) => {
    unreadable++;
    process.stderr.write(line + '\n');
  });

  let id = 0;
  const workers = Array.from({ length: options.jobs }, () => new RenderWorker(settings));
  // Each lane takes the next file from the shared walk when its last one is done.
  const lane = async (worker: RenderWorker) => {
    for (;;) {
      const next = await files.next();
      if (next.done) return;
      const { file, out, clash } = next.value;
      const report: Omit<RenderReport, 'id'> = clash
        ? { status: 'failed', lines: [`${file}: not rendered: ${clash} in the same folder also becomes ${relative(outRoot, out)}; rename one of them`] }
        : await worker.run({ id: id++, file, out });
      counts[report.status]++;
      for (const line of report.lines) process.stderr.write(line + '\n');
    }
  };
  try {
    await Promise.all(workers.flatMap((w) => Array.from({ length: IN_FLIGHT }, () => lane(w))));
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }

  const total = counts.rendered + counts.skipped + counts.partial + counts.failed;
  const parts = [`${counts.rendered} rendered`, `${counts.skipped} unchanged`];
  if (counts.partial) parts.push(`${counts.partial} written without the parts with problems`);
  if (counts.failed) parts.push(`${counts.failed} not rendered`);
  if (unreadable) parts.push(`${unreadable} folder${unreadable === 1 ? '' : 's'} not read`);
  process.stdout.write(total ? `${folder}: ${total} recap${total === 1 ? '' : 's'}: ${parts.join(', ')} (in ${outFolder})\n` : `${folder}: no recaps (.json or .md files) found\n`);
  return counts.partial || counts.failed || unreadable ? 1 : 0;
}
