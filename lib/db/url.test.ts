import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseConfigError, redactUrl, resolveDatabaseTarget } from './url';

describe('resolveDatabaseTarget', () => {
  it('defaults to the embedded SQLite file under data/', () => {
    const target = resolveDatabaseTarget(undefined);
    expect(target).toEqual({
      provider: 'sqlite',
      url: `file:${path.resolve('data/gutskin.db')}`,
      filePath: path.resolve('data/gutskin.db'),
    });
  });

  it('resolves relative file: URLs to absolute paths and keeps :memory:', () => {
    expect(resolveDatabaseTarget('file:./x/y.db')).toMatchObject({ filePath: path.resolve('x/y.db') });
    expect(resolveDatabaseTarget('file::memory:')).toMatchObject({ filePath: ':memory:' });
  });

  it('picks PostgreSQL for postgres:// and postgresql:// URLs', () => {
    expect(resolveDatabaseTarget('postgres://u:p@h/db').provider).toBe('postgresql');
    expect(resolveDatabaseTarget('postgresql://u:p@h:5432/db').provider).toBe('postgresql');
  });

  it('rejects an unknown scheme with a message that says what would work', () => {
    expect(() => resolveDatabaseTarget('mysql://u:p@h/db')).toThrow(DatabaseConfigError);
    expect(() => resolveDatabaseTarget('mysql://u:p@h/db')).toThrow(/unsupported scheme "mysql:".*file:.*postgresql:/);
  });

  it('masks passwords in URLs shown to people', () => {
    expect(redactUrl('postgresql://user:s3cret@db:5432/x')).toBe('postgresql://user:***@db:5432/x');
  });
});
