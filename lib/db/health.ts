import 'server-only';
import { statfs } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseUnavailableError, withDb } from './client';
import { resolveDatabaseTarget, sqliteWritabilityProblem } from './url';

/** Below this much free space on the SQLite volume, writes are about to fail: report unhealthy. */
export const MIN_FREE_BYTES = 8 * 1024 * 1024;
/** A health check hit by a load balancer every second must not become a write load: the probe result is reused. */
const PROBE_INTERVAL_MS = 5000;

class Rollback extends Error {}

let last: { at: number; url: string; error: unknown } | undefined;

/**
 * A real round trip that would fail where a write would: a read, then a write inside a transaction that is rolled
 * back (refused by a read-only file, a read-only PostgreSQL transaction or a hot standby, a held lock), and on SQLite
 * the free space of the database's volume (a rolled-back write does not reach the disk, so a full disk shows there).
 * The result is kept for 5 s.
 */
export async function pingDatabase(now: number = performance.now()): Promise<void> {
  const url = resolveDatabaseTarget().url;
  if (last && last.url === url && now - last.at < PROBE_INTERVAL_MS) {
    if (last.error) throw last.error;
    return;
  }
  try {
    await probe();
    last = { at: now, url, error: undefined };
  } catch (error) {
    last = { at: now, url, error };
    throw error;
  }
}

/** Forgets the cached probe result (tests). */
export const resetHealthProbe = () => {
  last = undefined;
};

async function probe(): Promise<void> {
  const target = resolveDatabaseTarget();
  await withDb(async (db) => {
    await db.$queryRawUnsafe('SELECT 1');
    try {
      await db.$transaction(async (tx) => {
        // Touches no row, but takes the write lock: SQLite's RESERVED lock, PostgreSQL's read-only check.
        await tx.$executeRawUnsafe(`UPDATE "Handout" SET "conditionId" = "conditionId" WHERE 1 = 0`);
        throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
  });
  if (target.provider === 'sqlite' && target.filePath !== ':memory:') {
    const problem = sqliteWritabilityProblem(target.filePath);
    if (problem) throw new DatabaseUnavailableError(problem);
    const fs = await statfs(path.dirname(target.filePath));
    const free = fs.bavail * fs.bsize;
    if (free < MIN_FREE_BYTES)
      throw new DatabaseUnavailableError(
        `The database volume has ${Math.round(free / 1024)} KB free; writes are about to fail (disk full).`,
      );
  }
}
