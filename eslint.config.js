import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noMarkupFromStrings = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML: text becomes markup only through src/render/.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'No outerHTML: text becomes markup only through src/render/.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No insertAdjacentHTML.' },
  { selector: "ImportDeclaration[source.value=/unsafe-html|unsafe-svg/]", message: 'No unsafeHTML / unsafeSVG.' },
  { selector: "ImportSpecifier[imported.name=/^unsafe/]", message: 'No unsafe* directives.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/consumers/**/node_modules/', 'coverage/', '.wtr-tmp/', '.stryker-tmp/', 'reports/', 'examples/*/_site/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...noMarkupFromStrings],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // src/render/ is where text becomes markup: there, and only there, a tag name the registry
    // accepted may become a static part of a template (render/element-tag.ts).
    files: ['src/render/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...noMarkupFromStrings.filter((r) => !r.selector.startsWith('ImportSpecifier')), { selector: "ImportSpecifier[imported.name=/^unsafe(?!Static$)/]", message: 'No unsafe* directives.' }],
    },
  },
  {
    // The data module runs in Node: no DOM.
    files: ['src/data/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'HTMLElement', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
