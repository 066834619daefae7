/**
 * Records that passed the article checks and can no longer change (deep-frozen copies, which
 * only the server renderer makes, see server/frozen-valid.ts): checkArticle passes them without
 * walking them again, so the elements of one server render do not each repeat the check.
 * Nothing else belongs here. The reader bundles mark nothing: they build with `undefined` in
 * its place (rollup.config.mjs), and the check for it is gone from them.
 */
export const knownValid: WeakSet<object> | undefined = new WeakSet<object>();
