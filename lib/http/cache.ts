import { createHash } from 'node:crypto';
import { createLru } from './lru';

interface Rendered {
  body: string;
  etag: string;
}

/** Answers that depend only on their key and the ruleset version, serialised once and kept (bounded). */
const rendered = createLru<Rendered>(2000);

/**
 * An answer with cache headers. `key` identifies the answer (e.g. the validated input); `render` runs only when this
 * instance has not answered the same key in the same content type on the same ruleset version before. `vary` names
 * request headers the answer depends on besides Accept-Encoding (e.g. Accept, when it comes as JSON or as text).
 */
export function versionedBody(
  request: Request,
  key: string,
  rulesetVersion: string,
  contentType: string,
  render: () => string,
  vary: readonly string[] = [],
): Response {
  const cacheKey = `${rulesetVersion}\u0000${contentType}\u0000${key}`;
  let entry = rendered.get(cacheKey);
  if (!entry) {
    const body = render();
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
    // Each representation has its own tag, so a cache never answers one with the other.
    const suffix = contentType.startsWith('application/json') ? '' : `.${contentType.split(/[/;]/)[1]}`;
    entry = { body, etag: `"${rulesetVersion}.${hash}${suffix}"` };
    rendered.set(cacheKey, entry);
  }
  const headers = {
    ETag: entry.etag,
    'Cache-Control': 'public, max-age=300',
    Vary: ['Accept-Encoding', ...vary].join(', '),
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === entry.etag || t.trim() === `W/${entry.etag}`)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(entry.body, { headers: { ...headers, 'Content-Type': contentType } });
}

/** A JSON answer with cache headers (see `versionedBody`). */
export function versionedJson(
  request: Request,
  key: string,
  rulesetVersion: string,
  compute: () => unknown,
  vary: readonly string[] = [],
): Response {
  return versionedBody(request, key, rulesetVersion, 'application/json', () => JSON.stringify(compute()), vary);
}
