import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // server-only throws outside React Server Components; the data layer is tested in plain Node.
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/empty-module.ts'),
    },
  },
  test: {
    include: [
      'lib/**/*.test.ts',
      'eslint-rules/**/*.test.ts',
      'scripts/**/*.test.ts',
      'app/**/*.test.ts',
      'prisma/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
  },
});
