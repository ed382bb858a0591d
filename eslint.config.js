import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The language core and the interpreter run in the worker, in Node and in tests: they may not import
// UI code or touch DOM globals. This rule is what keeps that boundary from eroding.
const uiModules = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/react', 'monaco-editor', 'monaco-editor/*', '@monaco-editor/react'];
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'HTMLElement', 'requestAnimationFrame'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'reports', 'reports-*', 'test-results', 'test-results-*', 'playwright-report', '.tmp-*', '*.tmp.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/asl/**/*.ts', 'src/engine/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiModules, message: 'src/asl and src/engine stay free of UI code (they run in the worker and in Node).' },
            { group: ['**/app/**', '**/features/**', '**/store/**', '**/worker/**', '**/layout/**', '**/commands/**'], message: 'Imports point down only: asl/ and engine/ are the bottom layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'No DOM globals in src/asl or src/engine.' }))],
    },
  },
);
