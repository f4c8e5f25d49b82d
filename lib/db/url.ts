import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { env } from '../env';

/** Where the embedded database lives when DATABASE_URL is not set. `data/` is gitignored. */
export const DEFAULT_SQLITE_URL = 'file:./data/gutskin.db';

export type DatabaseTarget =
  { provider: 'sqlite'; url: string; filePath: string } | { provider: 'postgresql'; url: string };

export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

/**
 * Reads DATABASE_URL and decides which adapter to use. SQLite paths are resolved to absolute paths against the
 * working directory once, here, so the app, the migration script and the tests agree on the same file.
 */
export function resolveDatabaseTarget(raw: string | undefined = env().DATABASE_URL): DatabaseTarget {
  const url = raw?.trim() || DEFAULT_SQLITE_URL;
  if (url.startsWith('file:')) {
    const rest = url.slice('file:'.length).replace(/^\/\//, '');
    const withoutQuery = rest.split('?')[0] ?? '';
    if (!withoutQuery)
      throw new DatabaseConfigError(`DATABASE_URL "${url}" names no file. Example: file:./data/gutskin.db`);
    const filePath = withoutQuery === ':memory:' ? ':memory:' : path.resolve(/*turbopackIgnore: true*/ withoutQuery);
    return { provider: 'sqlite', url: `file:${filePath}`, filePath };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    return { provider: 'postgresql', url };
  }
  const scheme = url.includes(':') ? url.slice(0, url.indexOf(':') + 1) : url;
  throw new DatabaseConfigError(
    `DATABASE_URL has an unsupported scheme "${scheme}". Use file:./path/to.db (embedded SQLite, the default) ` +
      `or postgresql://user:password@host:5432/db.`,
  );
}

/** The URL with any password masked, for log and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

/** Why the SQLite file cannot be written (a read-only file or folder), or null when it can. */
export function sqliteWritabilityProblem(filePath: string): string | null {
  const dir = path.dirname(filePath);
  for (const [target, what] of [
    [filePath, 'database file'],
    [dir, 'folder of the database'],
  ] as const) {
    if (!existsSync(target)) continue;
    try {
      accessSync(target, constants.W_OK);
    } catch {
      return `The SQLite ${what} ${target} is read-only; the app needs to write it (and its -wal and -shm files). Fix its permissions or mount.`;
    }
  }
  return null;
}
