// `npm start`: builds dist/ only when the sources changed since the last build (scripts/build-stamp.mjs),
// then serves the demo. With PORT unset it takes port 8000, or the next free one and says so; with
// PORT set it uses that port or stops at once, in one line, before any build.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import devServerConfig from '../web-dev-server.config.mjs';
import { staleness } from './build-stamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PORT = 8000;
/** How many ports after 8000 are tried before any free port the system gives. */
const TRIES = 20;

/** Whether nothing listens on this port, on any address: the dev server listens on all of them. */
const isFree = (port) =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => (error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(false) : reject(error)));
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolve(true)));
  });

const fail = (message) => {
  console.error(message);
  process.exit(1);
};

const requested = process.env.PORT?.trim() || undefined;
if (requested !== undefined && !(/^\d+$/.test(requested) && Number(requested) >= 1 && Number(requested) <= 65535)) {
  fail(`PORT is "${process.env.PORT}"; it must be a port number from 1 to 65535 (or unset: ${DEFAULT_PORT}, or the next free port).`);
}

/** The port to serve on: PORT when it is free (else stop, saying so), or 8000 and up. */
async function choosePort() {
  if (requested !== undefined) {
    const port = Number(requested);
    if (await isFree(port)) return { port };
    let free = port + 1;
    while (free <= 65535 && !(await isFree(free))) free++;
    fail(`Port ${port} (from PORT) is in use by another program. Stop that program, or run \`PORT=${free} npm start\`, or leave PORT unset to take a free port.`);
  }
  for (let port = DEFAULT_PORT; port < DEFAULT_PORT + TRIES; port++) if (await isFree(port)) return { port, busy: port > DEFAULT_PORT };
  return { port: 0, busy: true };
}

// A port that PORT names and that is taken is said before a build that may take a minute.
if (requested !== undefined) await choosePort();

const why = await staleness(root);
if (why) {
  console.log(`Building dist/: ${why}.`);
  const build = spawn('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const stop = (signal) => build.kill(signal);
  process.on('SIGINT', stop).on('SIGTERM', stop);
  const code = await new Promise((resolve) => build.on('exit', (c, signal) => resolve(signal ? 1 : c)));
  process.off('SIGINT', stop).off('SIGTERM', stop);
  if (code !== 0) fail(`The build failed (exit code ${code}); nothing is served.`);
} else {
  console.log('dist/ is current with the sources: not rebuilding (`npm run build` forces a build).');
}

const { port, busy } = await choosePort();
const server = await startDevServer({
  config: { ...devServerConfig, port },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const actual = server.server?.address()?.port ?? port;
if (busy) console.log(`Port ${DEFAULT_PORT} is in use by another program, so the demo is on port ${actual}.`);
console.log(`\nRecap demo: http://localhost:${actual}/demo/   (Ctrl+C stops it)\n`);
// The dev server stops itself on Ctrl+C; a SIGTERM (npm stopped, a CI timeout) must not leave it holding the port.
process.once('SIGTERM', async () => {
  await server.stop();
  process.exit(0);
});
