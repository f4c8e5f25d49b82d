/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name). Deterministic, so the same hook call
 * gives the same card and suggestion ids, and feedback can be matched to them.
 */
import { createHash } from 'node:crypto';

/** Our own namespace (a fixed, randomly chosen UUID). */
export const GUTSKIN_NAMESPACE = '8a0f3f6e-2c55-4a8f-9a67-3c1b8e4a5d21';

export function uuidV5(name: string, namespace: string = GUTSKIN_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** An id generator for one hook call: the same call and key always give the same UUID. */
export function idsFor(serviceId: string, hookInstance: string): (key: string) => string {
  return (key) => uuidV5(`${serviceId}|${hookInstance}|${key}`);
}
