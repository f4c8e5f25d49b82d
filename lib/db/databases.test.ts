import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb, withDb } from './client';
import { pingDatabase } from './health';
import { createTestDatabase, databaseKinds, POSTGRES_SKIP_NOTE, useDatabase, type TestDatabase } from './testing';

if (!databaseKinds.find((d) => d.kind === 'postgresql')!.available) console.warn(POSTGRES_SKIP_NOTE);

for (const { kind, available } of databaseKinds) {
  describe.skipIf(!available)(`${kind} database`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(kind);
      await useDatabase(db.url);
    }, 60_000);
    afterAll(async () => db?.drop());

    it('answers a real query', async () => {
      await expect(pingDatabase()).resolves.toBeUndefined();
    });

    it('round-trips a handout record', async () => {
      const id = `test-${kind}-1`;
      await withDb((p) => p.handout.create({ data: { id, rulesetVersion: 'v', conditionId: 'psoriasis', inputJson: '{}', contentJson: '{"a":1}' } }));
      const row = await withDb((p) => p.handout.findUnique({ where: { id } }));
      expect(row).toMatchObject({ id, conditionId: 'psoriasis', contentJson: '{"a":1}' });
      expect(row!.createdAt).toBeInstanceOf(Date);
    });

    it('talks to the kind of database the URL names', async () => {
      const client = await getDb();
      const query = kind === 'sqlite' ? 'SELECT sqlite_version() AS v' : 'SELECT version() AS v';
      const [row] = await client.$queryRawUnsafe<{ v: string }[]>(query);
      expect(row!.v).toMatch(kind === 'sqlite' ? /^3\./ : /PostgreSQL/);
    });
  });
}
