/** Issue 14: every "database unavailable" fault of PostgreSQL and SQLite answers 503 + Retry-After, in one place. */
import { describe, expect, it } from 'vitest';
import { answerDatabaseFault } from '@/lib/http/db-fault';
import { DatabaseUnavailableError, isUnavailableError } from './client';
import { DatabaseConfigError, sqliteWritabilityProblem } from './url';

const err = (fields: Record<string, unknown>, message = 'x') => Object.assign(new Error(message), fields);

describe('database fault classification', () => {
  it('recognises PostgreSQL, SQLite, socket and Prisma-wrapped unavailability', () => {
    for (const e of [
      err({ code: '57P01' }, 'terminating connection due to administrator command'),
      err({ code: '57P03' }, 'the database system is starting up'),
      err({ code: '08006' }),
      err({ code: '08001' }),
      err({ code: '53100' }, 'could not extend file: No space left on device'),
      err({ code: '25006' }, 'cannot execute INSERT in a read-only transaction'),
      err({ code: 'ECONNREFUSED' }),
      err({ code: 'SQLITE_FULL' }, 'database or disk is full'),
      err({ code: 'SQLITE_READONLY' }),
      err({ code: 'SQLITE_READONLY_DBMOVED' }),
      err({ code: 'SQLITE_IOERR_WRITE' }),
      err({ code: 'SQLITE_BUSY' }),
      err({ code: 'SQLITE_BUSY_TIMEOUT' }),
      err({ code: 'P1001' }),
      err({ code: 'P2024' }, 'Timed out fetching a new connection from the connection pool'),
      // Prisma's driver-adapter wrapping: the original error in meta.driverAdapterError.cause or cause.
      err({ code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01' } } } }),
      err({ name: 'DriverAdapterError', cause: { kind: 'sqlite', extendedCode: 13, message: 'full' } }),
      err({ name: 'DriverAdapterError', cause: { kind: 'sqlite', extendedCode: 8 | (1 << 8), message: 'ro' } }),
      err({ name: 'DriverAdapterError', cause: { kind: 'sqlite', extendedCode: 10 | (3 << 8), message: 'io' } }),
      err({ name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable' } }),
      err({}, 'attempt to write a readonly database'),
      err({}, 'database is locked'),
    ]) {
      expect(isUnavailableError(e), JSON.stringify({ ...e, message: e.message })).toBe(true);
    }
  });

  it('does not count query bugs as outages', () => {
    for (const e of [
      err({ code: '23505' }, 'duplicate key'),
      err({ code: '42P01' }, 'relation does not exist'),
      err({ code: 'P2002' }, 'Unique constraint failed'),
      err({ name: 'DriverAdapterError', cause: { kind: 'sqlite', extendedCode: 19, message: 'constraint' } }),
      new TypeError('x is undefined'),
    ]) {
      expect(isUnavailableError(e)).toBe(false);
    }
  });

  it('answers 503 problem+json with Retry-After (and CORS when asked); rethrows anything else', async () => {
    const res = answerDatabaseFault(new DatabaseUnavailableError('down'), {
      detail: 'Try later.',
      corsMethods: ['POST'],
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('retry-after')).toBe('30');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(() => answerDatabaseFault(new TypeError('bug'), { detail: 'x' })).toThrow(TypeError);
    const config = answerDatabaseFault(new DatabaseConfigError('DATABASE_URL has an unsupported scheme'), {
      detail: 'x',
    });
    expect(config.status).toBe(503);
    expect(config.headers.get('retry-after')).toBe('60');
    expect(((await config.json()) as { title: string }).title).toBe('Database misconfigured');
  });

  it('a missing database folder is no writability problem (it gets created); :memory: is fine', () => {
    expect(sqliteWritabilityProblem('/nonexistent-gutskin/sub/x.db')).toBeNull();
  });
});
