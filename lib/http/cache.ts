import { createHash } from 'node:crypto';
import { createLru } from './lru';

interface Rendered {
  body: string;
  etag: string;
}

/** Answers that depend only on their key and the ruleset version, serialised once and kept (bounded). */
const rendered = createLru<Rendered>(2000);

/**
 * A JSON answer with cache headers. `key` identifies the answer (e.g. the validated input); `compute` runs only when
 * this instance has not answered the same key on the same ruleset version before.
 */
export function versionedJson(request: Request, key: string, rulesetVersion: string, compute: () => unknown): Response {
  const cacheKey = `${rulesetVersion}\u0000${key}`;
  let entry = rendered.get(cacheKey);
  if (!entry) {
    const body = JSON.stringify(compute());
    entry = { body, etag: `"${rulesetVersion}.${createHash('sha256').update(key).digest('hex').slice(0, 16)}"` };
    rendered.set(cacheKey, entry);
  }
  const headers = { ETag: entry.etag, 'Cache-Control': 'public, max-age=300', Vary: 'Accept-Encoding' };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === entry.etag || t.trim() === `W/${entry.etag}`)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(entry.body, { headers: { ...headers, 'Content-Type': 'application/json' } });
}
