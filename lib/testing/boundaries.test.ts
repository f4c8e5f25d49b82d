/**
 * The domain boundary is enforced by lint (eslint-rules/pure-core.mjs, configured in eslint.config.mjs): a planted
 * violation in each domain folder is reported by the shipped configuration.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const planted = `import { readFileSync } from 'node:fs';
import { withDb } from '../db/client';
import { PrismaClient } from '@/lib/generated/sqlite/client';
import { env } from '@/lib/env';
export const x = [readFileSync, withDb, PrismaClient, env, process.env.X];
console.log(x);
`;

// The planted files do not exist on disk, so the TypeScript project cannot type them: lint them without the
// type-aware rules, which the boundary rules do not need.
const untyped = {
  languageOptions: { parserOptions: { projectService: false } },
  rules: {
    '@typescript-eslint/no-floating-promises': 'off',
    '@typescript-eslint/no-misused-promises': 'off',
    '@typescript-eslint/switch-exhaustiveness-check': 'off',
  },
} as const;
const lintPlanted = (text: string, filePath: string) =>
  new ESLint({ overrideConfig: untyped }).lintText(text, { filePath });

describe('domain modules stay pure (eslint.config.mjs)', () => {
  for (const folder of ['lib/rules', 'lib/kb', 'lib/cds', 'lib/handout']) {
    it(`reports I/O, database, generated client, environment and console in ${folder}`, async () => {
      const [result] = await lintPlanted(planted, `${folder}/planted.ts`);
      const rules = result!.messages.map((m) => m.ruleId);
      // Four imports, process and console: each reported by the core's own rule.
      expect(rules.filter((r) => r === 'gutskin/pure-core')).toHaveLength(6);
    }, 60_000);
  }

  it('reports process.env anywhere in the app outside lib/env.ts', async () => {
    for (const filePath of ['lib/db/planted.ts', 'app/api/planted/route.ts', 'components/planted.tsx', 'proxy.ts']) {
      const [result] = await lintPlanted('export const port = process.env.PORT;\n', filePath);
      expect(
        result!.messages.map((m) => m.ruleId),
        filePath,
      ).toContain('no-restricted-properties');
    }
    const [allowed] = await lintPlanted('export const port = process.env.PORT;\n', 'lib/env.ts');
    expect(allowed!.messages.filter((m) => m.ruleId === 'no-restricted-properties')).toEqual([]);
  }, 60_000);

  it('allows the same code at the edge (lib/db)', async () => {
    const [result] = await lintPlanted(planted.replace("'../db/client'", "'./client'"), 'lib/db/planted.ts');
    expect(result!.messages.filter((m) => m.ruleId === 'gutskin/pure-core')).toEqual([]);
  }, 60_000);
});
