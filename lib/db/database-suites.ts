/**
 * Vitest suites over real databases (testing.ts makes them): one block per database kind, each with its own
 * throwaway, migrated database. Kept apart from testing.ts, which scripts outside Vitest also import.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import {
  createTestDatabase,
  databaseKinds,
  POSTGRES_SKIP_NOTE,
  useDatabase,
  type DatabaseKind,
  type TestDatabase,
} from './testing';

/**
 * In the enclosing block (or file): a throwaway database of `kind`, made and migrated before its tests, this process
 * pointed at it, dropped after them. Returns the database once made, e.g. for its URL.
 */
export function setUpTestDatabase(kind: DatabaseKind = 'sqlite'): () => TestDatabase {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await useDatabase(db.url);
  }, 60_000);
  afterAll(async () => db?.drop());
  return () => {
    if (!db) throw new Error('The test database is made in beforeAll: read it inside a hook or a test.');
    return db;
  };
}

/**
 * `body` once per database kind, each block titled "<title> (<kind>)" with its own database. Without
 * TEST_POSTGRES_URL the PostgreSQL block is skipped, and the file says so.
 */
export function describeEachDatabase(title: string, body: (kind: DatabaseKind, db: () => TestDatabase) => void): void {
  for (const { kind, available } of databaseKinds) {
    if (!available) console.warn(POSTGRES_SKIP_NOTE);
    describe.skipIf(!available)(`${title} (${kind})`, () => {
      const db = setUpTestDatabase(kind);
      body(kind, db);
    });
  }
}
