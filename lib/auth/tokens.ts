/**
 * The signed values staff sign-in puts in cookies and forms, as compact JWTs (jose, HS256) under keys derived per
 * purpose from one secret, so a token made for one purpose is never accepted for another:
 * - `session`: who is signed in, for how long (the session cookie);
 * - `oidc`: state, nonce, PKCE verifier and return path of one sign-in round trip (a short-lived cookie);
 * - `csrf`: a form token bound to the session it was issued for (or to "signed out"), checked on every POST.
 * No server-side session store: any instance holding the secret accepts the cookie (stateless scale-out).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

export type TokenPurpose = 'session' | 'oidc' | 'csrf';

const LIFETIME_SECONDS: Record<TokenPurpose, number> = { session: 8 * 3600, oidc: 600, csrf: 2 * 3600 };

export interface StaffSession {
  /** Subject: the identity provider's `sub`, or `local:<login>`. */
  sub: string;
  /** What the page shows: a name or login. Not stored anywhere but the cookie. */
  display: string;
  via: 'oidc' | 'local';
  /** Random per sign-in; CSRF tokens are bound to it. */
  sid: string;
}

export interface OidcTransaction {
  state: string;
  nonce: string;
  verifier: string;
  /** Local path to return to after sign-in (already checked by safeNextPath). */
  next: string;
}

const keyFor = (secret: string, purpose: TokenPurpose) =>
  createHmac('sha256', secret).update(`gutskin-staff-${purpose}`).digest();

async function sign(secret: string, purpose: TokenPurpose, claims: Record<string, unknown>, now?: number) {
  const iat = Math.floor((now ?? Date.now()) / 1000);
  return new SignJWT({ ...claims, use: purpose })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(iat)
    .setExpirationTime(iat + LIFETIME_SECONDS[purpose])
    .sign(keyFor(secret, purpose));
}

async function verify(secret: string, purpose: TokenPurpose, token: string | undefined, now?: number) {
  if (!token || token.length > 4096) return null;
  try {
    const { payload } = await jwtVerify(token, keyFor(secret, purpose), {
      algorithms: ['HS256'],
      currentDate: now === undefined ? undefined : new Date(now),
    });
    return payload.use === purpose ? payload : null;
  } catch {
    return null;
  }
}

const text = (value: unknown, max: number) => (typeof value === 'string' && value.length <= max ? value : null);

export const newSessionId = () => randomBytes(16).toString('base64url');

export const signSession = (secret: string, session: StaffSession, now?: number) =>
  sign(secret, 'session', { ...session }, now);

export async function verifySession(secret: string, token: string | undefined, now?: number) {
  const p = await verify(secret, 'session', token, now);
  if (!p) return null;
  const [sub, display, sid] = [text(p.sub, 300), text(p.display, 200), text(p.sid, 64)];
  if (!sub || display === null || !sid || (p.via !== 'oidc' && p.via !== 'local')) return null;
  return { sub, display, sid, via: p.via } satisfies StaffSession;
}

export const signOidcTransaction = (secret: string, tx: OidcTransaction, now?: number) =>
  sign(secret, 'oidc', { ...tx }, now);

export async function verifyOidcTransaction(secret: string, token: string | undefined, now?: number) {
  const p = await verify(secret, 'oidc', token, now);
  if (!p) return null;
  const [state, nonce, verifier, next] = [
    text(p.state, 200),
    text(p.nonce, 200),
    text(p.verifier, 200),
    text(p.next, 500),
  ];
  return state && nonce && verifier && next ? ({ state, nonce, verifier, next } satisfies OidcTransaction) : null;
}

/** A form token for the session `sid` (or for a signed-out browser: `anonymous`). */
export const signCsrf = (secret: string, sid: string, now?: number) => sign(secret, 'csrf', { sid }, now);

export async function verifyCsrf(secret: string, token: string | undefined, sid: string, now?: number) {
  const p = await verify(secret, 'csrf', token, now);
  return p !== null && p.sid === sid;
}

/**
 * Where to go after sign-in: only a path on this site (`/cds/feedback?x=1`), never `//evil.example` or a URL, so the
 * sign-in page cannot be used as an open redirect.
 */
export function safeNextPath(value: string | null | undefined, fallback = '/cds/feedback'): string {
  if (!value || value.length > 500 || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  return value;
}
