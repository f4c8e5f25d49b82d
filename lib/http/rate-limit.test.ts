import { describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter } from './rate-limit';

describe('rate limiter', () => {
  it('allows a burst, then refuses with a wait time, then refills', () => {
    let t = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 3, now: () => t });
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    const refused = limiter.take('a');
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').ok).toBe(true);
    t += 1000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  it('keys clients by the address the server guard sets, never by a client-sent X-Forwarded-For', () => {
    expect(clientKey(new Request('http://x', { headers: { 'x-gutskin-client': '10.0.0.1' } }))).toBe('10.0.0.1');
    expect(clientKey(new Request('http://x', { headers: { 'x-forwarded-for': '203.0.113.7' } }))).toBe('local');
  });
});
