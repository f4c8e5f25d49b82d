/** `npm run db:derive-postgres`: rewrites prisma/postgres/schema.prisma from prisma/schema.prisma. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { derivePostgresSchema } from './derive';
import { schemaFiles } from './paths';

const source = await readFile(schemaFiles.sqlite.schema, 'utf8');
await mkdir(path.dirname(schemaFiles.postgresql.schema), { recursive: true });
await writeFile(schemaFiles.postgresql.schema, derivePostgresSchema(source));
console.log(`Wrote ${schemaFiles.postgresql.schema}`);
