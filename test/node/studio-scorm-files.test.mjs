// The studio's SCORM download names the launch bundle's files itself (a browser cannot list dist/):
// the names must be every recap-scorm file the build writes, so no on-demand part is left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { packageFileNames } from '../../dist/editor/lms-export.js';

test('the studio packs every recap-scorm file the build writes, and the article language file', () => {
  const built = readdirSync(new URL('../../dist/', import.meta.url)).filter((f) => /^recap-scorm(-[a-z]+)?\.min\.js$/.test(f));
  assert.deepEqual(packageFileNames({ lang: 'en' }).sort(), built.sort());
  assert.deepEqual(packageFileNames({ lang: 'de-AT' }).filter((f) => !built.includes(f)), ['recap-lang-de.min.js']);
});
