// One lint setup for the whole repo. The import rules below are the architecture's dependency
// rules (docs: ../shared/docs/architecture.md): a violation is a red build, not a review comment.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const unsafeSyntax = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Never inject HTML; render text as React children.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});
const uiLibs = {
  group: ['react', 'react-dom', 'react/*', '@xyflow/*', '@radix-ui/*'],
  message: 'Keep this layer free of UI.',
};
const dexie = {
  group: ['dexie', 'fake-indexeddb', '**/storage/**'],
  message: 'Only src/storage touches IndexedDB.',
};
const zustand = {
  group: ['zustand', 'zustand/*', '**/state/**'],
  message: 'State is wired in features and app.',
};
const features = {
  group: ['**/editor/**', '**/library/**', '**/app/**'],
  message: 'Lower layers never import features.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'playwright-report',
      'test-results',
      'test-results-*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', ...unsafeSyntax],
      // User text reaches the page only as text: React children, textContent, our escaped SVG.
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
          property,
          message: 'Never inject HTML; render text as React children or textContent.',
        })),
        ...['write', 'writeln'].map((property) => ({
          object: 'document',
          property,
          message: 'Never write HTML into the document.',
        })),
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: restrict([
      uiLibs,
      dexie,
      zustand,
      features,
      { group: ['**/formats/**'], message: 'domain is the bottom layer.' },
    ]),
  },
  {
    files: ['src/domain/**'],
    ignores: ['src/domain/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'navigator',
        'fetch',
      ],
    },
  },
  { files: ['src/formats/**'], rules: restrict([uiLibs, dexie, zustand, features]) },
  { files: ['src/storage/**'], rules: restrict([uiLibs, zustand, features]) },
  { files: ['src/state/**'], rules: restrict([uiLibs, dexie, features]) },
  {
    files: [
      'src/editor/**',
      'src/library/**',
      'src/ui/**',
      'src/share/**',
      'src/register/**',
      'src/compare/**',
      'src/landscape/**',
      'src/settings/**',
      'src/backup/**',
      'src/history/**',
    ],
    rules: restrict([
      { group: ['dexie', 'fake-indexeddb'], message: 'Only src/storage touches IndexedDB.' },
    ]),
  },
);
