// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'examples/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Stages are pure: only store/, cli/ (the edge) and tooling may do I/O or touch the process.
    files: ['src/model/**', 'src/ingest/**', 'src/enrich/**', 'src/resolve/**', 'src/detect/**', 'src/score/**', 'src/report/**', 'src/simulate/**', 'src/screen/**', 'src/analyze.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['node:fs', 'fs', 'node:fs/promises', 'node:child_process', 'node:http', 'node:https', 'pg', 'better-sqlite3'] }],
      'no-restricted-globals': ['error', 'process', 'fetch'],
    },
  },
);
