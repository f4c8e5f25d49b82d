import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress, withoutUntrustedForwarding } from './client-address';
import { createLru } from './lru';
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

  it('spraying new keys does not reset a limited client (issue 14: every bucket was cleared at 10,000 keys)', () => {
    const t = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 2, maxClients: 100, now: () => t });
    limiter.take('attacker');
    limiter.take('attacker');
    expect(limiter.take('attacker').ok).toBe(false);
    for (let i = 0; i < 20_000; i++) {
      limiter.take(`spray-${i}`);
      if (i % 50 === 0) limiter.take('attacker'); // stays recently used, so it is not evicted
    }
    expect(limiter.take('attacker').ok).toBe(false);
    expect(limiter.size).toBeLessThanOrEqual(100);
  });

  it('forgets a bucket once it would have refilled anyway (expiry)', () => {
    let t = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 2, now: () => t });
    limiter.take('a');
    limiter.take('b');
    t += 10_000;
    limiter.take('c');
    expect(limiter.size).toBe(1);
  });

  it('refuses limits that are not positive numbers', () => {
    expect(() => createRateLimiter({ perMinute: Number('sixty'), burst: 30 })).toThrow(RangeError);
  });
});

describe('LRU with expiry', () => {
  it('drops entries idle past the ttl', () => {
    let t = 0;
    const lru = createLru<number>(10, { ttlMs: 100, now: () => t });
    lru.set('a', 1);
    t = 50;
    expect(lru.get('a')).toBe(1);
    t = 140;
    expect(lru.get('a')).toBe(1); // touched at 50
    t = 300;
    expect(lru.get('a')).toBeUndefined();
  });
});

describe('client identity', () => {
  const req = (headers: Record<string, string>) => new Request('http://x', { headers });

  it('without a trusted proxy, drops the X-Forwarded-For a client wrote so that the server fills in the socket peer', () => {
    const sent = new Headers({ 'x-forwarded-for': '203.0.113.7', 'x-gutskin-peer': '9.9.9.9', accept: 'text/html' });
    const passed = withoutUntrustedForwarding(sent, 0)!;
    expect(passed.has('x-forwarded-for')).toBe(false);
    expect(passed.get('accept')).toBe('text/html');
    // Nothing to change: no header sent, or proxies in front append to it (their chain is read from the right).
    expect(withoutUntrustedForwarding(new Headers({ accept: 'text/html' }), 0)).toBeNull();
    expect(withoutUntrustedForwarding(sent, 1)).toBeNull();
  });

  it('keys clients by the socket peer the server wrote into X-Forwarded-For, never by a header of their own', () => {
    // What a handler sees once proxy.ts dropped the client's header: Next.js's `x-forwarded-for ??= remoteAddress`.
    expect(clientKey(req({ 'x-forwarded-for': '10.0.0.1' }), 0)).toBe('10.0.0.1');
    expect(clientKey(req({ 'x-forwarded-for': '10.0.0.1', 'x-gutskin-peer': '9.9.9.9' }), 0)).toBe('10.0.0.1');
    expect(clientKey(req({ 'x-forwarded-for': '10.0.0.2' }), 0)).not.toBe(
      clientKey(req({ 'x-forwarded-for': '10.0.0.1' }), 0),
    );
    expect(clientKey(req({}), 0)).toBe('unknown');
  });

  it('with TRUST_PROXY=N takes the right-most address no trusted proxy got from the client', () => {
    // One proxy that appends: the client forged "1.1.1.1", the proxy appended the real address.
    expect(clientAddress('1.1.1.1, 198.51.100.9', 1)).toBe('198.51.100.9');
    // Two proxies: CDN (appends client), then the load balancer (appends CDN) and connects to us.
    expect(clientAddress('1.1.1.1, 198.51.100.9, 172.16.0.1', 2)).toBe('198.51.100.9');
    // Fewer entries than hops (a request that reached the app directly): the left-most there is.
    expect(clientAddress('10.0.0.2', 1)).toBe('10.0.0.2');
    expect(clientAddress('', 1)).toBe('unknown');
    expect(clientKey(req({ 'x-forwarded-for': '1.1.1.1, 198.51.100.9' }), 1)).toBe('198.51.100.9');
  });

  it('groups IPv6 by /64 and reads IPv4-mapped addresses as IPv4', () => {
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('[2001:db8:1:2::5]:443')).toBe('2001:db8:1:2::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::ffff:192.0.2.4')).toBe('192.0.2.4');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('192.0.2.4')).toBe('192.0.2.4');
    expect(addressKey('not-an-address')).toBe('not-an-address');
  });
});
