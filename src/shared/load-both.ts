/** Loaders of code on demand (`codeToLoad`): one that runs both, or whichever is there, or undefined. */
export type Load = (() => Promise<unknown>) | undefined;

export const loadBoth = (a: Load, b: Load): Load => (a && b ? () => Promise.all([a(), b()]) : (a ?? b));
