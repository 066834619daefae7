// Writes dist/article.schema.json from the compiled schema definition.
import { writeFile, chmod } from 'node:fs/promises';
import { articleJsonSchema } from '../dist/data/json-schema.js';

await writeFile(new URL('../dist/article.schema.json', import.meta.url), JSON.stringify(articleJsonSchema(), null, 2) + '\n');
// npm sets the bin's mode on install; this makes `node dist/cli.js` and `./dist/cli.js` work in the repo too.
await chmod(new URL('../dist/cli.js', import.meta.url), 0o755);
