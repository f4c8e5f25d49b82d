import 'server-only';
/**
 * OpenID Connect sign-in for staff (authorization code flow with PKCE, state and nonce) through openid-client, a
 * certified relying-party library. This module only wires it to our settings and cookies.
 */
import * as client from 'openid-client';
import type { OidcSetup } from './staff';
import type { OidcTransaction } from './tokens';

const DISCOVERY_TTL_MS = 60 * 60 * 1000;
const SCOPE = 'openid profile email';

let cached: { key: string; at: number; config: Promise<client.Configuration> } | undefined;

const isLoopback = (issuer: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(issuer).hostname);

/** The provider's configuration from its discovery document, cached for an hour; a failure is not cached. */
export function providerConfiguration(setup: OidcSetup, now = Date.now()): Promise<client.Configuration> {
  const key = `${setup.issuer}\u0000${setup.clientId}\u0000${setup.clientSecret}`;
  if (cached && cached.key === key && now - cached.at < DISCOVERY_TTL_MS) return cached.config;
  const config = client
    .discovery(new URL(setup.issuer), setup.clientId, setup.clientSecret, undefined, {
      // Plain http only for a provider on this machine (the tests'); env.ts refuses http anywhere else.
      execute: isLoopback(setup.issuer) ? [client.allowInsecureRequests] : [],
      timeout: 10,
    })
    .catch((error: unknown) => {
      if (cached?.config === config) cached = undefined;
      throw error;
    });
  cached = { key, at: now, config };
  return config;
}

/** Starts a sign-in: where to send the browser, and the transaction to keep in a signed cookie until it returns. */
export async function beginSignIn(setup: OidcSetup, next: string): Promise<{ url: URL; transaction: OidcTransaction }> {
  const config = await providerConfiguration(setup);
  const verifier = client.randomPKCECodeVerifier();
  const transaction: OidcTransaction = { state: client.randomState(), nonce: client.randomNonce(), verifier, next };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: setup.redirectUri,
    scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state: transaction.state,
    nonce: transaction.nonce,
  });
  return { url, transaction };
}

export interface SignedInIdentity {
  sub: string;
  display: string;
}

/**
 * Finishes a sign-in: exchanges the code (checking state, nonce, PKCE and the ID token's signature, issuer, audience
 * and expiry, all inside openid-client) and answers who signed in. `search` is the callback's query string; the URL
 * is rebuilt on the registered redirect URI, never on the Host header.
 */
export async function finishSignIn(
  setup: OidcSetup,
  search: string,
  transaction: OidcTransaction,
): Promise<SignedInIdentity> {
  const config = await providerConfiguration(setup);
  const tokens = await client.authorizationCodeGrant(config, new URL(`${setup.redirectUri}${search}`), {
    pkceCodeVerifier: transaction.verifier,
    expectedState: transaction.state,
    expectedNonce: transaction.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('The identity provider sent no ID token');
  const pick = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 120) : null);
  const nameIn = (c: Record<string, unknown>) => pick(c.name) ?? pick(c.preferred_username) ?? pick(c.email);
  let display = nameIn(claims);
  // Many providers put profile claims only in UserInfo, not in the ID token: ask there (same subject enforced).
  if (!display && config.serverMetadata().userinfo_endpoint) {
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub).catch((error: unknown) => {
      console.warn(`GutSkin CDS: staff sign-in: UserInfo from ${setup.issuer} failed: ${String(error).slice(0, 300)}`);
      return null;
    });
    display = info ? nameIn(info) : null;
  }
  display ??= claims.sub.slice(0, 120);
  return { sub: `${claims.iss}|${claims.sub}`.slice(0, 300), display };
}
