// `npm start`: serves the demo pages; .ts sources are compiled on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** The strict policy demo/csp*.html are served with: no inline script or style, no eval, Trusted Types on. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** Serves demo/csp*.html and the studio with STRICT_CSP (the dev server, and the browser tests that load those pages). */
export async function strictCspPages(ctx, next) {
  await next();
  if (/^\/demo\/(csp[\w-]*|studio)\.html/.test(ctx.path)) ctx.set('Content-Security-Policy', STRICT_CSP);
}

export default {
  open: false,
  port: Number(process.env.PORT ?? 8000),
  rootDir: '.',
  nodeResolve: true,
  appIndex: 'demo/index.html',
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [
    async (ctx, next) => {
      if (ctx.url === '/') return ctx.redirect('/demo/');
      await next();
    },
    strictCspPages,
  ],
};
