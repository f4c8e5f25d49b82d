import 'server-only';
import type { PrismaClient } from '@/lib/generated/sqlite/client';
import { env } from '@/lib/env';
import { DatabaseConfigError, redactUrl, resolveDatabaseTarget, sqliteWritabilityProblem } from './url';

export type Db = PrismaClient;

/** Thrown when the database cannot be reached; route handlers answer 503 with Retry-After. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite in WAL mode must write the database, its -wal and its -shm file, even to read. A read-only file or folder is
 * refused with a clear message before the file is opened (issue 14: opening one took the process down with SIGBUS and
 * nothing logged), so the app keeps serving what needs no database and answers writes 503.
 */
export function assertWritable(filePath: string): void {
  if (filePath === ':memory:') return;
  const problem = sqliteWritabilityProblem(filePath);
  if (problem) throw new DatabaseUnavailableError(problem);
}

async function createClient(): Promise<Db> {
  const target = resolveDatabaseTarget();
  if (target.provider === 'sqlite') {
    assertWritable(target.filePath);
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
    adapter: new PrismaPg({ connectionString: target.url, max: env().DATABASE_POOL_SIZE }),
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
    if (isUnavailableError(error)) throw new DatabaseUnavailableError(describe(error));
    throw error;
  }
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return redactUrl(message.split('\n')[0] ?? message);
}

/**
 * The codes that mean "the database cannot take this now", as opposed to a bug in a query:
 * - PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01–57P03 (admin shutdown, crash shutdown, cannot connect
 *   now), 53xxx (insufficient resources: disk full, out of memory, too many connections), 25006 (read-only
 *   transaction, e.g. a hot standby), 40001/40P01 (serialization failure, deadlock: retryable);
 * - SQLite result codes (primary code = extended & 0xff): BUSY 5, LOCKED 6, NOMEM 7, READONLY 8, IOERR 10, CORRUPT 11
 *   (not retryable, but still not the client's fault), FULL 13, CANTOPEN 14, PROTOCOL 15;
 * - Node socket errors and Prisma's own codes for an unreachable server or an exhausted pool.
 */
const POSTGRES_UNAVAILABLE = /^(08[0-9A-Z]{3}|57P0[1-3]|53[0-9A-Z]{3}|25006|40001|40P01)$/;
const SQLITE_UNAVAILABLE = new Set([5, 6, 7, 8, 10, 11, 13, 14, 15]);
const NAMED_CODES =
  /^(SQLITE_(BUSY|LOCKED|NOMEM|READONLY|IOERR|CORRUPT|FULL|CANTOPEN|PROTOCOL)\w*|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|EPIPE|EAI_AGAIN|ENOSPC|EROFS|EACCES|P1001|P1002|P1008|P1017|P2024|P2034)$/;
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'DatabaseAccessDenied',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TransactionWriteConflict',
  'TransactionAlreadyClosed',
]);
const MESSAGES =
  /unable to open database|Can't reach database|Connection terminated|database system is (starting|shutting|in recovery)|terminating connection due to administrator command|database or disk is full|attempt to write a readonly database|disk I\/O error|database is locked|read-only transaction|Timed out fetching a new connection/i;

/** True when the error (or anything it wraps) says the database is unavailable rather than that the query is wrong. */
export function isUnavailableError(error: unknown, seen = new Set<unknown>()): boolean {
  if (error === null || typeof error !== 'object' || seen.has(error) || seen.size > 8) return false;
  seen.add(error);
  const e = error as Record<string, unknown>;
  for (const field of ['code', 'originalCode', 'sqlState']) {
    const code = e[field];
    if (typeof code === 'string' && (POSTGRES_UNAVAILABLE.test(code) || NAMED_CODES.test(code))) return true;
  }
  const extended = e.extendedCode ?? e.errno;
  if (e.kind === 'sqlite' && typeof extended === 'number' && SQLITE_UNAVAILABLE.has(extended & 0xff)) return true;
  if (e.kind === 'postgres' && typeof e.code === 'string' && POSTGRES_UNAVAILABLE.test(e.code)) return true;
  if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  const meta = e.meta as Record<string, unknown> | undefined;
  return [e.cause, meta?.driverAdapterError, (meta?.driverAdapterError as { cause?: unknown } | undefined)?.cause].some(
    (inner) => isUnavailableError(inner, seen),
  );
}

/** Closes the client of this process (tests switch databases; servers close on shutdown). */
export async function disconnectDb(): Promise<void> {
  const pending = globalForDb.gutskinDb;
  globalForDb.gutskinDb = undefined;
  if (pending) await pending.then((db) => db.$disconnect()).catch(() => undefined);
}
