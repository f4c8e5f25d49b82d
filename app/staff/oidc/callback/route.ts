import { finishSignIn } from '@/lib/auth/oidc';
import { seeOther, sessionCookie } from '@/lib/auth/sign-in';
import { clearCookie, cookieFrom, cookieIsSecure, OIDC_COOKIE, oidcSetup, sessionSecret } from '@/lib/auth/staff';
import { verifyOidcTransaction } from '@/lib/auth/tokens';
import { withDatabase } from '@/lib/http/db-fault';

export const dynamic = 'force-dynamic';

/** GET /staff/oidc/callback: the identity provider sends the browser back here with a code (or an error). */
export const GET = withDatabase(
  { detail: 'Sign-in is unavailable because the database cannot be reached. Try again shortly.' },
  async (request: Request) => {
    const setup = oidcSetup();
    if (!setup) return seeOther('/staff/sign-in');
    const search = new URL(request.url).search;
    if (search.length > 4096) return seeOther('/staff/sign-in?error=provider');
    const done = clearCookie(OIDC_COOKIE, cookieIsSecure(request));
    const transaction = await verifyOidcTransaction(
      await sessionSecret(),
      cookieFrom(request.headers.get('cookie'), OIDC_COOKIE),
    );
    if (!transaction) return seeOther('/staff/sign-in?error=expired', [done]);
    const back = (error: string) =>
      seeOther(`/staff/sign-in?${new URLSearchParams({ next: transaction.next, error }).toString()}`, [done]);
    let who;
    try {
      who = await finishSignIn(setup, search, transaction);
    } catch (error) {
      // A refused or tampered answer (wrong state, bad ID token, access_denied): say so, log why.
      console.warn(`GutSkin CDS: staff sign-in through ${setup.issuer} failed: ${String(error).slice(0, 300)}`);
      return back(new URLSearchParams(search).get('error') === 'access_denied' ? 'denied' : 'provider');
    }
    return seeOther(transaction.next, [done, await sessionCookie(request, { ...who, via: 'oidc' })]);
  },
);
