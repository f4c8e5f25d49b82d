import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from './[id]/route';
import { POST } from './route';

// A database path whose folder does not exist: the connection fails, as when the database is down.
const dir = mkdtempSync(path.join(tmpdir(), 'gutskin-handouts-down-'));
beforeAll(() => {
  process.env.DATABASE_URL = `file:${path.join(dir, 'missing', 'folder', 'x.db')}`;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('handouts while the database is down', () => {
  it('POST answers 503 with Retry-After, saying the handout was not saved', async () => {
    const res = await POST(
      new Request('http://localhost/api/v1/handouts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ condition: 'psoriasis' }),
      }),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await res.json()).detail).toContain('the handout was not saved');
  });

  it('GET answers 503 with Retry-After', async () => {
    const id = 'AAAAAAAAAAAAAAAAAAAAAA';
    const res = await GET(new Request(`http://localhost/api/v1/handouts/${id}`), { params: Promise.resolve({ id }) });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).not.toBeNull();
  });
});
