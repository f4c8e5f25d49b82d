import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { withoutUntrustedForwarding } from '@/lib/http/client-address';
import { frameAncestorsFromEnv, hashCsp, nonceCsp } from '@/lib/http/csp';
import { cspHashesFrom } from '@/lib/http/csp-hashes';

const cspHashes = cspHashesFrom(path.join(process.cwd(), '.next', 'csp-hashes.json'));
// NODE_ENV is fixed by Next.js at build time (`next dev` or not), not operator configuration.
// eslint-disable-next-line no-restricted-properties
const options = { frameAncestors: frameAncestorsFromEnv(), dev: process.env.NODE_ENV !== 'production' };

const isPage = (pathname: string) => !/^\/(api\/|api$|cds-services(\/|$))/.test(pathname);

export function proxy(request: NextRequest) {
  // Client identity (rate limits): an X-Forwarded-For the client wrote is dropped unless TRUST_PROXY says proxies in
  // front append to it; Next.js then puts the socket peer there (lib/http/client-address.ts, docs/decisions/0011).
  const forwarded = withoutUntrustedForwarding(request.headers, env().TRUST_PROXY);
  const { pathname } = request.nextUrl;
  // API answers get their (static) CSP from next.config.ts.
  if (!isPage(pathname))
    return forwarded ? NextResponse.next({ request: { headers: forwarded } }) : NextResponse.next();
  const route = pathname.replace(/\/$/, '') || '/';
  const { byRoute, errorPages } = cspHashes();
  const hashes = route.startsWith('/_') ? undefined : byRoute.get(route);
  if (hashes) {
    const response = forwarded ? NextResponse.next({ request: { headers: forwarded } }) : NextResponse.next();
    response.headers.set('Content-Security-Policy', hashCsp(hashes, options));
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = nonceCsp(nonce, errorPages, options);
  const requestHeaders = forwarded ?? new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Every address that runs code (client identity matters to the write routes under /api, /cds-services and /staff);
  // static files only are left out.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-touch-icon.png|robots.txt).*)' }],
};
