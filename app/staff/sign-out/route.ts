import { seeOther, signedOutCookie } from '@/lib/auth/sign-in';
import { cookieFrom, isSameOriginPost, SESSION_COOKIE, sessionFromCookie, sessionSecret } from '@/lib/auth/staff';
import { verifyCsrf } from '@/lib/auth/tokens';
import { readFormBody } from '@/lib/http/body';
import { withDatabase } from '@/lib/http/db-fault';
import { problem } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

/** POST /staff/sign-out (form: csrf): ends this browser's staff session. */
export const POST = withDatabase(
  { detail: 'Sign-out is unavailable because the database cannot be reached. Try again shortly.' },
  async (request: Request) => {
    if (!isSameOriginPost(request)) {
      return problem({ status: 403, title: 'Forbidden', detail: 'Sign out from this site’s own pages.' });
    }
    const body = await readFormBody(request, 4096);
    if (!body.ok) return body.response;
    const session = await sessionFromCookie(cookieFrom(request.headers.get('cookie'), SESSION_COOKIE));
    if (session && !(await verifyCsrf(await sessionSecret(), body.form.get('csrf') ?? undefined, session.sid))) {
      return problem({
        status: 403,
        title: 'Forbidden',
        detail: 'The sign-out form expired. Reload the page and try again.',
      });
    }
    return seeOther('/staff/sign-in?signedOut=1', [signedOutCookie(request)]);
  },
);
