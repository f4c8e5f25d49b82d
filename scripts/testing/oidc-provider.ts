/**
 * A real OpenID Connect provider on loopback for the end-to-end tests of staff sign-in: oidc-provider (panva), an
 * OpenID-certified provider package, with its built-in login and consent pages (any login and password sign in;
 * the tests drive those pages through the browser). Not for production use.
 *
 *   OIDC_PORT=3197 OIDC_CLIENT_REDIRECT=http://127.0.0.1:3100/staff/oidc/callback tsx scripts/testing/oidc-provider.ts
 */
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT ?? 3197);
const redirect = process.env.OIDC_CLIENT_REDIRECT ?? 'http://127.0.0.1:3100/staff/oidc/callback';
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID ?? 'gutskin-e2e',
      client_secret: process.env.OIDC_CLIENT_SECRET ?? 'gutskin-e2e-secret-not-for-production',
      redirect_uris: [redirect],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
  async findAccount(_ctx, id) {
    return { accountId: id, claims: async () => ({ sub: id, name: `Dr ${id}`, email: `${id}@clinic.test` }) };
  },
  cookies: { keys: ['e2e-only-cookie-key'] },
});
provider.on('server_error', (_ctx, error) => console.error('oidc-provider:', error));

provider.listen(port, '127.0.0.1', () => console.log(`Test OpenID provider at ${issuer}`));
