// node:test's test() and friends, registered with mocha (which runs the file under Stryker).
// Tests of the built CLI are skipped: they run dist/cli.js, and mutation testing does not build.
const g = globalThis;
export const test = (name, fn) => (/\bthe CLI\b/.test(name) ? g.it.skip(name) : g.it(name, () => fn({})));
export const it = test;
export const describe = (name, fn) => g.describe(name, fn);
export const before = (fn) => g.before(fn);
export const after = (fn) => g.after(fn);
export const beforeEach = (fn) => g.beforeEach(fn);
export const afterEach = (fn) => g.afterEach(fn);
export default test;
