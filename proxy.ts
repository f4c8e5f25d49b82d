import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { frameAncestorsFromEnv, hashCsp, nonceCsp } from '@/lib/http/csp';
import { cspHashesFrom } from '@/lib/http/csp-hashes';

const cspHashes = cspHashesFrom(path.join(process.cwd(), '.next', 'csp-hashes.json'));
// NODE_ENV is fixed by Next.js at build time (`next dev` or not), not operator configuration.
// eslint-disable-next-line no-restricted-properties
const options = { frameAncestors: frameAncestorsFromEnv(), dev: process.env.NODE_ENV !== 'production' };

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const route = pathname.replace(/\/$/, '') || '/';
  const { byRoute, errorPages } = cspHashes();
  const hashes = route.startsWith('/_') ? undefined : byRoute.get(route);
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set('Content-Security-Policy', hashCsp(hashes, options));
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = nonceCsp(nonce, errorPages, options);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Pages only: API answers and static files (public/, the icons) get their (static) CSP from next.config.ts, which
  // costs nothing per request.
  matcher: [
    {
      source:
        '/((?!api/|cds-services|_next/static|_next/image|favicon.ico|icon.svg|apple-touch-icon.png|robots.txt).*)',
    },
  ],
};
