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

// The layers as src/ folders (architecture.md, "Target layout"). Folder names repeat across
// layers (domain/register and the register feature, formats/share and the share feature), so a
// layer rule reads a relative import from where the file is: it climbs exactly to src/ and goes
// down into a folder named here.
const FEATURES = [
  'editor',
  'library',
  'history',
  'backup',
  'compare',
  'landscape',
  'register',
  'settings',
  'share',
  'sharedLibrary',
  'viewer',
];
const ABOVE_DOMAIN = [
  'app',
  ...FEATURES,
  'ui',
  'state',
  'storage',
  'formats',
  'document',
  'platform',
  'server',
];
const DEPTHS = [1, 2, 3, 4, 5, 6];
const TESTS = ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/**/*.test-helper.ts'];
const PLATFORM_REACT = 'platform/ holds React and zustand parts: hand text in (labels) instead.';

/** A static or dynamic import that climbs `depth` folders to src/ and enters one of `folders`. */
function into(depth, folders, message) {
  const path = `^(\\.\\./){${depth}}(${folders.join('|')})(/|$)`;
  // esquery regexes cannot hold a slash: \x2F stands for it.
  const selector = `ImportExpression[source.value=/${path.replaceAll('/', '\\x2F')}/]`;
  return { pattern: { regex: path, message }, syntax: { selector, message } };
}

/**
 * One layer's import rules, one config per folder depth. `forbid`: [folders, message] pairs;
 * `patterns`: the package and glob patterns the layer keeps (flat config replaces a rule's
 * options per file, so they travel together).
 */
function layer(folder, { forbid, patterns = [], ignores }) {
  return DEPTHS.map((depth) => {
    const checks = forbid.map(([folders, message]) => into(depth, folders, message));
    return {
      files: [`src/${folder}/${'*/'.repeat(depth - 1)}*`],
      ...(ignores ? { ignores } : {}),
      rules: {
        ...restrict([...patterns, ...checks.map((c) => c.pattern)]),
        'no-restricted-syntax': ['error', ...unsafeSyntax, ...checks.map((c) => c.syntax)],
      },
    };
  });
}
const noFeatures = [
  ['app', 'server', ...FEATURES],
  'Lower layers never import features, app/ or server/.',
];

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
  ...layer('domain', {
    patterns: [
      uiLibs,
      dexie,
      zustand,
      features,
      { group: ['**/formats/**'], message: 'domain is the bottom layer.' },
    ],
    forbid: [[ABOVE_DOMAIN, 'domain is the bottom layer.']],
  }),
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
  // The open document's owner sits right above domain: a Yjs implementation can replace it
  // without touching anything else.
  ...layer('document', {
    forbid: [[ABOVE_DOMAIN.filter((f) => f !== 'document'), 'document/ imports only domain/.']],
  }),
  // i18n and the router: usable by state and every feature, so they lean on nothing above domain.
  ...layer('platform', {
    forbid: [
      [ABOVE_DOMAIN.filter((f) => f !== 'platform'), 'platform/ imports nothing above domain/.'],
    ],
  }),
  ...layer('formats', {
    patterns: [uiLibs, dexie, zustand, features],
    forbid: [noFeatures, [['platform'], PLATFORM_REACT]],
  }),
  ...layer('storage', {
    patterns: [uiLibs, zustand, features],
    forbid: [noFeatures, [['platform'], PLATFORM_REACT]],
  }),
  ...layer('state', { patterns: [uiLibs, dexie, features], forbid: [noFeatures] }),
  // The server (Node) shares the pure layers with the app: the same schema, load gate and merge.
  ...layer('server', {
    patterns: [uiLibs, dexie, zustand, features],
    forbid: [
      [
        ['app', 'ui', 'state', 'storage', 'platform', ...FEATURES],
        'server/ shares only domain/ and formats/ with the app.',
      ],
      // Co-editing: the server projects and validates Y documents with the editor's own mapping.
      [
        ['document(?!/yjs/mapping(\\.ts)?$)'],
        'server/ shares only domain/, formats/ and document/yjs/mapping with the app.',
      ],
    ],
  }),
  // Tests of features and ui too; the layer rules below, which leave tests out, repeat it.
  {
    files: [...FEATURES, 'ui'].map((folder) => `src/${folder}/**`),
    rules: restrict([
      { group: ['dexie', 'fake-indexeddb'], message: 'Only src/storage touches IndexedDB.' },
    ]),
  },
  // Features and ui reach storage and the app's composition only through state/services.ts;
  // tests may set up storage themselves.
  ...['ui', ...FEATURES].flatMap((folder) =>
    layer(folder, {
      ignores: TESTS,
      patterns: [
        { group: ['dexie', 'fake-indexeddb'], message: 'Only src/storage touches IndexedDB.' },
      ],
      forbid: [
        [
          ['storage', 'app'],
          'Features reach storage and the app through services() (src/state/services.ts).',
        ],
        [['server'], 'The browser never bundles server code: talk to it over /api.'],
      ],
    }),
  ),
);
