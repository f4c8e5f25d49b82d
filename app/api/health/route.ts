import { describeAuth, getAuthConfig } from '@/lib/cds/auth';
import { pingDatabase } from '@/lib/db/health';
import { DatabaseConfigError } from '@/lib/db/url';
import { problem, serviceUnavailable } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    await pingDatabase();
  } catch (error) {
    if (error instanceof DatabaseConfigError) {
      return problem({
        status: 503,
        title: 'Database misconfigured',
        detail: error.message,
        headers: { 'Retry-After': '60' },
      });
    }
    return serviceUnavailable(
      'The database cannot be reached. Recommendations still work; saving handouts and feedback does not.',
    );
  }
  // CDS Hooks client authentication: "disabled: no trusted issuers configured" on a fresh install (a warning).
  const cdsAuth = describeAuth(getAuthConfig());
  return Response.json({ status: 'ok', db: 'ok', cdsAuth }, { headers: { 'Cache-Control': 'no-store' } });
}
