import { checkLocalPassword, seeOther, sessionCookie, tooManyGuesses } from '@/lib/auth/sign-in';
import { isSameOriginPost, sessionSecret } from '@/lib/auth/staff';
import { safeNextPath, verifyCsrf } from '@/lib/auth/tokens';
import { readFormBody } from '@/lib/http/body';
import { withDatabase } from '@/lib/http/db-fault';
import { problem } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

const back = (next: string, error: string) =>
  seeOther(`/staff/sign-in?${new URLSearchParams({ next, error }).toString()}`);

/** POST /staff/sign-in/password: sign in with a local staff account (form: login, password, csrf, next). */
export const POST = withDatabase(
  { detail: 'Sign-in is unavailable because the database cannot be reached. Try again shortly.' },
  async (request: Request) => {
    if (!isSameOriginPost(request)) {
      return problem({ status: 403, title: 'Forbidden', detail: 'Sign in from this site’s own sign-in page.' });
    }
    const wait = tooManyGuesses(request);
    if (wait !== null) {
      return problem({
        status: 429,
        title: 'Too many sign-in attempts',
        detail: `Too many sign-in attempts from this address. Try again in ${wait} seconds.`,
        headers: { 'Retry-After': String(wait) },
      });
    }
    const body = await readFormBody(request, 4096);
    if (!body.ok) return body.response;
    const form = body.form;
    const next = safeNextPath(form.get('next'));
    if (!(await verifyCsrf(await sessionSecret(), form.get('csrf') ?? undefined, 'anonymous'))) {
      return back(next, 'expired');
    }
    const login = (form.get('login') ?? '').trim();
    if (!(await checkLocalPassword(login, form.get('password') ?? ''))) return back(next, 'invalid');
    return seeOther(next, [await sessionCookie(request, { sub: `local:${login}`, display: login, via: 'local' })]);
  },
);
