import 'server-only';
/** The steps of staff sign-in and sign-out that route handlers call; they stay thin. */
import { findStaffPasswordHash } from '@/lib/db/staff';
import { env } from '@/lib/env';
import { clientKey, createRateLimiter } from '@/lib/http/rate-limit';
import { decoyHash, MAX_PASSWORD_LENGTH, verifyPassword } from './password';
import { clearCookie, cookieIsSecure, SESSION_COOKIE, sessionSecret, setCookie } from './staff';
import { newSessionId, signSession, type StaffSession } from './tokens';

export const SESSION_SECONDS = 8 * 3600;

/** Password guesses: 10 a minute per client address, 5 at once (a typo or two is fine; a dictionary is not). */
const guesses = createRateLimiter({ perMinute: 10, burst: 5 });

export function tooManyGuesses(request: Request): number | null {
  if (env().RATE_LIMIT_DISABLED) return null;
  const result = guesses.take(`sign-in:${clientKey(request)}`);
  return result.ok ? null : result.retryAfterSeconds;
}

export const LOGIN_PATTERN = /^[A-Za-z0-9._@-]{1,64}$/;

/** Checks a local account's password; an unknown login costs the same time as a wrong password. */
export async function checkLocalPassword(login: string, password: string): Promise<boolean> {
  if (!LOGIN_PATTERN.test(login) || password.length === 0 || password.length > MAX_PASSWORD_LENGTH) {
    await verifyPassword(password.slice(0, MAX_PASSWORD_LENGTH), await decoyHash());
    return false;
  }
  const stored = await findStaffPasswordHash(login);
  const ok = await verifyPassword(password, stored ?? (await decoyHash()));
  return stored !== null && ok;
}

/** The Set-Cookie value that signs this person in. */
export async function sessionCookie(request: Request, who: Omit<StaffSession, 'sid'>): Promise<string> {
  const token = await signSession(await sessionSecret(), { ...who, sid: newSessionId() });
  return setCookie(SESSION_COOKIE, token, SESSION_SECONDS, cookieIsSecure(request));
}

export const signedOutCookie = (request: Request) => clearCookie(SESSION_COOKIE, cookieIsSecure(request));

/** A 303 to a local path (after a form POST, so a reload does not post again). */
export function seeOther(path: string, cookies: string[] = []): Response {
  const headers = new Headers({ Location: path, 'Cache-Control': 'no-store' });
  for (const c of cookies) headers.append('Set-Cookie', c);
  return new Response(null, { status: 303, headers });
}
