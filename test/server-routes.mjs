// Server behaviours the loading tests need: errors, HTML, oversize and slow bodies.
import { readFileSync } from 'node:fs';

const demo = readFileSync(new URL('../demo/data/istanbul-talks.json', import.meta.url), 'utf8');

export async function testRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__recap/')) return next();
  const route = url.pathname.slice('/__recap/'.length);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((r) => setTimeout(r, Math.min(delay, 10_000)));
  switch (route) {
    case 'ssr': {
      // HTML pre-rendered by recap-widgets/server (dist/), for the hydration tests.
      const { renderRecapHtml } = await import('../dist/server/index.js');
      const article = { ...JSON.parse(demo), ...(url.searchParams.get('lang') && url.searchParams.get('lang') !== '-' ? { lang: url.searchParams.get('lang') } : {}) };
      // lang=- : an article that names no language (its words follow the page's).
      if (url.searchParams.get('lang') === '-') delete article.lang;
      const shuffle = url.searchParams.get('shuffle');
      if (shuffle) article.quiz = { ...article.quiz, shuffle };
      const option = (name) => url.searchParams.get(name) ?? undefined;
      const result = await renderRecapHtml(article, { element: option('element') ?? 'recap-article', mode: option('mode'), persist: option('persist'), ...(option('data') === 'false' ? { data: false } : {}) });
      ctx.type = 'text/html';
      ctx.body = result.ok ? result.html : JSON.stringify(result.problems);
      return;
    }
    case 'ok':
      ctx.type = 'application/json';
      ctx.body = demo;
      return;
    case 'not-found':
      ctx.status = 404;
      ctx.type = 'application/json';
      ctx.body = '{"error":"nope"}';
      return;
    case 'server-error':
      ctx.status = 500;
      ctx.body = 'boom';
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Sign in</title><p>Please sign in';
      return;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = demo.slice(0, 500);
      return;
    case 'empty':
      ctx.type = 'application/json';
      ctx.body = '';
      return;
    case 'big': {
      // 50 MB announced and streamed slowly: the client must stop early without buffering it.
      const { Readable } = await import('node:stream');
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      ctx.type = 'application/json';
      if (url.searchParams.get('length') !== 'none') ctx.length = 50 * 1024 * 1024;
      ctx.body = new Readable({
        read() {
          if (sent >= 50 * 1024 * 1024) return this.push(null);
          sent += chunk.length;
          this.push(chunk);
        },
      });
      return;
    }
    case 'never':
      // Hangs until the client gives up; frees the connection then, so other tests are not starved.
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 60_000);
        ctx.req.on('close', () => (clearTimeout(timer), resolve()));
      });
      ctx.body = demo;
      return;
    default:
      return next();
  }
}
