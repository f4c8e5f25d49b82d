/**
 * CORS for the CDS Hooks routes. Browser CDS Clients (the CDS Hooks Sandbox, SMART-based EHR front ends) call from
 * another origin and send a preflight before every call, so every route answers OPTIONS and every answer allows any
 * origin. No cookies or credentials are used: callers authenticate with a bearer JWT.
 */
export function corsHeaders(methods: readonly string[]): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': [...methods, 'OPTIONS'].join(', '),
    'Access-Control-Allow-Headers': 'authorization, content-type',
    'Access-Control-Expose-Headers': 'WWW-Authenticate, Retry-After, Location',
    'Access-Control-Max-Age': '600',
  };
}

/** Adds the CORS headers to a response (headers already set win). */
export function withCors(response: Response, methods: readonly string[]): Response {
  for (const [name, value] of Object.entries(corsHeaders(methods))) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}

/** The answer to a preflight: 204 with the CORS headers. */
export function preflight(methods: readonly string[]): Response {
  return new Response(null, {
    status: 204,
    headers: { ...corsHeaders(methods), Allow: [...methods, 'OPTIONS'].join(', ') },
  });
}
