import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { isDatabaseFault } from '@/lib/http/db-fault';
import { isSetUp, SESSION_COOKIE, sessionFromCookie, sessionSecret, staffAuthSetup } from './staff';
import { signCsrf, type StaffSession } from './tokens';

export type StaffPageAccess =
  { state: 'signed-in'; staff: StaffSession; csrf: string } | { state: 'not-set-up' } | { state: 'unavailable' };

/**
 * For staff-only pages: the signed-in staff member (with a CSRF token for the sign-out form); a redirect to sign-in
 * when signed out; `not-set-up` when no sign-in is configured (the page then says how, and shows no data).
 */
export async function staffPageAccess(path: string): Promise<StaffPageAccess> {
  let staff: StaffSession | null;
  try {
    const setup = await staffAuthSetup();
    if (!isSetUp(setup)) return { state: 'not-set-up' };
    staff = await sessionFromCookie((await cookies()).get(SESSION_COOKIE)?.value);
    if (staff) return { state: 'signed-in', staff, csrf: await signCsrf(await sessionSecret(), staff.sid) };
  } catch (error) {
    if (isDatabaseFault(error)) return { state: 'unavailable' };
    throw error;
  }
  redirect(`/staff/sign-in?${new URLSearchParams({ next: path }).toString()}`);
}
