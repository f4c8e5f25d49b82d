/**
 * A small least-recently-used cache (Map keeps insertion order), with an optional expiry: an entry not touched for
 * `ttlMs` counts as absent and is dropped when met.
 */
export interface LruOptions {
  ttlMs?: number;
  now?: () => number;
}

export function createLru<V>(capacity: number, { ttlMs, now = () => performance.now() }: LruOptions = {}) {
  const map = new Map<string, { value: V; touched: number }>();
  const expired = (touched: number, t: number) => ttlMs !== undefined && t - touched > ttlMs;
  return {
    get(key: string): V | undefined {
      const entry = map.get(key);
      if (entry === undefined) return undefined;
      map.delete(key);
      const t = now();
      if (expired(entry.touched, t)) return undefined;
      entry.touched = t;
      map.set(key, entry);
      return entry.value;
    },
    set(key: string, value: V): void {
      map.delete(key);
      map.set(key, { value, touched: now() });
      // Drop expired entries from the old end first, then the least recently used while over capacity.
      const t = now();
      for (const [oldest, entry] of map) {
        if (map.size <= capacity && !expired(entry.touched, t)) break;
        map.delete(oldest);
      }
    },
    delete(key: string): boolean {
      return map.delete(key);
    },
    get size() {
      return map.size;
    },
  };
}
