#!/usr/bin/env node
/**
 * recap-widgets CLI. `recap-widgets validate FILE...` prints every problem as
 * `FILE: /path: message` and exits 1 when there is any.
 */
import { readFile } from 'node:fs/promises';
import { parseArticleJson } from './data/load.js';
import { MAX_DOCUMENT_BYTES } from './data/validate.js';

const USAGE = 'Usage: recap-widgets validate FILE...';

async function validateFiles(files: string[]): Promise<number> {
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      const buf = await readFile(file);
      if (buf.byteLength > MAX_DOCUMENT_BYTES) {
        console.log(`${file}: : the file is ${(buf.byteLength / 1e6).toFixed(1)} MB; the limit is 1 MB`);
        failed++;
        continue;
      }
      text = buf.toString('utf8');
    } catch (error) {
      console.log(`${file}: : cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      failed++;
      continue;
    }
    const result = parseArticleJson(text, 'the file');
    if (result.ok) console.log(`${file}: ok`);
    else {
      failed++;
      for (const p of result.problems) console.log(`${file}: ${p.path}: ${p.message}`);
    }
  }
  return failed ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'validate' && rest.length) return validateFiles(rest);
  if (command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
