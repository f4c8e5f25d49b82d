/**
 * Test helpers: throwaway databases of each kind, migrated with the real migration command.
 * SQLite always; PostgreSQL when TEST_POSTGRES_URL points at a server where the role may create databases.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { disconnectDb } from './client';

export type DatabaseKind = 'sqlite' | 'postgresql';

/** A SQLite URL in a folder that does not exist: every query fails as with a database that is down. */
export const UNREACHABLE_DATABASE_URL = 'file:/nonexistent-gutskin-dir/sub/x.db';

export const POSTGRES_SKIP_NOTE =
  'PostgreSQL tests skipped: set TEST_POSTGRES_URL (e.g. postgresql://user:pass@127.0.0.1:5432/db) to run them.';

export const databaseKinds: { kind: DatabaseKind; available: boolean }[] = [
  { kind: 'sqlite', available: true },
  { kind: 'postgresql', available: Boolean(process.env.TEST_POSTGRES_URL) },
];

export interface TestDatabase {
  kind: DatabaseKind;
  url: string;
  drop(): Promise<void>;
}

function migrate(url: string) {
  execFileSync('npx', ['tsx', 'scripts/db/migrate.ts'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'gutskin-test-'));
    const url = `file:${path.join(dir, 'test.db')}`;
    migrate(url);
    return { kind, url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin) throw new Error(POSTGRES_SKIP_NOTE);
  const { Client } = await import('pg');
  const name = `gutskin_t_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  migrate(url.toString());
  return {
    kind,
    url: url.toString(),
    drop: async () => {
      await disconnectDb();
      const c = new Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Points this process's database client at `url`. */
export async function useDatabase(url: string): Promise<void> {
  await disconnectDb();
  process.env.DATABASE_URL = url;
}
