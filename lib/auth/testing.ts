/** Test helpers: a Cookie header of a signed-in staff member (a local account created in the current test database). */
import { setStaffPassword } from '@/lib/db/staff';
import { hashPassword } from './password';
import { SESSION_COOKIE, sessionSecret } from './staff';
import { newSessionId, signSession } from './tokens';

export async function staffCookieHeader(login = 'test-staff'): Promise<string> {
  await setStaffPassword(login, await hashPassword('test-staff-password'));
  const token = await signSession(await sessionSecret(), {
    sub: `local:${login}`,
    display: login,
    via: 'local',
    sid: newSessionId(),
  });
  return `${SESSION_COOKIE}=${token}`;
}
