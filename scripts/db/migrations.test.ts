import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { derivePostgresSchema } from './derive';
import { migratedSnapshot, schemaFiles } from './paths';

const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

describe('migrations through the WebAssembly schema engine', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gutskin-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('apply every migration once, record them as Prisma does, and are idempotent', () => {
    const filePath = path.join(dir, 'test.db');
    // The real command, in its own process (the engine holds its SQLite lock until the process ends).
    const migrate = () =>
      execFileSync('npx', ['tsx', 'scripts/db/migrate.ts'], {
        env: { ...process.env, DATABASE_URL: `file:${filePath}` },
        encoding: 'utf8',
      });
    const first = folders(schemaFiles.sqlite.migrations);
    expect(migrate()).toContain(`Applied ${first.length} migration(s)`);
    expect(migrate()).toContain('is up to date');

    const db = new Database(filePath, { readonly: true });
    const recorded = db
      .prepare('SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name')
      .all() as {
      migration_name: string;
      finished_at: string | null;
    }[];
    expect(recorded.map((r) => r.migration_name)).toEqual(first);
    expect(recorded.every((r) => r.finished_at !== null)).toBe(true);
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(expect.arrayContaining(['Handout', 'CdsFeedback']));
    db.close();
  });
});

describe('the PostgreSQL schema and migrations do not drift from the SQLite source', () => {
  it('the PostgreSQL schema is exactly the one derived from prisma/schema.prisma', () => {
    const source = readFileSync(schemaFiles.sqlite.schema, 'utf8');
    expect(readFileSync(schemaFiles.postgresql.schema, 'utf8')).toBe(derivePostgresSchema(source));
  });

  it('every migration exists for both providers, with the right lock file', () => {
    expect(folders(schemaFiles.postgresql.migrations)).toEqual(folders(schemaFiles.sqlite.migrations));
    expect(readFileSync(path.join(schemaFiles.sqlite.migrations, 'migration_lock.toml'), 'utf8')).toMatch(
      /provider = "sqlite"/,
    );
    expect(readFileSync(path.join(schemaFiles.postgresql.migrations, 'migration_lock.toml'), 'utf8')).toMatch(
      /provider = "postgresql"/,
    );
  });

  it('the schema has no change that lacks a migration (run `npm run db:new-migration -- <name>`)', () => {
    expect(readFileSync(migratedSnapshot, 'utf8')).toBe(readFileSync(schemaFiles.sqlite.schema, 'utf8'));
  });
});

describe('bad configuration', () => {
  it('an unknown scheme fails with a message, not a stack trace', () => {
    let output = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/db/migrate.ts'], {
        env: { ...process.env, DATABASE_URL: 'mysql://u:p@h/db' },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      output = String((error as { stderr?: string }).stderr);
    }
    expect(output).toContain('Configuration error: DATABASE_URL has an unsupported scheme "mysql:"');
    expect(output).not.toMatch(/\n\s+at /);
  });

  it('an unreachable database fails with a message that names it, without the password', () => {
    let output = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/db/migrate.ts'], {
        env: { ...process.env, DATABASE_URL: 'postgresql://u:secret@127.0.0.1:1/db' },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      output = String((error as { stderr?: string }).stderr);
    }
    expect(output).toMatch(/Could not migrate the database: .*127\.0\.0\.1:1/);
    expect(output).not.toContain('secret');
    expect(output).not.toMatch(/\n\s+at /);
  });
});
