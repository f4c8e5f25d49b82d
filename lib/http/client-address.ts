/**
 * Who a request comes from, for per-client rate limits (docs/decisions/0011).
 *
 * The socket peer reaches a route handler only one way: Next.js's server sets `X-Forwarded-For` to the socket's
 * remote address when the request has none (base-server, `??=`). So proxy.ts removes a client-sent X-Forwarded-For
 * unless TRUST_PROXY says proxies in front append to it (`withoutUntrustedForwarding`), and the header a handler sees
 * is then either the socket peer (TRUST_PROXY=0) or the proxies' chain. With TRUST_PROXY=N (N reverse proxies, each
 * appending the address it was connected from), the client is the N-th address from the right of that chain: the
 * right-most one no trusted proxy could have been handed by the client. Entries further left are whatever the client
 * wrote and are never used. This works under plain `next start` as under `npm start`; no header of our own exists.
 *
 * IPv6 clients are keyed by their /64 (one subscriber usually holds a whole /64, so per-address keys would give one
 * client 2^64 buckets); IPv4-mapped IPv6 addresses are keyed as IPv4.
 */
import { isIP } from 'node:net';

/**
 * The client's address from the X-Forwarded-For a route handler sees (after proxy.ts): with no trusted proxy, the
 * socket peer Next.js wrote there (the right-most entry, the only one); with N, the N-th entry from the right.
 */
export function clientAddress(forwardedFor: string | null, trustedHops: number): string {
  const chain = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length === 0) return 'unknown';
  return chain[Math.max(0, chain.length - Math.max(1, trustedHops))]!;
}

/**
 * For proxy.ts: the request headers to pass on when the client sent an X-Forwarded-For no trusted proxy vouches for
 * (TRUST_PROXY=0), with that header removed, so that Next.js fills in the socket peer; null when nothing needs to
 * change. (Trusted proxies append the real address, so their chain is kept whole and read from the right.)
 */
export function withoutUntrustedForwarding(headers: Headers, trustedHops: number): Headers | null {
  if (trustedHops > 0 || !headers.has('x-forwarded-for')) return null;
  const cleaned = new Headers(headers);
  cleaned.delete('x-forwarded-for');
  return cleaned;
}

function expandIpv6(address: string): number[] | null {
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) becomes its two hex groups.
  const text = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_m, a, b, c, d) =>
    [((+a << 8) | +b).toString(16), ((+c << 8) | +d).toString(16)].join(':'),
  );
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(halves[0]);
  const right = parse(halves[1]);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  return [...left, ...Array<number>(missing).fill(0), ...right];
}

/** The rate-limit key for an address: IPv4 as is, IPv6 reduced to its /64, anything else trimmed. */
export function addressKey(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, '').replace(/%.*$/, '');
  const kind = isIP(bare);
  if (kind === 4) return bare;
  if (kind === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
    if (mapped) return mapped[1]!;
    const groups = expandIpv6(bare);
    if (groups)
      return `${groups
        .slice(0, 4)
        .map((g) => g.toString(16))
        .join(':')}::/64`;
    return bare.toLowerCase();
  }
  return address.slice(0, 64);
}
