/**
 * The SHA-256 hashes of the pre-rendered pages' inline scripts, which scripts/csp-hashes.ts writes after each build
 * (.next/csp-hashes.json: route → hashes). Read per build, not per process: every call costs one stat of the file,
 * and the file is read again only when a rebuild has replaced it, so a server that outlives a rebuild (npm run build,
 * or fuzz rebuilding a stale build, under a running npm start) does not block the inline scripts of the new pages.
 * Hashes of earlier builds are kept: pages the server already holds in memory still carry the old scripts, and every
 * hash is of a script our own build wrote. A file that cannot be read or parsed (missing, or caught half-written)
 * leaves the last good hashes in force and is tried again on the next call.
 */
import { readFileSync, statSync } from 'node:fs';

export interface CspHashes {
  /** Route ('/', '/evidence', …) → hashes of its inline scripts. */
  byRoute: ReadonlyMap<string, readonly string[]>;
  /** The pre-rendered error pages' hashes, which Next.js may serve at any address. */
  errorPages: readonly string[];
}

const ERROR_PAGES = ['/_not-found', '/_global-error'];

export function cspHashesFrom(file: string): () => CspHashes {
  let version = '';
  const merged = new Map<string, Set<string>>();
  let current: CspHashes = { byRoute: new Map(), errorPages: [] };
  return () => {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return current;
    }
    const seen = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    if (seen === version) return current;
    let routes: Record<string, unknown>;
    try {
      routes = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      return current;
    }
    version = seen;
    for (const [route, hashes] of Object.entries(routes)) {
      if (!Array.isArray(hashes)) continue;
      const set = merged.get(route) ?? new Set<string>();
      for (const hash of hashes) if (typeof hash === 'string') set.add(hash);
      merged.set(route, set);
    }
    current = {
      byRoute: new Map([...merged].map(([route, set]) => [route, [...set]])),
      errorPages: [...new Set(ERROR_PAGES.flatMap((route) => [...(merged.get(route) ?? [])]))],
    };
    return current;
  };
}
