import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

describe('write rate limit on POST /api/v1/handouts', () => {
  beforeAll(() => {
    vi.stubEnv('WRITE_RATE_LIMIT_BURST', '3');
    vi.stubEnv('WRITE_RATE_LIMIT_PER_MINUTE', '6');
    vi.stubEnv('RATE_LIMIT_DISABLED', '');
    vi.resetModules();
  });
  afterAll(() => vi.unstubAllEnvs());

  it('answers 429 problem+json with Retry-After once a client uses up its burst, per client address', async () => {
    const { POST } = await import('./route');
    const post = (ip: string) =>
      POST(
        new Request('http://localhost/api/v1/handouts', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
          body: '{}',
        }),
      );
    const first = await Promise.all([post('10.1.1.1'), post('10.1.1.1'), post('10.1.1.1')]);
    expect(first.map((r) => r.status)).toEqual([400, 400, 400]);
    const limited = await post('10.1.1.1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post('10.2.2.2')).status).toBe(400);
  });
});
