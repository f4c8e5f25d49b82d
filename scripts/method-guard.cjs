/**
 * Preloaded into the server process (`node -r ./scripts/method-guard.cjs … next start`), in front of Next.js, for the
 * two kinds of request Next.js 16 fails on before any of its hooks (proxy.ts, route handlers) runs. Why this is kept
 * rather than replaced: docs/decisions/0011. Nothing security-relevant depends on it: without it (plain `next start`)
 * those requests get a 500 instead of a 4xx, and everything else behaves the same.
 *
 * 1. Methods the Fetch API cannot represent (TRACE, CONNECT, TRACK) and WebDAV-style methods make Next.js throw while
 *    building its Request object, which answers 500. They get a 405 problem+json here instead; `OPTIONS *` gets 204.
 * 2. A path with malformed percent-encoding (`/h/%ff`, `/sources/%ff`, `POST /cds-services/%ff`) makes Next.js throw
 *    while decoding its parameters (500, plain text, no security headers). It gets a 400 problem+json here, with the
 *    same security headers next.config.ts gives every answer.
 * (Client identity for rate limits is not its job: proxy.ts and lib/http/client-address.ts do that with what Next.js
 * itself provides.)
 */
// A CommonJS preload by necessity (node -r), so require is the way to load modules here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const http = require('node:http');

const ALLOWED = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const ALLOW = [...ALLOWED].join(', ');

// Keep in step with next.config.ts (securityHeaders) and lib/http/csp.ts (apiCsp).
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
};

function answer(res, status, title, detail, headers = {}) {
  const body = JSON.stringify({ type: 'about:blank', title, status, detail });
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/problem+json',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/** True when every %XX in the path decodes to valid UTF-8 (what Next.js needs to match routes). */
function wellEncoded(url) {
  const pathname = String(url).split(/[?#]/)[0];
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function guard(listener) {
  return function guarded(req, res) {
    if (!ALLOWED.has(req.method)) {
      answer(
        res,
        405,
        'Method not allowed',
        `The ${String(req.method).slice(0, 20)} method is not supported. Use ${ALLOW}.`,
        {
          Allow: ALLOW,
        },
      );
      return;
    }
    if (req.method === 'OPTIONS' && req.url === '*') {
      res.writeHead(204, { Allow: ALLOW });
      res.end();
      return;
    }
    if (!wellEncoded(req.url)) {
      answer(res, 400, 'Invalid request', 'The address contains malformed percent-encoding (e.g. %ff).');
      return;
    }
    return listener.call(this, req, res);
  };
}

const createServer = http.createServer;
http.createServer = function patchedCreateServer(...args) {
  const index = args.findIndex((a) => typeof a === 'function');
  if (index >= 0) args[index] = guard(args[index]);
  const server = createServer.apply(this, args);
  const on = server.on;
  server.on = function (event, listener) {
    return on.call(this, event, event === 'request' && typeof listener === 'function' ? guard(listener) : listener);
  };
  server.addListener = server.on;
  return server;
};

// For tests.
module.exports = { wellEncoded, SECURITY_HEADERS };
