// node:test's test() and friends, registered with mocha (which runs the file under Stryker).
const g = globalThis;
export const test = (name, fn) => g.it(name, () => fn({}));
export const it = test;
export const describe = (name, fn) => g.describe(name, fn);
export const before = (fn) => g.before(fn);
export const after = (fn) => g.after(fn);
export const beforeEach = (fn) => g.beforeEach(fn);
export const afterEach = (fn) => g.afterEach(fn);
export default test;
