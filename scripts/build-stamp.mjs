// Whether dist/ is what `npm run build` makes from the sources as they are now, so `npm start`
// can skip a build that would change nothing.
//
//   node scripts/build-stamp.mjs    the last step of `npm run build`: records a hash of every file
//                                   the build reads and of everything it wrote
//   staleness(root)                 (for scripts/start.mjs) why a build is needed, or undefined
//
// Content hashes, not modification times: a checkout, a copy or an editor that touches files
// without changing them does not force a build, and a change inside the same second is seen.
// scripts/clean.mjs deletes the stamp, so a build that fails half-way leaves none.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the build reads: sources, the build scripts and their configuration, the seed the demo pages are pre-rendered from. */
export const BUILD_INPUTS = ['src', 'scripts', 'demo/data', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];
/** What the build writes. */
export const BUILD_OUTPUTS = ['dist', 'demo/ssr.html', 'demo/csp-ssr.html'];

export const stampFile = (root) => join(root, 'node_modules/.cache/recap-widgets/build-stamp.json');

async function files(root, path) {
  const full = join(root, path);
  let entries;
  try {
    entries = await readdir(full, { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOTDIR') return [path];
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? files(root, join(path, e.name)) : [join(path, e.name)])));
  return nested.flat();
}

/** Every file under these paths, relative to root, with the SHA-256 of its content. */
export async function fingerprint(root, paths) {
  const list = (await Promise.all(paths.map((p) => files(root, p)))).flat().sort();
  const hashes = await Promise.all(list.map(async (f) => createHash('sha256').update(await readFile(join(root, f))).digest('hex')));
  return Object.fromEntries(list.map((f, i) => [f.split('\\').join('/'), hashes[i]]));
}

const digest = (prints) => createHash('sha256').update(JSON.stringify(prints)).digest('hex');

export async function writeStamp(root) {
  const [inputs, outputs] = await Promise.all([fingerprint(root, BUILD_INPUTS), fingerprint(root, BUILD_OUTPUTS)]);
  await mkdir(dirname(stampFile(root)), { recursive: true });
  await writeFile(stampFile(root), JSON.stringify({ builtAt: new Date().toISOString(), outputs: digest(outputs), inputs }, null, 1) + '\n');
}

export const removeStamp = (root) => rm(stampFile(root), { force: true });

/** Why dist/ must be built again, in a few words; undefined when it is current. */
export async function staleness(root) {
  let stamp;
  try {
    stamp = JSON.parse(await readFile(stampFile(root), 'utf8'));
  } catch {
    return 'no finished build was recorded here';
  }
  const now = await fingerprint(root, BUILD_INPUTS);
  const changed = [...new Set([...Object.keys(now), ...Object.keys(stamp.inputs ?? {})])].filter((f) => now[f] !== stamp.inputs?.[f]).sort();
  if (changed.length) {
    const more = changed.length > 1 ? ` and ${changed.length - 1} more file${changed.length > 2 ? 's' : ''}` : '';
    return `${changed[0]}${more} changed since the last build`;
  }
  if (digest(await fingerprint(root, BUILD_OUTPUTS)) !== stamp.outputs) return 'dist/ was changed or removed after the last build';
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  await writeStamp(root);
  console.log(`build-stamp: recorded ${relative(root, stampFile(root))}`);
}
