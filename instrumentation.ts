/** Runs once when the server starts (Next.js instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { warnAboutAuthOnce } = await import('@/lib/cds/auth');
  // Says at start-up when CDS Hooks calls are unauthenticated (no trusted issuers) or refused (broken configuration).
  warnAboutAuthOnce();
}
