// Serves the repository and the loading tests' routes (test/server-routes.mjs) on a free port.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { testRoutes } from '../server-routes.mjs';

const root = new URL('../../', import.meta.url);

export function startServer() {
  const server = createServer(async (req, res) => {
    // The same small surface of a Koa context that testRoutes reads and writes.
    const ctx = { url: req.url, req, status: 200, type: undefined, length: undefined, body: undefined };
    let handled = true;
    await testRoutes(ctx, async () => {
      handled = false;
    });
    if (!handled) {
      try {
        ctx.body = await readFile(new URL('.' + new URL(req.url, 'http://x').pathname, root));
        ctx.type = req.url.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      } catch {
        ctx.status = 404;
        ctx.body = 'not found';
      }
    }
    const headers = {};
    if (ctx.type) headers['content-type'] = ctx.type;
    if (ctx.length !== undefined) headers['content-length'] = String(ctx.length);
    if (res.destroyed) return;
    res.writeHead(ctx.status, headers);
    if (ctx.body instanceof Readable) {
      ctx.body.on('error', () => {});
      res.on('close', () => ctx.body.destroy());
      ctx.body.pipe(res);
    } else res.end(ctx.body ?? '');
  });
  server.unref();
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}
