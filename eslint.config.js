// ESLint flat config.
// - typescript-eslint's recommended rules on the whole repo;
// - @aws-appsync/eslint-plugin on resolvers/: what the APPSYNC_JS runtime refuses (try/catch, while, classes, async,
//   recursion, disallowed methods, ...), caught before deployment. Its `recommended` rules are type-aware, hence the
//   project service (resolvers/ is part of tsconfig.json). `.js` resolvers get the syntax-only `base` rules.
//   https://docs.aws.amazon.com/appsync/latest/devguide/additional-utilities.html
import appsync from '@aws-appsync/eslint-plugin';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['node_modules/', '.gateway/', 'cdk.out/', 'test/fixtures/', 'coverage/', '.tmp*', 'test/bench/peers/'] },
  tseslint.configs.recommended,
  {
    files: ['resolvers/**/*.ts'],
    ...appsync.configs.recommended,
    rules: { ...appsync.configs.base.rules, ...appsync.configs.recommended.rules },
    languageOptions: {
      ...appsync.configs.recommended.languageOptions,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['resolvers/**/*.js'],
    ...appsync.configs.base,
  },
);
