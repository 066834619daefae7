// Removes dist/ so a build never ships files from an earlier one.
import { rm } from 'node:fs/promises';
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
