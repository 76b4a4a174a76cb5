// Type-aware lint for every part of the repo, with the import boundaries of docs/ARCHITECTURE.md.
import js from '@eslint/js';
import angular from 'angular-eslint';
import tseslint from 'typescript-eslint';

const typeChecked = {
  languageOptions: {
    parserOptions: {
      project: ['./server/tsconfig.json', './client/tsconfig.app.json', './client/tsconfig.spec.json', './e2e/tsconfig.json'],
      tsconfigRootDir: import.meta.dirname,
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.angular/', '.data/', 'coverage/', 'test-results/', 'server/src/generated/'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    ...typeChecked,
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // Server code never reaches into the client; analytics stays free of transport and I/O.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/client/**'], message: 'server code must not import client code' }] }],
    },
  },
  {
    // Router, schema and context-type files are type-checked by the client: no Node or Prisma imports.
    files: ['server/src/**/*.router.ts', 'server/src/**/*.schemas.ts', 'server/src/trpc/context.types.ts', 'server/src/trpc/trpc.ts', 'server/src/trpc/app-error.ts'],
    ignores: ['server/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'pg', 'pg-*', '@prisma/*', '**/generated/**', '**/db/**', '**/*.service', '**/*.queries'], message: 'files the client type-checks must not import server-only modules' },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.ts'],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      // A value import from the server would bundle server code into the browser.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@server/*'], allowTypeImports: true, message: 'import server code as types only (import type)' }] },
      ],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'bw', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'bw', style: 'camelCase' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
    },
  },
  {
    files: ['client/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
  },
  {
    files: ['**/*.test.ts', '**/*.spec.ts', 'e2e/**/*.ts'],
    rules: {
      // node:test's describe/it return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'before', 'after', 'beforeEach', 'afterEach'] },
          ],
        },
      ],
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', URL: 'readonly' },
    },
  },
);
