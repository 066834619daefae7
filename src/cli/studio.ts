/** `recap-widgets studio [FILE] [--port N]`: Recap Studio on this machine until Ctrl+C (the server module loads only here). */
import { defineCommand } from './command.js';
import { readDocument } from './read-file.js';
import { UsageError } from './usage-error.js';

export default defineCommand({
  name: 'studio',
  usage: '[FILE] [--port N]',
  summary: 'Recap Studio, a local editor in the browser',
  description: [
    'Serves Recap Studio on http://127.0.0.1 (this machine only) until Ctrl+C, and prints its address.',
    'With FILE (.json, or .md and .txt, opened as text), the studio opens it and saving writes the record',
    'to FILE (or to FILE with .json for the others). A FILE that does not exist yet is created on the first save.',
  ].join('\n'),
  options: {
    port: { type: 'string', value: 'N', description: 'the port to listen on (default: any free port)' },
  },
  positionals: { min: 0, max: 1, name: 'FILE' },
  async run({ port: portText }, [file]) {
    const port = portText === undefined ? 0 : Number(portText);
    if (!/^\d+$/.test(portText ?? '0') || port > 65535) throw new UsageError(`--port must be a port number (0-65535), found "${portText}"`);
    if (file) {
      // The same checks as every other command, before the server starts; a new file is fine.
      const read = await readDocument(file);
      if (!read.ok && read.code !== 'ENOENT') {
        console.error(read.message);
        return 1;
      }
    }
    const { startStudio } = await import('../studio/server.js');
    let server;
    try {
      server = await startStudio({ ...(file ? { file } : {}), port });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      console.error(`Port ${port} is in use by another program: choose another with --port, or leave --port out to take a free one.`);
      return 1;
    }
    console.log(`Recap Studio${file ? ` for ${file}` : ''}: ${server.url}  (Ctrl+C to stop)`);
    await new Promise<void>((done) => process.once('SIGINT', done).once('SIGTERM', done));
    await server.close();
    return 0;
  },
});
