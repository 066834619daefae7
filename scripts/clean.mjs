// Removes dist/ and the record of the last build (scripts/build-stamp.mjs), so a build never ships
// files from an earlier one and a build that stops half-way is never taken for a finished one.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { removeStamp } from './build-stamp.mjs';

await removeStamp(fileURLToPath(new URL('..', import.meta.url)));
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
