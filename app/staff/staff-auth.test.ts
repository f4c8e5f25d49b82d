/**
 * Staff data needs sign-in: the CSV export and the sign-in/sign-out forms, against a real migrated SQLite database.
 * (The pages and the OpenID Connect round trip against a real provider are covered end to end in e2e/staff-auth.spec.ts.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as csv } from '@/app/api/v1/cds-feedback.csv/route';
import { hashPassword } from '@/lib/auth/password';
import { signCsrf } from '@/lib/auth/tokens';
import { sessionSecret } from '@/lib/auth/staff';
import { disconnectDb } from '@/lib/db/client';
import { removeStaffAccount, setStaffPassword } from '@/lib/db/staff';
import { POST as signIn } from './sign-in/password/route';
import { POST as signOut } from './sign-out/route';

const ORIGIN = 'http://127.0.0.1:3105';
const dir = mkdtempSync(path.join(tmpdir(), 'gutskin-staff-'));

beforeAll(async () => {
  process.env.DATABASE_URL = `file:${path.join(dir, 'x.db')}`;
  process.env.APP_ORIGIN = ORIGIN;
  process.env.RATE_LIMIT_DISABLED = '1';
  execFileSync('npx', ['tsx', 'scripts/db/migrate.ts'], { env: { ...process.env }, encoding: 'utf8' });
  await disconnectDb();
}, 60_000);
afterAll(async () => {
  await disconnectDb();
  delete process.env.APP_ORIGIN;
  delete process.env.RATE_LIMIT_DISABLED;
  rmSync(dir, { recursive: true, force: true });
});

const exportCsv = (cookie?: string) =>
  csv(new Request(`${ORIGIN}/api/v1/cds-feedback.csv`, { headers: cookie ? { cookie } : {} }));

function form(fields: Record<string, string>, headers: Record<string, string> = {}, url = '/staff/sign-in/password') {
  return new Request(`${ORIGIN}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

const cookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith('gutskin_staff='))!
    .split(';')[0]!;

describe('staff sign-in guards the feedback export', () => {
  it('answers 403 with how to set it up when no sign-in is configured (fresh install)', async () => {
    const res = await exportCsv();
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toMatch(/staff:set-password/);
  });

  it('with a local account: 401 signed out; the form signs in; the cookie opens the export; sign-out ends it', async () => {
    await setStaffPassword('alice', await hashPassword('correct horse battery'));
    expect((await exportCsv()).status).toBe(401);
    expect((await exportCsv('gutskin_staff=forged.token.value')).status).toBe(401);

    const csrf = await signCsrf(await sessionSecret(), 'anonymous');
    const wrong = await signIn(form({ login: 'alice', password: 'wrong password!!', csrf, next: '/cds/feedback' }));
    expect(wrong.status).toBe(303);
    expect(wrong.headers.get('location')).toMatch(/^\/staff\/sign-in\?.*error=invalid/);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    const unknown = await signIn(form({ login: 'bob', password: 'correct horse battery', csrf }));
    expect(unknown.headers.get('location')).toMatch(/error=invalid/);

    const ok = await signIn(form({ login: 'alice', password: 'correct horse battery', csrf, next: '/cds/feedback' }));
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/cds/feedback');
    const setCookie = ok.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const cookie = cookieOf(ok);
    const exported = await exportCsv(cookie);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');

    const out = await signOut(form({ csrf: 'not-the-token' }, { cookie }, '/staff/sign-out'));
    expect(out.status).toBe(403);
    // The sign-out form's token is bound to this session (its sid), which only the page that rendered it knows:
    // here the test reads it from the cookie the way the page does.
    const { sessionFromCookie } = await import('@/lib/auth/staff');
    const session = await sessionFromCookie(cookie.split('=')[1]);
    const outOk = await signOut(
      form({ csrf: await signCsrf(await sessionSecret(), session!.sid) }, { cookie }, '/staff/sign-out'),
    );
    expect(outOk.status).toBe(303);
    expect(outOk.headers.getSetCookie().join('\n')).toMatch(/gutskin_staff=;.*Max-Age=0/);

    // Removing the account leaves sign-in not set up again: the export says so instead of showing data.
    await removeStaffAccount('alice');
    expect((await exportCsv(cookie)).status).toBe(403);
  });

  it('refuses a sign-in posted from another origin, without the form token, or by another media type', async () => {
    await setStaffPassword('carol', await hashPassword('correct horse battery'));
    const csrf = await signCsrf(await sessionSecret(), 'anonymous');
    const fields = { login: 'carol', password: 'correct horse battery', csrf };
    expect((await signIn(form(fields, { origin: 'https://evil.example' }))).status).toBe(403);
    expect((await signIn(form(fields, { origin: '' }))).status).toBe(403);
    expect((await signIn(form(fields, { 'sec-fetch-site': 'cross-site' }))).status).toBe(403);
    expect((await signIn(form(fields, { 'sec-fetch-site': 'same-site' }))).status).toBe(403);
    // What Chrome sends for its own form post under Referrer-Policy: no-referrer: Origin null, Sec-Fetch-Site same-origin.
    const chrome = await signIn(form(fields, { origin: 'null', 'sec-fetch-site': 'same-origin' }));
    expect(chrome.status).toBe(303);
    expect(chrome.headers.getSetCookie().join()).toMatch(/gutskin_staff=/);
    const noToken = await signIn(form({ login: 'carol', password: 'correct horse battery' }));
    expect(noToken.headers.get('location')).toMatch(/error=expired/);
    expect(noToken.headers.getSetCookie()).toEqual([]);
    const json = await signIn(form(fields, { 'content-type': 'application/json' }));
    expect(json.status).toBe(415);
    const huge = await signIn(form({ ...fields, password: 'x'.repeat(10_000) }));
    expect(huge.status).toBe(413);
    // A redirect target off this site is replaced by the feedback page.
    const offsite = await signIn(form({ ...fields, next: '//evil.example/' }));
    expect(offsite.headers.get('location')).toBe('/cds/feedback');
    await removeStaffAccount('carol');
  });
});
