import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { StaffBar } from '@/app/staff/_components/staff-bar';
import { StaffSignInNotSetUp } from '@/app/staff/_components/not-set-up';
import { isSetUp, SESSION_COOKIE, sessionFromCookie, sessionSecret, staffAuthSetup } from '@/lib/auth/staff';
import { safeNextPath, signCsrf } from '@/lib/auth/tokens';
import { isDatabaseFault } from '@/lib/http/db-fault';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Staff sign-in', robots: { index: false } };

const ERRORS: Record<string, string> = {
  invalid: 'That login and password do not match a staff account.',
  expired: 'The sign-in form expired. Try again.',
  provider: 'Sign-in through the identity provider did not complete. Try again, or ask your administrator.',
  denied: 'The identity provider did not allow this sign-in.',
};

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function load() {
  try {
    const setup = await staffAuthSetup();
    const secret = await sessionSecret();
    const staff = await sessionFromCookie((await cookies()).get(SESSION_COOKIE)?.value);
    return { setup, staff, csrf: await signCsrf(secret, staff?.sid ?? 'anonymous') };
  } catch (error) {
    if (isDatabaseFault(error)) return null;
    throw error;
  }
}

export default async function StaffSignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const next = safeNextPath(one(params.next));
  const error = ERRORS[one(params.error) ?? ''];
  const loaded = await load();

  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Staff sign-in</h1>
      <p className="text-slate-700">
        Staff pages (the CDS Hooks feedback log and its export) hold clinicians’ comments, so they need sign-in. The
        clinical workspace, evidence pages and handouts need none.
      </p>
      {one(params.signedOut) ? (
        <p role="status" className="rounded border border-slate-200 bg-white px-4 py-3">
          You are signed out.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-4 py-3 text-red-900">
          {error}
        </p>
      ) : null}

      {loaded === null ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900">
          Sign-in is unavailable because the database cannot be reached. Try again shortly.
        </p>
      ) : loaded.staff ? (
        <div className="space-y-3">
          <StaffBar staff={loaded.staff} csrf={loaded.csrf} />
          <p>
            <Link href={next}>Continue to {next === '/cds/feedback' ? 'the CDS Hooks feedback log' : next}</Link>
          </p>
        </div>
      ) : !isSetUp(loaded.setup) ? (
        <StaffSignInNotSetUp />
      ) : (
        <div className="space-y-6">
          {loaded.setup.oidc ? (
            <section aria-labelledby="sso" className="space-y-2">
              <h2 id="sso" className="text-lg font-semibold">
                Organisation account
              </h2>
              <a
                href={`/staff/oidc/start?${new URLSearchParams({ next }).toString()}`}
                className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 hover:no-underline"
              >
                Sign in with {loaded.setup.oidc.label}
              </a>
            </section>
          ) : null}
          {loaded.setup.local ? (
            <section aria-labelledby="local" className="space-y-2">
              <h2 id="local" className="text-lg font-semibold">
                Local staff account
              </h2>
              <form method="post" action="/staff/sign-in/password" className="max-w-sm space-y-3">
                <input type="hidden" name="csrf" value={loaded.csrf} />
                <input type="hidden" name="next" value={next} />
                <div>
                  <label htmlFor="login" className="block font-medium">
                    Login
                  </label>
                  <input
                    id="login"
                    name="login"
                    autoComplete="username"
                    required
                    maxLength={64}
                    className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
                  />
                </div>
                <div>
                  <label htmlFor="password" className="block font-medium">
                    Password
                  </label>
                  <input
                    id="password"
                    name="password"
                    type="password"
                    autoComplete="current-password"
                    required
                    maxLength={256}
                    className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
                  />
                </div>
                <button
                  type="submit"
                  className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
                >
                  Sign in
                </button>
              </form>
            </section>
          ) : null}
        </div>
      )}
    </div>
  );
}
