import { authState, describeAuth } from '@/lib/auth/cds-client';
import { DatabaseUnavailableError } from '@/lib/db/client';
import { pingDatabase } from '@/lib/db/health';
import { DatabaseConfigError } from '@/lib/db/url';
import { withDatabase } from '@/lib/http/db-fault';

export const dynamic = 'force-dynamic';

export const GET = withDatabase(
  {
    // DatabaseUnavailableError messages are redacted (no credentials); a misconfiguration says what to fix.
    detail: (fault) =>
      fault instanceof DatabaseConfigError
        ? fault.message
        : `The database cannot take writes (${fault.message.slice(0, 300)}). Recommendations still work; saving handouts and feedback does not.`,
  },
  async () => {
    // CDS Hooks client authentication: "off (CDS_AUTH=off)…" on a local install (a warning), "refusing calls…" when on
    // without trusted issuers.
    const cdsAuth = describeAuth(authState());
    try {
      await pingDatabase();
    } catch (error) {
      // A health check answers 503 for any failed ping; an unexpected error is not echoed.
      if (!(error instanceof DatabaseUnavailableError || error instanceof DatabaseConfigError))
        throw new DatabaseUnavailableError('unexpected error');
      throw error;
    }
    return Response.json({ status: 'ok', db: 'ok', cdsAuth }, { headers: { 'Cache-Control': 'no-store' } });
  },
);
