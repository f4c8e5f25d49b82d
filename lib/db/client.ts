import 'server-only';
import type { PrismaClient } from '@/lib/generated/sqlite/client';
import { DatabaseConfigError, redactUrl, resolveDatabaseTarget } from './url';

export type Db = PrismaClient;

/** Thrown when the database cannot be reached; route handlers answer 503 with Retry-After. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

const SQLITE_BUSY_TIMEOUT_MS = 5000;

async function createClient(): Promise<Db> {
  const target = resolveDatabaseTarget();
  if (target.provider === 'sqlite') {
    const [{ PrismaClient }, { PrismaBetterSqlite3 }] = await Promise.all([
      import('@/lib/generated/sqlite/client'),
      import('@prisma/adapter-better-sqlite3'),
    ]);
    const client = new PrismaClient({
      adapter: new PrismaBetterSqlite3({ url: target.filePath, timeout: SQLITE_BUSY_TIMEOUT_MS }),
    });
    // WAL lets readers and the writer work at once; the setting persists in the file.
    await client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    return client;
  }
  const [{ PrismaClient }, { PrismaPg }] = await Promise.all([
    import('@/lib/generated/postgres/client'),
    import('@prisma/adapter-pg'),
  ]);
  // The two generated clients are built from the same models, so they share one shape.
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }),
  }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { gutskinDb?: Promise<Db> };

/** The one Prisma client of this process (kept on globalThis so dev hot reloads do not leak connections). */
export function getDb(): Promise<Db> {
  if (!globalForDb.gutskinDb) {
    globalForDb.gutskinDb = createClient().catch((error: unknown) => {
      globalForDb.gutskinDb = undefined;
      throw error;
    });
  }
  return globalForDb.gutskinDb;
}

/** Runs a database operation; connection failures become DatabaseUnavailableError, other errors pass through. */
export async function withDb<T>(operation: (db: Db) => Promise<T>): Promise<T> {
  let db: Db;
  try {
    db = await getDb();
  } catch (error) {
    if (error instanceof DatabaseConfigError) throw error;
    throw new DatabaseUnavailableError(describe(error));
  }
  try {
    return await operation(db);
  } catch (error) {
    if (isConnectionError(error)) throw new DatabaseUnavailableError(describe(error));
    throw error;
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return redactUrl(message.split('\n')[0] ?? message);
}

function isConnectionError(error: unknown): boolean {
  const text = `${(error as { code?: string })?.code ?? ''} ${error instanceof Error ? error.message : ''}`;
  return /P1001|P1002|P1017|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|SQLITE_CANTOPEN|SQLITE_BUSY|unable to open database|Can't reach database|Connection terminated|database system is (starting|shutting)/i.test(
    text,
  );
}

/** Closes the client of this process (tests switch databases; servers close on shutdown). */
export async function disconnectDb(): Promise<void> {
  const pending = globalForDb.gutskinDb;
  globalForDb.gutskinDb = undefined;
  if (pending) await pending.then((db) => db.$disconnect()).catch(() => undefined);
}
