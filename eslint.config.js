// Lint rules, including the import boundaries of DESIGN.md §1:
// - engines import nothing from renderer, electron or cli (and no DOM or node: modules);
// - renderer reaches engines only through workers/clients (and the shared model);
// - electron imports only its own code and the shared model (the IPC contract's schemas).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const layer = (name) => ({ group: [`**/${name}/**`, `../${name}/*`, `../../${name}/*`], message: `This layer may not import from ${name}/ (DESIGN.md §1).` });

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', '.tsbuild/', 'test-artifacts/', 'bench-output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Use the seeded PRNG (workers/engines/geo/prng.ts), not Math.random.' }],
    },
  },
  {
    files: ['workers/engines/**/*.ts', 'workers/model/**/*.ts', 'contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Engines are pure: no electron.' }, { name: 'react', message: 'Engines are pure: no React.' }],
        patterns: [layer('renderer'), layer('electron'), layer('cli'), layer('clients'),
          { group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process'], message: 'Engines are pure: no node: modules.' }],
      }],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks to the main process only through the preload API.' }],
        patterns: [layer('engines'), layer('electron'), layer('cli'), { group: ['node:*'], message: 'The renderer runs in a browser sandbox.' }],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/vite.config.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [layer('renderer'), layer('engines'), layer('clients'), layer('cli')],
      }],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The CLI never loads electron.' }],
        patterns: [layer('renderer'), layer('electron')],
      }],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Tests must never load electron (its binary cannot be downloaded here).' }] }] },
  },
);
