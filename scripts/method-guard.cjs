/**
 * Preloaded into the server process (`node -r ./scripts/method-guard.cjs … next start`), in front of Next.js:
 *
 * 1. Methods the Fetch API cannot represent (TRACE, CONNECT, TRACK) and WebDAV-style methods make Next.js throw while
 *    building its Request object, which answers 500. They get a 405 problem+json here instead; `OPTIONS *` gets 204.
 * 2. The client address for per-client rate limits: the socket's peer, or, when TRUST_PROXY=1 (behind a reverse proxy
 *    that overwrites X-Forwarded-For), the first X-Forwarded-For entry. It is passed on as `x-gutskin-client`; a value
 *    sent by the client itself is discarded, so it cannot be spoofed.
 */
// A CommonJS preload by necessity (node -r), so require is the way to load modules here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const http = require('node:http');

const ALLOWED = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const ALLOW = [...ALLOWED].join(', ');
const trustProxy = process.env.TRUST_PROXY === '1';

function guard(listener) {
  return function guarded(req, res) {
    if (!ALLOWED.has(req.method)) {
      const body = JSON.stringify({
        type: 'about:blank',
        title: 'Method not allowed',
        status: 405,
        detail: `The ${String(req.method).slice(0, 20)} method is not supported. Use ${ALLOW}.`,
      });
      res.writeHead(405, {
        'Content-Type': 'application/problem+json',
        Allow: ALLOW,
        'Content-Length': Buffer.byteLength(body),
      });
      res.end(body);
      return;
    }
    if (req.method === 'OPTIONS' && req.url === '*') {
      res.writeHead(204, { Allow: ALLOW });
      res.end();
      return;
    }
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')[0]
      .trim();
    req.headers['x-gutskin-client'] = (trustProxy && forwarded) || req.socket.remoteAddress || 'unknown';
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
