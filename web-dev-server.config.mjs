// `npm start`: serves the demo pages; .ts sources are compiled on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  open: false,
  port: Number(process.env.PORT ?? 8000),
  rootDir: '.',
  nodeResolve: true,
  appIndex: 'demo/index.html',
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [
    (ctx, next) => {
      if (ctx.url === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
};
