import { createHash } from 'node:crypto';

/** Cache headers for answers that depend only on the request and the ruleset version. */
export function versionedJson(request: Request, body: unknown, rulesetVersion: string): Response {
  const key = createHash('sha256').update(new URL(request.url).search).digest('hex').slice(0, 16);
  const etag = `"${rulesetVersion}.${key}"`;
  const headers = {
    ETag: etag,
    'Cache-Control': 'public, max-age=300',
    Vary: 'Accept-Encoding',
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) {
    return new Response(null, { status: 304, headers });
  }
  return Response.json(body, { headers });
}
