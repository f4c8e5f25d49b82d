/**
 * Who a request comes from, for per-client rate limits.
 *
 * scripts/method-guard.cjs, in front of Next.js, passes the socket peer on as `x-gutskin-peer` (discarding any value
 * the client sent). With TRUST_PROXY=N (N reverse proxies in front, each appending to X-Forwarded-For), the client is
 * the N-th address counted from the right of [X-Forwarded-For…, peer]: the right-most one no trusted proxy could have
 * been handed by the client. Entries further left are whatever the client wrote and are never used.
 *
 * IPv6 clients are keyed by their /64 (one subscriber usually holds a whole /64, so per-address keys would give one
 * client 2^64 buckets); IPv4-mapped IPv6 addresses are keyed as IPv4.
 */
import { isIP } from 'node:net';

export function clientAddress(peer: string | null, forwardedFor: string | null, trustedHops: number): string {
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    ...(peer ? [peer] : []),
  ];
  if (chain.length === 0) return 'unknown';
  const index = Math.max(0, chain.length - 1 - trustedHops);
  return chain[index]!;
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
