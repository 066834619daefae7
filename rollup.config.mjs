// Script-tag bundles: lit inlined, self-registering, minified; marked is their file on demand. Each bundle is
// one file plus the languages other than English, which sit next to it as
// recap-lang-<code>.min.js and load, relative to the bundle's own URL, when a page needs them.
// The npm modules in dist/ are tsc's output, with lit and marked left external.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { compactLocales } from './scripts/compact-locales.mjs';

// The reader bundles load the Recap Markdown compiler only when a page has a
// <script type="text/markdown">: its dynamic import becomes the file next to the bundle.
const AUTHORING = 'recap-authoring';
const authoringNextToBundle = () => ({
  name: 'authoring-next-to-bundle',
  resolveDynamicImport(specifier) {
    if (typeof specifier === 'string' && /(^|\/)authoring\/index\.js$/.test(specifier)) return { id: AUTHORING, external: true };
    return null;
  },
});

// Loaded on demand, each as `<bundle>-<name>.min.js`: found by the module that starts it.
const ON_DEMAND = [
  { name: 'explain', entry: /[\\/]data[\\/]explain\.js$/ },
  { name: 'hydrate', entry: /[\\/]shared[\\/]hydrate-support\.js$/ },
  // marked, fetched the first time a widget's text has Markdown in it (plain text needs none).
  { name: 'markdown', entry: /[\\/]marked[\\/]/ },
  // The rarer question types, each fetched the first time a quiz has one (ordering with its controller).
  { name: 'order', entry: /[\\/]questions[\\/]order\.js$/ },
  { name: 'cloze', entry: /[\\/]questions[\\/]cloze\.js$/ },
  { name: 'matching', entry: /[\\/]questions[\\/]matching\.js$/ },
  // The editor's: import/export formats (Recap Markdown with yaml, GIFT, quizdown, Aiken), figure
  // drafting, and language detection, each loaded the first time the author uses it.
  { name: 'formats', entry: /[\\/]editor[\\/]formats\.js$/ },
  { name: 'drafting', entry: /[\\/]authoring[\\/]draft-figures\.js$/ },
  { name: 'detect', entry: /[\\/]franc-min[\\/]index\.js$/ },
  // The editor's sections for cloze and matching questions, loaded with the draft's first one.
  { name: 'questions', entry: /[\\/]editor[\\/]sections[\\/]question-kinds\.js$/ },
  // The editor's SCORM download (the zip library and the package's manifest and launch page).
  { name: 'lms', entry: /[\\/]editor[\\/]lms-export\.js$/ },
  // The editor's preview of a quiz, loaded with the draft's first question.
  { name: 'quiz', entry: /[\\/]recap-quiz[\\/]define\.js$/ },
];

// Only the server renderer marks records as checked (data/known-valid.ts): readers' bundles mark
// none, so they carry no set of them, and the check for one is gone.
const noKnownValid = () => ({
  name: 'no-known-valid',
  load: (id) => (/[\\/]data[\\/]known-valid\.js$/.test(id) ? 'export const knownValid = undefined;' : null),
});

const bundle = (input, file) => ({
  input,
  // tsc's decorator helper reads `this` at module level, where it is undefined in ESM; that is expected.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  output: {
    dir: 'dist',
    entryFileNames: file,
    // Every bundle splits out the same language files (data only), so they share one name.
    // What only some pages need is the bundle's own file beside it (it uses the bundle's Lit):
    // the author's hints for wrong data, and Lit's support for pre-rendered HTML.
    chunkFileNames: (chunk) => {
      const lang = chunk.moduleIds.length === 1 && /(?<![\\/]editor)[\\/]locales[\\/]([a-z]{2,3})\.js$/.exec(chunk.moduleIds[0])?.[1];
      if (lang) return `recap-lang-${lang}.min.js`;
      // The editor's own words in the other nine languages, loaded by the page's language.
      const editorLang = chunk.moduleIds.length === 1 && /[\\/]editor[\\/]locales[\\/]([a-z]{2,3})\.js$/.exec(chunk.moduleIds[0])?.[1];
      if (editorLang) return `recap-editor-lang-${editorLang}.min.js`;
      const own = ON_DEMAND.find(({ entry }) => chunk.moduleIds.some((id) => entry.test(id)));
      // Code two of the editor's on-demand parts share (plain text for the quiz and the exports) is a file of its own.
      if (!own && file === 'recap-editor.min.js') return `recap-editor-${chunk.name}.min.js`;
      if (!own) throw new Error(`unexpected chunk ${chunk.name} (${chunk.moduleIds.join(', ')}): only languages, hints, hydration, marked, the rarer question types and the editor's on-demand parts are split out`);
      return file.replace(/\.min\.js$/, `-${own.name}.min.js`);
    },
    format: 'es',
    sourcemap: true,
    paths: { [AUTHORING]: './recap-authoring.min.js' },
  },
  plugins: [
    authoringNextToBundle(),
    noKnownValid(),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    minifyTemplates(),
    compactLocales(),
    terser({ ecma: 2022, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
  ],
});

/** The same bundle as one file: what it would load on demand is inside it. */
function inlined(config) {
  const output = { ...config.output };
  delete output.chunkFileNames;
  return { ...config, output: { ...output, inlineDynamicImports: true } };
}

export default [
  // Everything.
  bundle('dist/bundles/recap.js', 'recap.min.js'),
  // One element each, for pages that need only that one.
  bundle('dist/bundles/recap-quiz.js', 'recap-quiz.min.js'),
  bundle('dist/bundles/recap-summary.js', 'recap-summary.min.js'),
  bundle('dist/bundles/recap-figures.js', 'recap-figures.min.js'),
  // Recap Markdown (compiler, YAML, marked), fetched by the bundles above only when needed.
  bundle('dist/bundles/recap-authoring.js', 'recap-authoring.min.js'),
  // The editor (authoring only): its own file, so the reader bundles do not grow. Its preview
  // loads the same recap-lang-<code>.min.js files as the reader bundles.
  bundle('dist/bundles/recap-editor.js', 'recap-editor.min.js'),
  // The launch bundle of SCORM packages (recap-widgets/lms): the runtime adapter, then every element.
  // Never loaded by reader pages; only the packages carry it, with its on-demand files.
  bundle('dist/bundles/recap-scorm.js', 'recap-scorm.min.js'),
  // Every element with nothing loaded on demand (languages, hydration, question types inlined), for
  // the one self-contained page of `recap-widgets package --html`. Never loaded by reader pages.
  inlined(bundle('dist/bundles/recap.js', 'recap-inline.min.js')),
];
