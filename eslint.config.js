// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // core is pure: no I/O, no clock, nothing from the other packages.
    files: ['packages/core/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        // Exact names here: as a pattern, "path" would also forbid core's own "./path/…" modules.
        paths: ['fs', 'path', 'http', 'https', 'child_process', 'os', 'crypto'].map((name) => ({ name, message: 'core does no I/O.' })),
        patterns: [
          { group: ['node:*'], message: 'core does no I/O.' },
          { group: ['@mend/server', '@mend/web', '@mend/cli', '**/server/**', '**/web/**', '**/cli/**'], message: 'core imports nothing from the other packages.' },
        ],
      }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'core takes time as an argument.' },
        { object: 'Math', property: 'random', message: 'core takes randomness as an argument.' },
      ],
      'no-restricted-globals': ['error',
        { name: 'fetch', message: 'core does no I/O.' },
        { name: 'localStorage', message: 'core does no I/O.' },
      ],
    },
  },
);
