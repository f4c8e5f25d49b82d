/**
 * `npm run db:new-migration -- <name>`: writes the next migration for SQLite and PostgreSQL from the change between
 * the schema at the last migration (a snapshot kept beside the migrations) and prisma/schema.prisma.
 * Needs no database server: the diff is computed between two datamodels.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { derivePostgresSchema, lockfileFor } from './derive';
import { diffSchemas, openSchemaEngine } from './engine';
import { migratedSnapshot, schemaFiles } from './paths';

const name = (process.argv[2] ?? '')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '_')
  .replace(/^_|_$/g, '');
if (!name) {
  console.error('Usage: npm run db:new-migration -- <short_name>');
  process.exit(2);
}

const current = await readFile(schemaFiles.sqlite.schema, 'utf8');
const previous = await readFile(migratedSnapshot, 'utf8').catch(() => null);
const pgCurrent = derivePostgresSchema(current);
const pgPrevious = previous === null ? null : derivePostgresSchema(previous);

const sqliteEngine = await openSchemaEngine(
  { provider: 'sqlite', url: 'file::memory:', filePath: ':memory:' },
  current,
  schemaFiles.sqlite.schema,
);
const sqliteSql = await diffSchemas(sqliteEngine, previous, current, schemaFiles.sqlite.schema);
// The PostgreSQL engine connects at start-up even to diff two datamodels, so any reachable scratch database will do.
const scratchPg = process.env.MIGRATION_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL;
if (!scratchPg) {
  console.error(
    'Set MIGRATION_POSTGRES_URL (any reachable PostgreSQL; nothing is written to it) so the PostgreSQL migration can be written too.',
  );
  process.exit(2);
}
const pgEngine = await openSchemaEngine(
  { provider: 'postgresql', url: scratchPg },
  pgCurrent,
  schemaFiles.postgresql.schema,
);
const pgSql = await diffSchemas(pgEngine, pgPrevious, pgCurrent, schemaFiles.postgresql.schema);

if (!sqliteSql.trim() || /^-- This is an empty migration/.test(sqliteSql.trim())) {
  console.log('No schema changes since the last migration.');
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = `${stamp}_${name}`;
for (const [provider, sql] of [
  ['sqlite', sqliteSql],
  ['postgresql', pgSql],
] as const) {
  const dir = schemaFiles[provider].migrations;
  await mkdir(path.join(dir, folder), { recursive: true });
  await writeFile(path.join(dir, folder, 'migration.sql'), sql);
  await writeFile(path.join(dir, 'migration_lock.toml'), lockfileFor(provider));
}
await mkdir(path.dirname(schemaFiles.postgresql.schema), { recursive: true });
await writeFile(schemaFiles.postgresql.schema, pgCurrent);
await writeFile(migratedSnapshot, current);
console.log(`Wrote migration ${folder} for SQLite and PostgreSQL.`);
