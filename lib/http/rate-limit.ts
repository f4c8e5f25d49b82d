/**
 * A per-client token bucket for write endpoints. In memory, per instance: behind a load balancer each instance limits
 * on its own (docs/deployment.md says how to add a shared limit at the proxy).
 *
 * Buckets live in an LRU with expiry: a bucket idle long enough to have refilled is the same as no bucket, so it
 * expires then; past `maxClients` the least recently used bucket goes. (Earlier releases cleared every bucket at
 * 10,000 keys, so a client spraying addresses reset everyone's limit, its own included.)
 */
import { env } from '@/lib/env';
import { addressKey, clientAddress } from './client-address';
import { createLru } from './lru';
import { problem } from './problem';

export interface RateLimitOptions {
  /** Sustained requests per minute. */
  perMinute: number;
  /** Requests allowed in a burst. */
  burst: number;
  /** Most clients tracked at once (default 20,000: about 2 MB). */
  maxClients?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

export function createRateLimiter({
  perMinute,
  burst,
  maxClients = 20_000,
  now = () => performance.now(),
}: RateLimitOptions) {
  if (!(perMinute > 0) || !(burst >= 1)) throw new RangeError('perMinute must be > 0 and burst >= 1');
  const refillPerMs = perMinute / 60_000;
  const buckets = createLru<Bucket>(maxClients, { ttlMs: burst / refillPerMs, now });

  return {
    /** Takes one token for `key`; answers how long to wait (seconds) when none is left. */
    take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: burst, updated: t };
      bucket.tokens = Math.min(burst, bucket.tokens + (t - bucket.updated) * refillPerMs);
      bucket.updated = t;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
    },
    get size() {
      return buckets.size;
    },
  };
}

/**
 * The rate-limit key of a request: the socket peer (TRUST_PROXY=0), or with TRUST_PROXY=N the right-most address of
 * X-Forwarded-For no trusted proxy could have been handed by the client; IPv6 grouped by /64. Both come from the
 * X-Forwarded-For that proxy.ts leaves and Next.js fills in (lib/http/client-address.ts). A request that never went
 * through the server (unit tests calling a handler) has none and is keyed 'unknown'.
 */
export function clientKey(request: Request, trustedHops: number = env().TRUST_PROXY): string {
  return addressKey(clientAddress(request.headers.get('x-forwarded-for'), trustedHops));
}

let writeLimiter: { key: string; limiter: ReturnType<typeof createRateLimiter> } | undefined;

function limiter() {
  const { WRITE_RATE_LIMIT_PER_MINUTE: perMinute, WRITE_RATE_LIMIT_BURST: burst } = env();
  const key = `${perMinute}/${burst}`;
  if (writeLimiter?.key !== key) writeLimiter = { key, limiter: createRateLimiter({ perMinute, burst }) };
  return writeLimiter.limiter;
}

/** For write route handlers: a 429 problem response when this client is over its limit, else null. */
export function limitWrites(request: Request): Response | null {
  if (env().RATE_LIMIT_DISABLED) return null;
  const result = limiter().take(clientKey(request));
  if (result.ok) return null;
  return problem({
    status: 429,
    title: 'Too many requests',
    detail: `Too many saves from this address. Try again in ${result.retryAfterSeconds} seconds.`,
    headers: { 'Retry-After': String(result.retryAfterSeconds) },
  });
}
