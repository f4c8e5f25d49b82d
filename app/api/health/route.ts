import { authState, describeAuth } from '@/lib/auth/cds-client';
import { DatabaseUnavailableError } from '@/lib/db/client';
import { pingDatabase } from '@/lib/db/health';
import { DatabaseConfigError } from '@/lib/db/url';
import { problem } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

export async function GET() {
  // CDS Hooks client authentication: "off (CDS_AUTH=off)…" on a local install (a warning), "refusing calls…" when on
  // without trusted issuers.
  const cdsAuth = describeAuth(authState());
  try {
    await pingDatabase();
  } catch (error) {
    // DatabaseUnavailableError messages are redacted (no credentials); anything else is not echoed.
    const reason = error instanceof DatabaseUnavailableError ? error.message.slice(0, 300) : 'unexpected error';
    return problem({
      status: 503,
      title: error instanceof DatabaseConfigError ? 'Database misconfigured' : 'Service unavailable',
      detail:
        error instanceof DatabaseConfigError
          ? error.message
          : `The database cannot take writes (${reason}). Recommendations still work; saving handouts and feedback does not.`,
      headers: { 'Retry-After': error instanceof DatabaseConfigError ? '60' : '30' },
    });
  }
  return Response.json({ status: 'ok', db: 'ok', cdsAuth }, { headers: { 'Cache-Control': 'no-store' } });
}
