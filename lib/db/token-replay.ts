import 'server-only';
import { createHash } from 'node:crypto';
import { withDb } from './client';

/** How often expired entries are swept, per instance. */
const SWEEP_EVERY_MS = 60_000;
let lastSweep = 0;

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';

/**
 * Claims a CDS Client token (issuer + jti) until it expires: true the first time, false for a replay, on any instance
 * (the primary key decides, so two instances racing on one token cannot both win). Throws DatabaseUnavailableError when
 * the database is down; the caller refuses the call then.
 */
export async function claimTokenUse(key: string, expiresAt: Date, now: Date = new Date()): Promise<boolean> {
  const id = createHash('sha256').update(key).digest('hex');
  return withDb(async (db) => {
    if (now.getTime() - lastSweep > SWEEP_EVERY_MS) {
      lastSweep = now.getTime();
      await db.cdsTokenUse.deleteMany({ where: { expiresAt: { lt: now } } });
    }
    try {
      await db.cdsTokenUse.create({ data: { id, expiresAt } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  });
}
