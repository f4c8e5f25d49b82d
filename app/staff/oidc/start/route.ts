import { beginSignIn } from '@/lib/auth/oidc';
import { seeOther } from '@/lib/auth/sign-in';
import { cookieIsSecure, OIDC_COOKIE, oidcSetup, sessionSecret, setCookie } from '@/lib/auth/staff';
import { safeNextPath, signOidcTransaction } from '@/lib/auth/tokens';
import { withDatabase } from '@/lib/http/db-fault';

export const dynamic = 'force-dynamic';

/** GET /staff/oidc/start?next=/cds/feedback: sends the browser to the organisation's identity provider. */
export const GET = withDatabase(
  { detail: 'Sign-in is unavailable because the database cannot be reached. Try again shortly.' },
  async (request: Request) => {
    const next = safeNextPath(new URL(request.url).searchParams.get('next'));
    const setup = oidcSetup();
    if (!setup) return seeOther(`/staff/sign-in?${new URLSearchParams({ next }).toString()}`);
    let begun;
    try {
      begun = await beginSignIn(setup, next);
    } catch (error) {
      console.warn(
        `GutSkin CDS: staff sign-in: the identity provider ${setup.issuer} could not be reached: ${String(error)}`,
      );
      return seeOther(`/staff/sign-in?${new URLSearchParams({ next, error: 'provider' }).toString()}`);
    }
    const token = await signOidcTransaction(await sessionSecret(), begun.transaction);
    return seeOther(begun.url.href, [setCookie(OIDC_COOKIE, token, 600, cookieIsSecure(request))]);
  },
);
