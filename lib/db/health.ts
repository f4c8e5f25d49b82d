import 'server-only';
import { withDb } from './client';

/** A real round trip to the database. */
export async function pingDatabase(): Promise<void> {
  await withDb((db) => db.$queryRawUnsafe('SELECT 1'));
}
