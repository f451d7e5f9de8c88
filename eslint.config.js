import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

// The core runs in Node, browsers and edge runtimes: no React, no DOM, no clock, no randomness.
const corePurity = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/core stays free of React.' },
        { group: ['**/react/**', '@radix-ui/*'], message: 'src/core must not import the React layer.' },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'window', message: 'src/core must not touch the DOM.' },
    { name: 'document', message: 'src/core must not touch the DOM.' },
    { name: 'navigator', message: 'src/core must not touch the DOM.' },
    { name: 'localStorage', message: 'The host owns persistence.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      // `new Date()` with no argument (or with `undefined`) is now; `new Date(0)` and friends are plain arithmetic.
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'Pass dates in; the core never reads the clock.',
    },
    {
      selector: "CallExpression[callee.name='Date']",
      message: 'Date() returns the current time; pass dates in.',
    },
    {
      selector: "MemberExpression[object.name='Date'][property.name='now']",
      message: 'Pass dates in; the core never reads the clock.',
    },
    {
      selector: "MemberExpression[object.name='Math'][property.name='random']",
      message: 'Use a seeded generator so results are reproducible.',
    },
    {
      selector: "MemberExpression[object.name='performance'][property.name='now']",
      message: 'The core never reads the clock.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'node_modules', 'coverage', 'reports', 'examples/**/dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/react/**/*.{ts,tsx}', 'stories/**/*.{ts,tsx}', 'examples/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    files: ['src/react/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(?:.*/)?core(?:/|$)',
              message: "Import the core as 'one-on-one-kit/core' so both entries share one copy.",
            },
          ],
        },
      ],
    },
  },
  {
    // Components reach class helpers, messages and the formatter through the server-safe entry's
    // name, so the built React entry shares that entry's one copy (rule repeated: a later block replaces it).
    files: ['src/react/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(?:.*/)?core(?:/|$)',
              message: "Import the core as 'one-on-one-kit/core' so both entries share one copy.",
            },
            {
              regex: '^\\.{1,2}/(?:.*/)?(?:[\\w-]+\\.(?:variants|messages)|messages/[\\w-]+)$',
              message: "Import class helpers and messages from 'one-on-one-kit/server-safe'.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: corePurity,
  },
  {
    files: ['test/**/*.{ts,tsx}', 'stories/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The Jest example is a host's CommonJS test file, as Jest runs it.
    files: ['examples/jest/**/*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
