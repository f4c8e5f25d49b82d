import type { Metadata } from 'next';
import { connection } from 'next/server';
import { env } from '@/lib/env';
import { EHR_SCOPE, smartSetup, STANDALONE_SCOPE } from '@/lib/smart/setup';

export const metadata: Metadata = {
  title: 'SMART launch setup',
  description: 'What SMART App Launch is configured with here, and how to register GutSkin CDS with an EHR.',
};

const h2 = 'mt-8 text-xl font-semibold';
const prose = 'mt-2 max-w-3xl text-slate-800';

function Row({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-slate-200 py-2 sm:flex sm:gap-4">
      <dt className="shrink-0 font-semibold text-slate-800 sm:w-56">{name}</dt>
      <dd className="min-w-0 break-words text-slate-800">{children}</dd>
    </div>
  );
}

/** What is configured (never the secret) and how an EHR registers the app. Read at request time: settings change. */
export default async function LaunchSetupPage() {
  await connection();
  const setup = smartSetup();
  const origin = env().APP_ORIGIN;
  const launchUrl = origin ? `${origin}/launch` : '/launch';
  const redirectUri = setup?.redirectUri ?? (origin ? `${origin}/launch/callback` : 'APP_ORIGIN/launch/callback');
  return (
    <div>
      <h1 className="text-2xl font-semibold text-slate-900">SMART App Launch</h1>
      <p className={prose}>
        An EHR can open GutSkin CDS from a patient’s chart (HL7 SMART App Launch 2.x). The app reads the patient, active
        conditions, active medications and allergies with the EHR’s permission, fills the workspace through the same
        mapping its CDS Hooks service uses, and marks each filled field “from the record”. Nothing read from the chart
        is stored: the access token and what was read stay in the server’s memory for this browser session only.
      </p>

      <h2 className={h2}>Configured here</h2>
      {setup ? null : (
        <p className={`${prose} rounded border border-amber-400 bg-amber-50 p-3`}>
          SMART launch is <strong>not set up</strong> on this installation: set <code>SMART_ISSUERS</code> and{' '}
          <code>SMART_CLIENT_ID</code> (and <code>APP_ORIGIN</code> or <code>SMART_REDIRECT_URI</code>). Until then
          /launch refuses every launch.
        </p>
      )}
      <dl className="mt-3 max-w-3xl">
        <Row name="FHIR servers allowed (iss)">
          {setup ? (
            <ul>
              {setup.issuers.map((iss) => (
                <li key={iss}>
                  <code>{iss}</code>
                </li>
              ))}
            </ul>
          ) : (
            'none'
          )}
        </Row>
        <Row name="Client id">{setup ? <code>{setup.clientId}</code> : 'not set'}</Row>
        <Row name="Client type">
          {setup
            ? setup.clientSecret
              ? 'Confidential (client secret, sent as HTTP Basic); PKCE S256 as well'
              : 'Public (no secret); PKCE S256'
            : 'not set'}
        </Row>
        <Row name="Launch URL">
          <code>{launchUrl}</code>
        </Row>
        <Row name="Redirect URI">
          <code>{redirectUri}</code>
        </Row>
        <Row name="Scopes, EHR launch">
          <code>{EHR_SCOPE}</code>
        </Row>
        <Row name="Scopes, standalone launch">
          <code>{STANDALONE_SCOPE}</code>
        </Row>
      </dl>

      <h2 className={h2}>Registering the app with an EHR</h2>
      <ol className={`${prose} list-decimal space-y-2 pl-6`}>
        <li>
          In the EHR’s app registration (developer portal or administrator console), register a SMART on FHIR app with
          the launch URL <code>{launchUrl}</code> and the redirect URI <code>{redirectUri}</code>.
        </li>
        <li>
          Ask for the scopes above (read and search on the patient’s data only, <code>patient/*.rs</code>). Choose a
          confidential client (the EHR gives a secret) where the EHR supports it, else a public client.
        </li>
        <li>
          Set <code>SMART_CLIENT_ID</code> (and <code>SMART_CLIENT_SECRET</code> for a confidential client) to what the
          EHR issued, and add the EHR’s FHIR base URL, exactly as it sends it in <code>iss</code>, to{' '}
          <code>SMART_ISSUERS</code>. A launch from any other FHIR server is refused with a page saying so.
        </li>
        <li>
          The FHIR server must publish <code>/.well-known/smart-configuration</code> with its authorization and token
          endpoints and <code>S256</code> in <code>code_challenge_methods_supported</code>; the app refuses a server
          without PKCE S256.
        </li>
        <li>
          For a standalone launch (outside the chart), open <code>{launchUrl}?iss=&lt;FHIR base URL&gt;</code>: the EHR
          asks for the patient.
        </li>
        <li>
          CDS Hooks cards from this installation carry a SMART link to the launch URL, with the card’s workspace view in{' '}
          <code>appContext</code>; an EHR that launches it opens the same view, filled from the chart.
        </li>
      </ol>
      <p className={prose}>
        Tokens are kept on the server, in memory, for up to two hours of inactivity. When the access token has expired,
        the refresh token (if the EHR issued one) renews it; otherwise the clinician is asked to launch again from the
        chart. With several app instances behind a load balancer, route a browser’s requests to one instance (sticky
        sessions); see docs/decisions/0009.
      </p>
    </div>
  );
}
