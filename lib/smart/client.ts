import 'server-only';
/**
 * SMART App Launch 2.x through openid-client (panva; a certified OAuth 2 / OpenID Connect relying party, already
 * used for staff sign-in): the server's metadata from `{iss}/.well-known/smart-configuration`, the authorization code
 * flow with PKCE S256 always, `state` (and a nonce for the ID token), and the refresh token grant. This module only
 * wires it to our settings; the FHIR reads are lib/smart/chart.ts.
 */
import * as client from 'openid-client';
import { EHR_SCOPE, type SmartSetup, STANDALONE_SCOPE } from './setup';
import type { LaunchTokens, LaunchTransaction } from './sessions';

const DISCOVERY_TTL_MS = 60 * 60 * 1000;
const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

export class SmartError extends Error {
  override name = 'SmartError';
}

const cache = new Map<string, { at: number; config: Promise<client.Configuration> }>();

const isLoopback = (url: string) => LOOPBACK.includes(new URL(url).hostname);

/** The authorization server of `iss` as its SMART configuration describes it, cached an hour; failures are not. */
export function smartConfiguration(setup: SmartSetup, iss: string, now = Date.now()): Promise<client.Configuration> {
  const key = `${iss}\u0000${setup.clientId}\u0000${setup.clientSecret ?? ''}`;
  const hit = cache.get(key);
  if (hit && now - hit.at < DISCOVERY_TTL_MS) return hit.config;
  const config = client
    .discovery(
      new URL(`${iss}/.well-known/smart-configuration`),
      setup.clientId,
      setup.clientSecret ? { client_secret: setup.clientSecret } : { token_endpoint_auth_method: 'none' },
      setup.clientSecret ? client.ClientSecretBasic(setup.clientSecret) : client.None(),
      // Plain http only for a server on this machine (the tests'); env.ts refuses http issuers anywhere else.
      { execute: isLoopback(iss) ? [client.allowInsecureRequests] : [], timeout: 10 },
    )
    .then((found) => {
      const methods = found.serverMetadata().code_challenge_methods_supported;
      // SMART 2.0 requires S256; a server that lists methods without it would downgrade PKCE, so it is refused.
      if (!Array.isArray(methods) || !methods.includes('S256'))
        throw new SmartError('its SMART configuration does not offer PKCE with S256');
      for (const endpoint of [found.serverMetadata().authorization_endpoint, found.serverMetadata().token_endpoint]) {
        if (!endpoint) throw new SmartError('its SMART configuration names no authorization or token endpoint');
        const url = new URL(endpoint);
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(endpoint)))
          throw new SmartError('its authorization endpoints are not https');
      }
      return found;
    })
    .catch((error: unknown) => {
      if (cache.get(key)?.config === config) cache.delete(key);
      throw error;
    });
  cache.set(key, { at: now, config });
  return config;
}

/** Starts a launch: where to send the browser, and the round trip to keep server-side until it comes back. */
export async function beginLaunch(
  setup: SmartSetup,
  iss: string,
  launch: string | null,
  now = Date.now(),
): Promise<{ url: URL; transaction: LaunchTransaction }> {
  const config = await smartConfiguration(setup, iss);
  const transaction: LaunchTransaction = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    iss,
    mode: launch === null ? 'standalone' : 'ehr',
    startedAt: now,
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: setup.redirectUri,
    scope: launch === null ? STANDALONE_SCOPE : EHR_SCOPE,
    state: transaction.state,
    nonce: transaction.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(transaction.verifier),
    code_challenge_method: 'S256',
    // SMART: `aud` names the FHIR server the token is for, so a token cannot be replayed at another one.
    aud: iss,
    ...(launch === null ? {} : { launch }),
  });
  return { url, transaction };
}

export interface LaunchResult {
  tokens: LaunchTokens;
  /** The `patient` launch context parameter (unchecked text). */
  patient: unknown;
  /** The `appContext` a CDS card passed through the EHR, when any (unchecked). */
  appContext: unknown;
}

function tokensFrom(response: client.TokenEndpointResponse, now: number, previous?: LaunchTokens): LaunchTokens {
  const expiresIn = response.expires_in;
  return {
    accessToken: response.access_token,
    // A refresh response may omit the refresh token: the old one stays valid then (RFC 6749 §6).
    refreshToken: response.refresh_token ?? previous?.refreshToken ?? null,
    expiresAt: typeof expiresIn === 'number' && expiresIn > 0 ? now + expiresIn * 1000 : null,
    issuedAt: now,
    scope: typeof response.scope === 'string' ? response.scope.slice(0, 1000) : (previous?.scope ?? ''),
  };
}

/**
 * Finishes a launch: exchanges the code (state, PKCE, and the ID token when one comes: signature, issuer, audience,
 * expiry, nonce; all inside openid-client). `search` is the callback's query string, rebuilt on the registered
 * redirect URI, never on the Host header.
 */
export async function finishLaunch(
  setup: SmartSetup,
  transaction: LaunchTransaction,
  search: string,
  now = Date.now(),
): Promise<LaunchResult> {
  const config = await smartConfiguration(setup, transaction.iss);
  const response = await client.authorizationCodeGrant(config, new URL(`${setup.redirectUri}${search}`), {
    pkceCodeVerifier: transaction.verifier,
    expectedState: transaction.state,
    expectedNonce: transaction.nonce,
  });
  return { tokens: tokensFrom(response, now), patient: response.patient, appContext: response.appContext };
}

/** A new access token from the refresh token. Throws when the server refuses (then the user launches again). */
export async function refreshLaunch(
  setup: SmartSetup,
  iss: string,
  tokens: LaunchTokens,
  now = Date.now(),
): Promise<LaunchTokens> {
  if (!tokens.refreshToken) throw new SmartError('no refresh token was issued');
  const config = await smartConfiguration(setup, iss);
  const response = await client.refreshTokenGrant(config, tokens.refreshToken);
  return tokensFrom(response, now, tokens);
}
