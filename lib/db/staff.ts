import 'server-only';
import { randomBytes } from 'node:crypto';
import { withDb } from './client';

/** Local staff accounts (for a clinic without an identity provider) and the shared session key. */

export async function findStaffPasswordHash(login: string): Promise<string | null> {
  const row = await withDb((db) => db.staffAccount.findUnique({ where: { login } }));
  return row?.passwordHash ?? null;
}

export async function setStaffPassword(login: string, passwordHash: string): Promise<'created' | 'updated'> {
  return withDb(async (db) => {
    const existing = await db.staffAccount.findUnique({ where: { login } });
    await db.staffAccount.upsert({ where: { login }, create: { login, passwordHash }, update: { passwordHash } });
    return existing ? 'updated' : 'created';
  });
}

export async function removeStaffAccount(login: string): Promise<boolean> {
  return withDb(async (db) => (await db.staffAccount.deleteMany({ where: { login } })).count > 0);
}

export async function listStaffLogins(): Promise<string[]> {
  const rows = await withDb((db) => db.staffAccount.findMany({ select: { login: true }, orderBy: { login: 'asc' } }));
  return rows.map((r) => r.login);
}

export async function hasStaffAccounts(): Promise<boolean> {
  return (await withDb((db) => db.staffAccount.count())) > 0;
}

/**
 * The secret shared by every instance, created once: two instances racing to create it both end up reading the one
 * that was stored first.
 */
export async function sharedSecret(id: string): Promise<string> {
  return withDb(async (db) => {
    const found = await db.sharedSecret.findUnique({ where: { id } });
    if (found) return found.secret;
    try {
      await db.sharedSecret.create({ data: { id, secret: randomBytes(32).toString('base64url') } });
    } catch {
      // Another instance stored it first (unique id): read theirs below.
    }
    const stored = await db.sharedSecret.findUnique({ where: { id } });
    if (!stored) throw new Error(`Shared secret ${id} could not be created`);
    return stored.secret;
  });
}
