/**
 * A per-client token bucket for write endpoints. In memory, per instance: behind a load balancer each instance limits
 * on its own (docs/deployment.md says how to add a shared limit at the proxy).
 */
import { problem } from './problem';

export interface RateLimitOptions {
  /** Sustained requests per minute. */
  perMinute: number;
  /** Requests allowed in a burst. */
  burst: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

export function createRateLimiter({ perMinute, burst, now = () => performance.now() }: RateLimitOptions) {
  const buckets = new Map<string, Bucket>();
  const refillPerMs = perMinute / 60_000;

  return {
    /** Takes one token for `key`; answers how long to wait (seconds) when none is left. */
    take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: burst, updated: t };
      bucket.tokens = Math.min(burst, bucket.tokens + (t - bucket.updated) * refillPerMs);
      bucket.updated = t;
      if (buckets.size > 10_000) buckets.clear(); // bounded memory under address spraying
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)) };
    },
  };
}

/**
 * The client address, as scripts/method-guard.cjs sets it in front of Next.js (the socket peer, or the trusted proxy's
 * X-Forwarded-For with TRUST_PROXY=1). Without the guard (unit tests) every request shares one key.
 */
export function clientKey(request: Request): string {
  return request.headers.get('x-gutskin-client') || 'local';
}

const writeLimiter = createRateLimiter({
  perMinute: Number(process.env.WRITE_RATE_LIMIT_PER_MINUTE ?? 60),
  burst: Number(process.env.WRITE_RATE_LIMIT_BURST ?? 30),
});

/** For write route handlers: a 429 problem response when this client is over its limit, else null. */
export function limitWrites(request: Request): Response | null {
  if (process.env.RATE_LIMIT_DISABLED === '1') return null;
  const result = writeLimiter.take(clientKey(request));
  if (result.ok) return null;
  return problem({
    status: 429,
    title: 'Too many requests',
    detail: `Too many saves from this address. Try again in ${result.retryAfterSeconds} seconds.`,
    headers: { 'Retry-After': String(result.retryAfterSeconds) },
  });
}
