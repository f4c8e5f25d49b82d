/** Runs once when the server starts (Next.js instrumentation hook). */
export async function register() {
  // NEXT_RUNTIME is set by Next.js itself, not by the operator: it is not configuration.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Any `next start` (not only `npm start`) refuses a bad configuration, naming the variable (lib/env.ts).
  const { checkEnv } = await import('@/lib/env');
  const problems = checkEnv();
  if (problems.length > 0) {
    console.error(
      `GutSkin CDS will not start: the configuration is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
  const { warnAboutAuthOnce } = await import('@/lib/auth/cds-client');
  // Says at start-up when CDS Hooks calls are unauthenticated (CDS_AUTH=off) or refused (no or broken configuration).
  warnAboutAuthOnce();
  // Feedback retention (FEEDBACK_RETENTION_DAYS) once at start, then at most hourly from the feedback write path.
  // Content reports likewise (CONTENT_REPORT_RETENTION_DAYS), then hourly from the report write path.
  const { purgeExpiredContentReports, purgeExpiredFeedback } = await import('@/lib/db/retention');
  void purgeExpiredFeedback();
  void purgeExpiredContentReports();
}
