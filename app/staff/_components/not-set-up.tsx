/** What a fresh install shows in place of staff data: how to set up sign-in, one way or the other. */
export function StaffSignInNotSetUp() {
  return (
    <section
      aria-labelledby="not-set-up"
      className="max-w-3xl space-y-3 rounded border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <h2 id="not-set-up" className="text-lg font-semibold">
        Staff sign-in is not set up
      </h2>
      <p>
        Staff data (clinicians’ feedback on CDS cards, with their comments) is shown only to signed-in staff, and this
        installation has no way to sign in yet. An administrator can set up either:
      </p>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Your organisation’s identity provider</strong> (OpenID Connect): register this app as a confidential
          client with the redirect URI <code>APP_ORIGIN/staff/oidc/callback</code>, then set{' '}
          <code>STAFF_OIDC_ISSUER</code>, <code>STAFF_OIDC_CLIENT_ID</code> and <code>STAFF_OIDC_CLIENT_SECRET</code>{' '}
          (and <code>APP_ORIGIN</code>) and restart.
        </li>
        <li>
          <strong>A local staff account</strong>, for a single clinic without an identity provider: on the server, run{' '}
          <code>npm run staff:set-password -- &lt;login&gt;</code> and type the password (at least 12 characters).
        </li>
      </ul>
      <p>The deployment guide (docs/security.md, “Staff sign-in”) gives the details.</p>
    </section>
  );
}
