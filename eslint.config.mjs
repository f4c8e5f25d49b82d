import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import gutskin from './eslint-rules/pure-core.mjs';

// The pure core and what it may import: data in, data out (see eslint-rules/pure-core.mjs).
const pureCore = {
  core: ['lib/kb', 'lib/rules', 'lib/cds', 'lib/handout'],
  packages: ['zod', 'flesch-kincaid', 'syllable', 'node:crypto'],
  globals: [
    'process',
    'console',
    'require',
    'module',
    'fetch',
    'XMLHttpRequest',
    'WebSocket',
    'globalThis',
    'window',
    'document',
    'localStorage',
    'sessionStorage',
    '__dirname',
    '__filename',
  ],
};

const config = [
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'lib/generated/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'e2e/.tmp/**',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // Type-aware rules: a promise nobody awaits, a promise where a callback is expected, a switch that misses a case.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    // Configuration is read in one place, lib/env.ts (Zod-checked at start). Scripts and test helpers set up their
    // own processes and may read their knobs directly.
    files: ['app/**', 'lib/**', 'components/**', 'proxy.ts', 'instrumentation.ts', 'next.config.ts'],
    ignores: ['lib/env.ts', '**/*.test.ts', '**/*.test.tsx', '**/testing.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through env() from lib/env.ts.' },
      ],
    },
  },
  {
    files: ['lib/rules/**', 'lib/kb/**', 'lib/cds/**', 'lib/handout/**'],
    // Tests and fixtures read files and build knowledge bases; the rule is for the modules the app runs.
    ignores: ['**/*.test.ts', '**/__fixtures__/**', '**/testing.ts'],
    plugins: { gutskin },
    rules: {
      'gutskin/pure-core': ['error', pureCore],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Inject time; domain code has no clock.' },
        { object: 'Math', property: 'random', message: 'Domain code has no randomness.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Inject time; domain code has no clock.',
        },
      ],
    },
  },
];
export default config;
