import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Node's built-in modules, bare and with the node: prefix.
const NODE_BUILTINS = builtinModules.flatMap((m) => [m, `node:${m}`]);

const restrict = (message, names, patterns = []) => ['error', { paths: names.map((name) => ({ name, message })), patterns: patterns.length ? [{ group: patterns, message }] : [] }];

// An import of one of electron/'s folders, by a relative path that climbs to it
// ('../desktop/x.js', '../../web/x.js') or one naming electron/ ('../electron/web/x.js').
const electronFolder = (...folders) => `(^(\\.\\.?/)+(electron/)?|(^|/)electron/)(${folders.join('|')})(/|$)`;
const restrictFolders = (message, ...folders) => ['error', { patterns: [{ regex: electronFolder(...folders), message }] }];

const SHARED_PURE = restrict(
  'shared/ must stay pure: no electron, Node built-ins or React.',
  ['electron', 'react', 'react-dom', 'better-sqlite3', 'exceljs', ...NODE_BUILTINS],
  ['react/*', 'react-dom/*', '@xyflow/*', '../electron/*', '../renderer/*', '**/electron/**', '**/renderer/**'],
);

// The folders of shared/ above domain/: the features, and the estate and changes over them.
const ABOVE_DOMAIN = ['costs', 'planner', 'rollback', 'findings', 'tiers', 'graph', 'excel', 'import', 'report', 'estate', 'changes', 'sample', 'synthetic', 'text'];

/** A folder of shared/ that may not import the folders `folders` (a regex alternative) names; it repeats shared/'s purity rule, which it replaces there. */
function sharedFloor(files, folders, message) {
  return {
    files: [files],
    rules: {
      'no-restricted-imports': ['error', { ...SHARED_PURE[1], patterns: [...SHARED_PURE[1].patterns, { regex: `(^(\\.\\./)+|(^|/)shared/)${folders}(/|$)`, message }] }],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-node/**', 'dist-cli/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='eval']", message: 'No eval.' }],
    },
  },
  {
    // shared/ is pure TypeScript: it runs in the renderer, workers, both hosts and the CLI.
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': SHARED_PURE },
  },
  // shared/domain/ is the bottom floor: the features (and the estate and changes built
  // over them) import it, never the other way.
  sharedFloor('shared/domain/**/*.ts', `(${ABOVE_DOMAIN.join('|')})`, `shared/domain/ is the bottom floor: it may not import ${ABOVE_DOMAIN.map((f) => f + '/').join(', ')}.`),
  // shared/excel/ writes the workbook and reads CSV; shared/import/ reads what comes
  // back and builds on excel's columns, never the other way, so the two are not a loop.
  sharedFloor('shared/excel/**/*.ts', 'import', 'shared/excel/ may not import shared/import/: import builds on excel, not the other way.'),
  {
    // The renderer reaches the back end only through the Bridge.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(
        'The renderer talks to the back end only through the Bridge: no electron or Node modules.',
        ['electron', 'better-sqlite3', 'exceljs', ...NODE_BUILTINS],
        ['**/electron/**'],
      ),
    },
  },
  {
    // electron/: two hosts over one back end. desktop/ and web/ may import backend/;
    // backend/ imports neither host, and neither host imports the other.
    files: ['electron/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictFolders('electron/backend/ is shared by both hosts: it may not import electron/desktop/ or electron/web/.', 'desktop', 'web'),
    },
  },
  {
    files: ['electron/desktop/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictFolders('electron/desktop/ may import electron/backend/, never the web host (electron/web/).', 'web'),
    },
  },
  {
    files: ['electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictFolders('electron/web/ may import electron/backend/, never the desktop host (electron/desktop/).', 'desktop'),
    },
  },
  {
    // electron/cli/: the `waveplan` command line runs on Node alone, over the back end's
    // services; it loads no Electron and no host, except the web host's loopback server
    // (web-host.ts, plain Node http), which `export --pdf` serves the print route with.
    files: ['electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The command line runs on Node alone: no Electron.' }],
          patterns: [
            {
              regex: `${electronFolder('desktop')}|(^(\\.\\.?/)+(electron/)?|(^|/)electron/)web/(?!web-host\\.js$)`,
              message: 'electron/cli/ may import electron/backend/ and the web host’s server (web/web-host.ts), never the desktop host or the web host’s entry point.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.{ts,mts,mjs}', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-empty-pattern': 'off' },
  },
);
