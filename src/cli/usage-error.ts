/** A mistake in the command line (not in a file): run.ts prints it on one line with the command's name, and exits 2. */
export class UsageError extends Error {}
