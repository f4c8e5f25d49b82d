import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const pureDomain = {
  patterns: [
    {
      group: ['next', 'next/*', '@/lib/db', '@/lib/db/*', 'server-only', '@prisma/*', 'react', 'react-dom'],
      message: 'Domain modules stay pure: no framework, database or server-only imports.',
    },
    {
      // The same modules reached by a relative path, the generated Prisma clients, the environment and the HTTP layer.
      group: [
        '**/db',
        '**/db/*',
        '**/generated/*',
        '@/lib/generated/*',
        '@/lib/env',
        '**/lib/env',
        '@/lib/http/*',
        '@/lib/log',
        '@/lib/fhir/*',
        '@/lib/auth/*',
      ],
      message: 'Domain modules stay pure: no database, generated client, environment, HTTP, logging or auth imports.',
    },
    {
      group: [
        'fs',
        'fs/*',
        'node:fs',
        'node:fs/*',
        'child_process',
        'node:child_process',
        'net',
        'node:net',
        'http',
        'node:http',
        'https',
        'node:https',
        'node:worker_threads',
      ],
      message: 'Domain modules do no I/O: pass data in.',
    },
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
    rules: {
      'no-restricted-imports': ['error', pureDomain],
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Inject time; domain code has no clock.' },
        { object: 'Math', property: 'random', message: 'Domain code has no randomness.' },
        { object: 'process', property: 'env', message: 'Domain code reads no environment: lib/env.ts, at the edge.' },
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
