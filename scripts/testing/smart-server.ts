/**
 * A simulated EHR for the end-to-end tests of SMART App Launch, on loopback, in one process:
 * - an authorization server: oidc-provider (panva; OpenID-certified) with its development login and consent pages,
 *   configured for SMART: scopes `launch`, `launch/patient`, `patient/*.rs`, `openid`, `fhirUser`; the `launch` and
 *   `aud` parameters (aud must be the FHIR base URL); PKCE required; the token response carries `patient` (and
 *   `appContext` when the launch has one), as SMART App Launch 2.x says;
 * - a FHIR R4 server (lib/fhir/testing.ts) with the shared fixtures (the team's derm patient "example" of
 *   ../shared/cds-hooks/fhir/derived, copied under lib/cds/__fixtures__/reference, and the infant "ad-baby"), serving `/.well-known/smart-configuration` and
 *   accepting only access tokens this authorization server issued, for the patient they were issued for.
 *
 * The `launch` value an "EHR" sends is base64url JSON, decoded here: {"patient":"example","appContext":"…",
 * "accessTtl":2,"noRefresh":true}. A standalone launch (no `launch`) gets the patient "example" (a real EHR would
 * show a patient picker). Not for production use.
 *
 *   SMART_AUTH_PORT=3313 SMART_FHIR_PORT=3314 SMART_CLIENT_REDIRECT=http://127.0.0.1:3311/launch/callback \
 *     tsx scripts/testing/smart-server.ts
 */
import { readFileSync } from 'node:fs';
import Provider, { errors } from 'oidc-provider';
import { recordFromPrefetch, startFhirTestServer } from '../../lib/fhir/testing';

const authPort = Number(process.env.SMART_AUTH_PORT ?? 3193);
const fhirPort = Number(process.env.SMART_FHIR_PORT ?? 3194);
const redirect = process.env.SMART_CLIENT_REDIRECT ?? 'http://127.0.0.1:3100/launch/callback';
const issuer = `http://127.0.0.1:${authPort}`;
const fhirBase = `http://127.0.0.1:${fhirPort}/fhir`;

interface LaunchContext {
  patient: string;
  appContext?: string;
  /** Access token lifetime in seconds (default 3600). */
  accessTtl?: number;
  /** No refresh token for this launch. */
  noRefresh?: boolean;
}

const DEFAULT_PATIENT = 'example';

function decodeLaunch(value: unknown): LaunchContext | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as LaunchContext;
    return typeof parsed.patient === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

// Which launch context each authorization code, access token and refresh token belongs to.
const byCode = new Map<string, LaunchContext>();
const byAccessToken = new Map<string, LaunchContext>();
const byRefreshToken = new Map<string, LaunchContext>();

const contextOfTokenRequest = (params: Record<string, unknown> | undefined) =>
  (typeof params?.code === 'string' ? byCode.get(params.code) : undefined) ??
  (typeof params?.refresh_token === 'string' ? byRefreshToken.get(params.refresh_token) : undefined);

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.SMART_CLIENT_ID ?? 'gutskin-smart-e2e',
      client_secret: process.env.SMART_CLIENT_SECRET ?? 'gutskin-smart-e2e-secret-not-for-production',
      redirect_uris: [redirect],
      response_types: ['code'],
      grant_types: ['authorization_code', 'refresh_token'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  scopes: ['openid', 'fhirUser', 'launch', 'launch/patient', 'patient/*.rs', 'offline_access', 'online_access'],
  claims: { openid: ['sub'], fhirUser: ['fhirUser'] },
  extraParams: {
    launch(ctx, value) {
      if (value !== undefined && !decodeLaunch(value)) throw new errors.InvalidRequest('unknown launch');
      const scope = String(ctx.oidc.params?.scope ?? '');
      if (value !== undefined && !scope.split(' ').includes('launch'))
        throw new errors.InvalidRequest('an EHR launch must ask for the launch scope');
    },
    aud(_ctx, value) {
      if (value !== fhirBase) throw new errors.InvalidRequest(`aud must be ${fhirBase}`);
    },
  },
  features: { devInteractions: { enabled: true } },
  ttl: {
    AccessToken: (ctx) => contextOfTokenRequest(ctx?.oidc?.params)?.accessTtl ?? 3600,
  },
  issueRefreshToken: async (ctx, client) =>
    client.grantTypeAllowed('refresh_token') && !contextOfTokenRequest(ctx.oidc.params)?.noRefresh,
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      claims: async () => ({ sub: id, fhirUser: `${fhirBase}/Practitioner/${encodeURIComponent(id)}` }),
    };
  },
  cookies: { keys: ['e2e-only-smart-cookie-key'] },
});
provider.on('server_error', (_ctx, error) => console.error('smart test server:', error));

const stats = { tokenRequests: { authorization_code: 0, refresh_token: 0 } as Record<string, number> };

const fixture = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const records = [
  recordFromPrefetch(fixture('lib/cds/__fixtures__/reference/team-patient-view-request-derm-example.json').prefetch),
  recordFromPrefetch(fixture('lib/cds/__fixtures__/infant-atopic-dermatitis.json').prefetch),
];

provider.use(async (ctx, next) => {
  // For the tests: what the FHIR server was asked, and the token requests by grant type.
  if (ctx.path === '/test/stats') {
    ctx.body = { fhirRequests: fhir.requests.length, ...stats };
    return;
  }
  await next();
  if (ctx.path === '/token' && ctx.oidc?.params) {
    const grant = String(ctx.oidc.params.grant_type);
    stats.tokenRequests[grant] = (stats.tokenRequests[grant] ?? 0) + 1;
  }
  // After the authorization endpoint issued a code: remember which launch it is for.
  const location = String(ctx.response.get('location') ?? '');
  if (location.startsWith(redirect) && ctx.oidc?.params) {
    const code = new URL(location).searchParams.get('code');
    const context = decodeLaunch(ctx.oidc.params.launch) ?? { patient: DEFAULT_PATIENT };
    if (code) byCode.set(code, context);
  }
  // The token response carries the launch context (SMART App Launch 2.x, "launch context arrives with the token").
  if (ctx.path === '/token' && ctx.status === 200 && ctx.body && typeof ctx.body === 'object') {
    const body = ctx.body as Record<string, unknown>;
    const context = contextOfTokenRequest(ctx.oidc?.params);
    if (context && typeof body.access_token === 'string') {
      byAccessToken.set(body.access_token, context);
      if (typeof body.refresh_token === 'string') byRefreshToken.set(body.refresh_token, context);
      body.patient = context.patient;
      if (context.appContext) body.appContext = context.appContext;
      body.need_patient_banner = true;
    }
  }
});

const smartConfiguration = {
  issuer,
  jwks_uri: `${issuer}/jwks`,
  authorization_endpoint: `${issuer}/auth`,
  token_endpoint: `${issuer}/token`,
  grant_types_supported: ['authorization_code', 'refresh_token'],
  token_endpoint_auth_methods_supported: ['client_secret_basic'],
  scopes_supported: ['openid', 'fhirUser', 'launch', 'launch/patient', 'patient/*.rs', 'offline_access'],
  response_types_supported: ['code'],
  code_challenge_methods_supported: ['S256'],
  capabilities: [
    'launch-ehr',
    'launch-standalone',
    'client-public',
    'client-confidential-symmetric',
    'context-ehr-patient',
    'context-standalone-patient',
    'sso-openid-connect',
    'permission-patient',
    'permission-v2',
  ],
};

const fhir = await startFhirTestServer(records, {
  port: fhirPort,
  wellKnown: { 'smart-configuration': smartConfiguration },
  async authorize(authorization, patientId) {
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
    const found = token ? await provider.AccessToken.find(token) : undefined;
    if (!found || found.isExpired) return false;
    return byAccessToken.get(token)?.patient === patientId;
  },
});
provider.listen(authPort, '127.0.0.1', () =>
  console.log(`Test SMART authorization server at ${issuer}, FHIR server at ${fhirBase}`),
);
