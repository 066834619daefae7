// Module hooks for running the pure-module tests under mocha with the source, not the build:
// '@open-wc/testing' -> a small Node stand-in (chai's expect, fixture); 'node:test' -> mocha's
// own functions; dist/data/*.js and dist/render/*.js (what the node tests import) -> src/data/*.ts, src/render/*.ts.
const here = (file) => new URL(file, import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === '@open-wc/testing') return { url: here('./open-wc-testing.mjs'), shortCircuit: true };
  if (specifier === 'node:test') return { url: here('./node-test.mjs'), shortCircuit: true };
  if (specifier.startsWith('.') && context.parentURL) {
    const match = /^(.*)\/dist\/(data|render)\/([\w-]+)\.js$/.exec(new URL(specifier, context.parentURL).href);
    if (match) return next(`${match[1]}/src/${match[2]}/${match[3]}.ts`, context);
  }
  return next(specifier, context);
}
