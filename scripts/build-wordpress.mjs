// npm run build:wordpress: the WordPress plugin in wordpress/, with the widgets' files from dist/,
// as recap-widgets-wordpress.zip (one folder, recap-widgets/, as "Plugins > Add New > Upload"
// expects). Run `npm run build` first. Also writes wordpress/languages/recap-widgets.pot (wp-pot).
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { WP_Pot } from 'wp-pot';

const SLUG = 'recap-widgets';
const DOMAIN = 'recap-widgets';
const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}wordpress/`;
const out = `${root}recap-widgets-wordpress.zip`;
const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'));

const fail = (message) => {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
};

/** Every file under a folder, as paths relative to it. */
async function walk(dir, prefix = '') {
  const entries = await readdir(dir + prefix, { withFileTypes: true });
  const files = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`])));
  return files.flat().sort();
}

// One version everywhere a site or WordPress reads it.
const version = pkg.version;
const main = await readFile(`${source}recap-widgets.php`, 'utf8');
const readme = await readFile(`${source}readme.txt`, 'utf8');
const block = JSON.parse(await readFile(`${source}block/block.json`, 'utf8'));
const versions = {
  'recap-widgets.php Version header': /^\s*\*\s*Version:\s*(\S+)/m.exec(main)?.[1],
  'recap-widgets.php RECAP_WIDGETS_VERSION': /'RECAP_WIDGETS_VERSION',\s*'([^']+)'/.exec(main)?.[1],
  'readme.txt Stable tag': /^Stable tag:\s*(\S+)/m.exec(readme)?.[1],
  'block.json version': block.version,
};
for (const [where, v] of Object.entries(versions)) if (v !== version) fail(`${where} is ${v}, package.json says ${version}`);

// The widgets: every script-tag file of dist/ (bundles, languages, on-demand helpers, the compiler
// and the studio), in a folder named for their content, so that a new build is a new URL.
let distFiles;
try {
  distFiles = (await readdir(`${root}dist`)).filter((f) => /^recap.*\.min\.js$/.test(f)).sort();
} catch {
  distFiles = [];
}
for (const needed of ['recap.min.js', 'recap-authoring.min.js', 'recap-editor.min.js'])
  if (!distFiles.includes(needed)) fail(`dist/${needed} is missing: run 'npm run build' first`);
const widgets = new Map();
const hash = createHash('sha256');
for (const f of distFiles) {
  const bytes = await readFile(`${root}dist/${f}`);
  widgets.set(f, bytes);
  hash.update(f).update(bytes);
}
const widgetsDir = `widgets/${version}-${hash.digest('hex').slice(0, 10)}`;

// Translations: the strings of every PHP file (the editor's words are PHP's too), with wp-pot.
const potOf = (textdomain) =>
  new WP_Pot({
    pathsRelativeTo: source,
    php: { textdomain, metadataFile: 'recap-widgets.php' },
    pot: { package: `Recap Widgets ${version}`, bugReport: pkg.bugs.url, defaultHeaders: false, extraHeaders: { 'X-Domain': DOMAIN } },
  })
    .parse([`${source}**/*.php`])
    .generatePot();
// wp-pot dates the copyright line; without the year the file changes only when the strings do.
const pot = potOf(DOMAIN).replace(/^# Copyright \(C\) \d{4} /m, '# Copyright (C) ');
const count = (text) => (text.match(/^msgid "./gm) || []).length;
if (count(potOf(undefined)) !== count(pot)) fail(`a translatable string in wordpress/ is not in the "${DOMAIN}" text domain`);
await mkdir(`${source}languages`, { recursive: true });
await writeFile(`${source}languages/${DOMAIN}.pot`, pot);

// The zip: wordpress/ as it is, plus what the build knows.
const files = {};
const enc = new TextEncoder();
for (const f of await walk(source)) files[`${SLUG}/${f}`] = new Uint8Array(await readFile(source + f));
for (const [f, bytes] of widgets) files[`${SLUG}/${widgetsDir}/${f}`] = new Uint8Array(bytes);
files[`${SLUG}/build-info.php`] = enc.encode(
  `<?php\n// Written by npm run build:wordpress.\ndefined( 'ABSPATH' ) || exit;\nreturn array( 'widgets' => '${widgetsDir}' );\n`,
);
const editor = await readFile(`${source}block/editor.js`);
const editorDeps = ['wp-block-editor', 'wp-blocks', 'wp-components', 'wp-element', 'wp-i18n'];
files[`${SLUG}/block/editor.asset.php`] = enc.encode(
  `<?php\n// Written by npm run build:wordpress.\nreturn array( 'dependencies' => array( ${editorDeps.map((d) => `'${d}'`).join(', ')} ), 'version' => '${createHash('sha256').update(editor).digest('hex').slice(0, 10)}' );\n`,
);
// A fixed date, so the same sources make the same zip.
const mtime = new Date('2025-01-01T00:00:00Z');
const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])), { level: 9 });
await writeFile(out, zip);

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const widgetBytes = [...widgets.values()].reduce((n, b) => n + b.length, 0);
console.log(`${relative(root, out)}: ${kib(zip.length)} (${Object.keys(files).length} files; widgets ${kib(widgetBytes)} in ${SLUG}/${widgetsDir}/)`);
