import 'server-only';
/**
 * Staff sign-in: who may see the staff areas (CDS feedback page and CSV, and any later admin page). Two ways in:
 * OpenID Connect against the organisation's identity provider (STAFF_OIDC_*), and local accounts whose password hashes
 * `npm run staff:set-password` stores (for a single clinic without one). With neither set up, the staff areas say how
 * to set one up and show no data. Sessions are signed cookies (lib/auth/tokens.ts); every POST carries a CSRF token
 * and must come from this site's own origin.
 */
import { env } from '@/lib/env';
import { hasStaffAccounts, sharedSecret } from '@/lib/db/staff';
import { problem } from '@/lib/http/problem';
import { publicOrigin } from '@/lib/http/origin';
import { type StaffSession, verifySession } from './tokens';

export const SESSION_COOKIE = 'gutskin_staff';
export const OIDC_COOKIE = 'gutskin_staff_oidc';

export interface OidcSetup {
  issuer: string;
  clientId: string;
  clientSecret: string;
  label: string;
  redirectUri: string;
}

export interface StaffAuthSetup {
  oidc: OidcSetup | null;
  /** At least one local staff account exists. */
  local: boolean;
}

export function oidcSetup(): OidcSetup | null {
  const e = env();
  if (!e.STAFF_OIDC_ISSUER || !e.STAFF_OIDC_CLIENT_ID || !e.STAFF_OIDC_CLIENT_SECRET || !e.APP_ORIGIN) return null;
  return {
    issuer: e.STAFF_OIDC_ISSUER,
    clientId: e.STAFF_OIDC_CLIENT_ID,
    clientSecret: e.STAFF_OIDC_CLIENT_SECRET,
    label: e.STAFF_OIDC_LABEL ?? 'your organisation’s sign-in',
    redirectUri: `${e.APP_ORIGIN}/staff/oidc/callback`,
  };
}

/** What is set up. Reads the database (local accounts); throws DatabaseUnavailableError when it is down. */
export async function staffAuthSetup(): Promise<StaffAuthSetup> {
  return { oidc: oidcSetup(), local: await hasStaffAccounts() };
}

export const isSetUp = (setup: StaffAuthSetup) => setup.oidc !== null || setup.local;

/** The key that signs staff cookies: STAFF_SESSION_SECRET, or one random key kept in the database for all instances. */
export async function sessionSecret(): Promise<string> {
  return env().STAFF_SESSION_SECRET ?? sharedSecret('staff-session');
}

/** Reads one cookie from a Cookie header (route handlers get the header, pages use next/headers). */
export function cookieFrom(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export async function sessionFromCookie(value: string | undefined): Promise<StaffSession | null> {
  if (!value) return null;
  return verifySession(await sessionSecret(), value);
}

/** Cookies are Secure whenever the site is served over https (APP_ORIGIN, or the request itself). */
export function cookieIsSecure(request?: Request): boolean {
  const origin = env().APP_ORIGIN;
  if (origin) return origin.startsWith('https:');
  return request ? new URL(request.url).protocol === 'https:' : false;
}

export function setCookie(name: string, value: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${name}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export const clearCookie = (name: string, secure: boolean) => setCookie(name, '', 0, secure);

/**
 * A POST from a browser form must come from this site. Browsers say where a request comes from in Sec-Fetch-Site
 * (Fetch Metadata); when it is sent it must be `same-origin`. (Origin alone is not enough here: under this site's
 * `Referrer-Policy: no-referrer`, Chrome sends `Origin: null` on its own form posts.) Without Sec-Fetch-Site (an old
 * browser, a script), the Origin header must be this app's origin. The CSRF token is checked as well, by the caller.
 */
export function isSameOriginPost(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin';
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const own = publicOrigin(request.headers);
  return own !== null && origin === own;
}

const NOT_SET_UP =
  'Staff sign-in is not set up on this installation, so staff data (CDS feedback) is not shown. Set up OpenID ' +
  'Connect (STAFF_OIDC_ISSUER, STAFF_OIDC_CLIENT_ID, STAFF_OIDC_CLIENT_SECRET) or create a local staff account with ' +
  '`npm run staff:set-password -- <login>`; docs/security.md says how.';

/**
 * For staff-only route handlers: the signed-in staff member, or the answer to send (403 when sign-in is not set up,
 * 401 when signed out). Database faults propagate for the caller's answerDatabaseFault.
 */
export async function requireStaff(
  request: Request,
): Promise<{ ok: true; staff: StaffSession } | { ok: false; response: Response }> {
  const setup = await staffAuthSetup();
  if (!isSetUp(setup)) {
    return { ok: false, response: problem({ status: 403, title: 'Staff sign-in is not set up', detail: NOT_SET_UP }) };
  }
  const staff = await sessionFromCookie(cookieFrom(request.headers.get('cookie'), SESSION_COOKIE));
  if (staff) return { ok: true, staff };
  return {
    ok: false,
    response: problem({
      status: 401,
      title: 'Sign-in required',
      detail: 'Staff data needs sign-in. Sign in at /staff/sign-in, then try again.',
      headers: { 'WWW-Authenticate': 'Cookie realm="GutSkin CDS staff"' },
    }),
  };
}
