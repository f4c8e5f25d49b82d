import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import plugin from './pure-core.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const options = [
  {
    root: '/repo',
    core: ['lib/kb', 'lib/rules'],
    packages: ['zod', 'node:crypto'],
    globals: ['process', 'console', 'require', 'fetch', 'globalThis'],
  },
];
const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    globals: { process: 'readonly', console: 'readonly', fetch: 'readonly' },
  },
});
const inCore = '/repo/lib/rules/engine.ts';
const invalid = (code: string, messageId: string, filename = inCore) => ({
  code,
  filename,
  options,
  errors: [{ messageId }],
});

tester.run('pure-core', plugin.rules['pure-core'], {
  valid: [
    { code: "import { z } from 'zod';", filename: inCore, options },
    { code: "import { z } from 'zod/mini';", filename: inCore, options },
    { code: "import { createHash } from 'node:crypto';", filename: inCore, options },
    { code: "import { kb } from '../kb';", filename: inCore, options },
    { code: "import type { Kb } from '@/lib/kb/model';", filename: inCore, options },
    { code: "export { evaluate } from './evaluate';", filename: inCore, options },
    { code: 'const process = 1; export const x = process;', filename: inCore, options },
    { code: 'export const f = (console: string) => console;', filename: inCore, options },
  ],
  invalid: [
    invalid("import { prisma } from '../db/client';", 'outside'),
    invalid("import { prisma } from '../../lib/db';", 'outside'),
    invalid("import { PrismaClient } from '@/lib/generated/sqlite/client';", 'outside'),
    invalid("import type { Row } from '@/lib/db/rows';", 'outside'),
    invalid("import { env } from '../env';", 'outside'),
    invalid("export * from '../http/problem';", 'outside'),
    invalid("export { page } from '../../app/page';", 'outside'),
    invalid("const db = await import('../db/client');", 'outside'),
    invalid('const mod = await import(`../db/${name}`);', 'computed'),
    invalid("import { readFileSync } from 'node:fs';", 'package'),
    invalid("import fs from 'fs';", 'package'),
    invalid("import { NextResponse } from 'next/server';", 'package'),
    invalid("import { PrismaClient } from '@prisma/client';", 'package'),
    invalid("import 'server-only';", 'package'),
    invalid("import x = require('node:child_process');", 'package'),
    invalid('export const port = process.env.PORT;', 'global'),
    invalid("export const port = process['env'].PORT;", 'global'),
    invalid('export const env = globalThis.process;', 'global'),
    invalid("console.log('x');", 'global'),
    invalid("const fs = require('node:fs');", 'global'),
    invalid("export const load = () => fetch('https://example.org');", 'global'),
  ],
});
