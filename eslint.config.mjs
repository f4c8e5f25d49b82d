import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const pureDomain = {
  patterns: [
    {
      group: ['next', 'next/*', '@/lib/db', '@/lib/db/*', 'server-only', '@prisma/*', 'react', 'react-dom'],
      message: 'Domain modules stay pure: no framework, database or server-only imports.',
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
    files: ['lib/rules/**', 'lib/kb/**', 'lib/cds/**', 'lib/handout/**'],
    rules: {
      'no-restricted-imports': ['error', pureDomain],
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
