/** This package's version (test/node/editor-version.test.mjs holds it to package.json's), pinned in the embed snippet. */
export const VERSION = '0.1.0';

/** The README's CDN, at this version: what the embed snippet loads the widgets from. */
export const DEFAULT_SCRIPT_URL = `https://unpkg.com/recap-widgets@${VERSION}/dist/recap.min.js`;
