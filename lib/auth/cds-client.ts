/**
 * CDS Client authentication (CDS Hooks 2.0, "Trusting CDS Clients"): every call carries a bearer JWT signed by the
 * client (ES384 or RS384), with `iss` the client, `aud` the exact endpoint URL called, a short `exp` and a `jti`.
 *
 * Trusted issuers and where their keys come from are configured; keys are never fetched from the token's `jku`:
 * - `CDS_TRUSTED_ISSUERS`: JSON object, issuer → JWKS file path, inline JWKS, or the https URL of the issuer's JWKS
 *   (fetched and cached by jose, refetched when a token names a key id not seen yet, so key rotation works), e.g.
 *   `{"https://sandbox.cds-hooks.org": "/etc/gutskin/sandbox-jwks.json", "https://ehr.example.org": "https://ehr.example.org/.well-known/jwks.json"}`;
 * - `CDS_TRUSTED_ISSUERS_FILE`: path to a JSON file holding that same object.
 * Authentication fails closed (docs/decisions/0006-cds-auth-fails-closed.md): with no trusted issuers, calls are
 * refused (503 saying how to configure) unless `CDS_AUTH=off` says explicitly that anyone may call (a local install;
 * `npm start` sets it when nothing is configured, and says so loudly). A configuration that is set but unreadable is
 * refused too. The start-up log and /api/health say which state the service is in.
 *
 * A token is accepted once: its `jti` ("used to protect against replay attacks", CDS Hooks 2.0) is claimed in a store
 * shared by all instances (the database, lib/db/token-replay.ts) until it expires. Its lifetime (exp − iat) may be at
 * most 5 minutes, the bound SMART Backend Services sets for the same kind of client assertion, and an `iat` more than
 * 30 seconds ahead of our clock is refused.
 *
 * This module reads env and files, so it lives here and not among the pure mapping and card code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { env as settings } from '@/lib/env';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors as joseErrors,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';

export const ALLOWED_ALGORITHMS = ['ES384', 'RS384'] as const;
const CLOCK_TOLERANCE_SECONDS = 30;
/** Longest accepted token lifetime, exp − iat (SMART Backend Services: no more than five minutes). */
export const MAX_TOKEN_LIFETIME_SECONDS = 300;
const MAX_TOKEN_LENGTH = 8192;

type Env = Record<string, string | undefined>;

/** An issuer's keys: pinned (a JWKS read from configuration) or the URL of its published JWKS. */
export type IssuerKeys = JSONWebKeySet | { jwksUrl: string };

/**
 * Claims a token's `jti` until `expiresAt`; answers false when it was claimed before (a replay). Shared by every
 * instance; lib/db/token-replay.ts keeps it in the database.
 */
export type ClaimTokenUse = (key: string, expiresAt: Date) => Promise<boolean>;

export type AuthConfig =
  | { mode: 'disabled' }
  | { mode: 'enabled'; issuers: ReadonlyMap<string, IssuerKeys> }
  | { mode: 'invalid'; error: string };

/** What the routes act on: the issuer configuration, or `off` when CDS_AUTH=off. */
export type AuthState = AuthConfig | { mode: 'off'; issuersIgnored: number };

export type AuthResult =
  { ok: true; claims: JWTPayload } | { ok: false; reason: string; errorCode: 'invalid_request' | 'invalid_token' };

export class AuthConfigError extends Error {
  override name = 'AuthConfigError';
}

function parseJwks(value: unknown, where: string): JSONWebKeySet {
  const keys = (value as { keys?: unknown })?.keys;
  if (!Array.isArray(keys) || keys.length === 0)
    throw new AuthConfigError(`${where} is not a JWKS (an object with a non-empty "keys" array).`);
  for (const key of keys) {
    const k = key as Record<string, unknown>;
    if (k.kty !== 'EC' && k.kty !== 'RSA')
      throw new AuthConfigError(
        `${where} has a key of type "${String(k.kty)}"; only EC (ES384) and RSA (RS384) keys are accepted.`,
      );
    if ('d' in k)
      throw new AuthConfigError(`${where} contains a private key; configure the client's public keys only.`);
  }
  return { keys: keys as JSONWebKeySet['keys'] };
}

function readJson(file: string, what: string, readFile: (p: string) => string): unknown {
  let text: string;
  try {
    text = readFile(path.resolve(/*turbopackIgnore: true*/ file));
  } catch (error) {
    throw new AuthConfigError(
      `Cannot read ${what} "${file}": ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AuthConfigError(`${what} "${file}" is not valid JSON.`);
  }
}

/** Reads the trusted-issuer configuration. Never throws: a broken configuration comes back as `invalid`. */
export function loadAuthConfig(env: Env, readFile: (p: string) => string = (p) => readFileSync(p, 'utf8')): AuthConfig {
  const inline = env.CDS_TRUSTED_ISSUERS?.trim();
  const file = env.CDS_TRUSTED_ISSUERS_FILE?.trim();
  if (!inline && !file) return { mode: 'disabled' };
  try {
    let mapping: unknown;
    if (inline) {
      try {
        mapping = JSON.parse(inline);
      } catch {
        throw new AuthConfigError(
          'CDS_TRUSTED_ISSUERS is not valid JSON; expected {"<issuer>": "<JWKS file path>" or {<JWKS>}}.',
        );
      }
    } else {
      mapping = readJson(file!, 'CDS_TRUSTED_ISSUERS_FILE', readFile);
    }
    if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
      throw new AuthConfigError(
        'The trusted issuers must be a JSON object mapping each issuer to a JWKS file path or an inline JWKS.',
      );
    }
    const issuers = new Map<string, IssuerKeys>();
    for (const [issuer, value] of Object.entries(mapping)) {
      if (!issuer.trim()) throw new AuthConfigError('An issuer name is empty.');
      if (typeof value === 'string' && /^https?:\/\//i.test(value)) {
        issuers.set(issuer, { jwksUrl: jwksUrl(value, issuer) });
        continue;
      }
      const jwks = typeof value === 'string' ? readJson(value, `the JWKS for ${issuer}`, readFile) : value;
      issuers.set(issuer, parseJwks(jwks, `The JWKS for ${issuer}`));
    }
    if (issuers.size === 0)
      throw new AuthConfigError(
        'The trusted issuers object is empty; remove the setting to run without authentication, or list an issuer.',
      );
    return { mode: 'enabled', issuers };
  } catch (error) {
    return { mode: 'invalid', error: error instanceof Error ? error.message : String(error) };
  }
}

/** A JWKS URL must be https (plain http only on this machine, for tests). */
function jwksUrl(value: string, issuer: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AuthConfigError(`The JWKS URL for ${issuer} is not a valid URL.`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new AuthConfigError(`The JWKS URL for ${issuer} must use https.`);
  return url.href;
}

const remoteKeySets = new Map<string, JWTVerifyGetKey>();

/** The key lookup for an issuer; a remote set is made once per URL, so its cache is shared by every call. */
function keyLookup(keys: IssuerKeys): JWTVerifyGetKey {
  if (!('jwksUrl' in keys)) return createLocalJWKSet(keys);
  let remote = remoteKeySets.get(keys.jwksUrl);
  if (!remote) {
    remote = createRemoteJWKSet(new URL(keys.jwksUrl), {
      timeoutDuration: 5000,
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
    });
    remoteKeySets.set(keys.jwksUrl, remote);
  }
  return remote;
}

let cache: { key: string; config: AuthConfig } | undefined;

/** The issuer configuration for the current environment, read once per distinct setting. */
export function getAuthConfig(): AuthConfig {
  const { CDS_TRUSTED_ISSUERS, CDS_TRUSTED_ISSUERS_FILE } = settings();
  const key = `${CDS_TRUSTED_ISSUERS ?? ''}\u0000${CDS_TRUSTED_ISSUERS_FILE ?? ''}`;
  if (cache?.key !== key) cache = { key, config: loadAuthConfig({ CDS_TRUSTED_ISSUERS, CDS_TRUSTED_ISSUERS_FILE }) };
  return cache.config;
}

/** The state the CDS routes act on: CDS_AUTH=off, or the issuer configuration. */
export function authState(): AuthState {
  const config = getAuthConfig();
  if (settings().CDS_AUTH === 'off')
    return { mode: 'off', issuersIgnored: config.mode === 'enabled' ? config.issuers.size : 0 };
  return config;
}

const HOW_TO_CONFIGURE =
  "Set CDS_TRUSTED_ISSUERS (or CDS_TRUSTED_ISSUERS_FILE) to pin each EHR client's public keys, or set CDS_AUTH=off " +
  'to accept unauthenticated calls on a local install without an EHR.';

/** One line for /api/health, the start-up log and the 503 answer. */
export function describeAuth(config: AuthState): string {
  switch (config.mode) {
    case 'off':
      return `off (CDS_AUTH=off): any caller can use /cds-services${config.issuersIgnored ? `; ${config.issuersIgnored} configured issuer(s) ignored` : ''}`;
    case 'disabled':
      return `refusing calls: CDS Hooks authentication is on but no trusted issuers are configured. ${HOW_TO_CONFIGURE}`;
    case 'enabled':
      return `enabled: ${config.issuers.size} issuer(s)`;
    case 'invalid':
      return `misconfigured: ${config.error} CDS Hooks calls are refused until this is fixed.`;
  }
}

let warned = false;

/** Logs, once per process, that CDS Hooks calls are unauthenticated or refused (and why). */
export function warnAboutAuthOnce(
  config: AuthState = authState(),
  log: (message: string) => void = console.warn,
): void {
  if (warned || config.mode === 'enabled') return;
  warned = true;
  log(
    config.mode === 'off'
      ? `GutSkin CDS: WARNING: CDS Hooks client authentication is OFF (CDS_AUTH=off); any caller can use /cds-services. ${HOW_TO_CONFIGURE.replace(', or set CDS_AUTH=off to accept unauthenticated calls on a local install without an EHR', ' and remove CDS_AUTH=off before connecting an EHR')}`
      : `GutSkin CDS: CDS Hooks authentication is ${describeAuth(config)}`,
  );
}

/**
 * Checks a call's Authorization header. `audience` is the endpoint URL called (origin + path).
 * Only used when the configuration is `enabled`.
 */
export async function verifyCdsClient(
  issuers: ReadonlyMap<string, IssuerKeys>,
  authorization: string | null,
  audience: string,
  now: Date,
  claimTokenUse?: ClaimTokenUse,
): Promise<AuthResult> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) {
    return {
      ok: false,
      errorCode: 'invalid_request',
      reason: 'This CDS service requires a bearer JWT from a trusted CDS Client (Authorization: Bearer <JWT>).',
    };
  }
  const token = match[1]!;
  if (token.length > MAX_TOKEN_LENGTH)
    return { ok: false, errorCode: 'invalid_token', reason: 'The bearer token is too long.' };

  let alg: unknown;
  let iss: unknown;
  try {
    alg = decodeProtectedHeader(token).alg;
    iss = decodeJwt(token).iss;
  } catch {
    return { ok: false, errorCode: 'invalid_token', reason: 'The bearer token is not a readable JWT.' };
  }
  if (!(ALLOWED_ALGORITHMS as readonly unknown[]).includes(alg)) {
    return {
      ok: false,
      errorCode: 'invalid_token',
      reason: `The JWT is signed with ${printable(String(alg), 20)}; only ${ALLOWED_ALGORITHMS.join(' or ')} are accepted.`,
    };
  }
  if (typeof iss !== 'string' || !issuers.has(iss)) {
    return {
      ok: false,
      errorCode: 'invalid_token',
      reason: `The JWT issuer ${typeof iss === 'string' ? `"${printable(iss, 200)}"` : '(none)'} is not a trusted CDS Client.`,
    };
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keyLookup(issuers.get(iss)!), {
      issuer: iss,
      audience,
      algorithms: [...ALLOWED_ALGORITHMS],
      currentDate: now,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['iss', 'aud', 'exp', 'iat', 'jti'],
    }));
  } catch (error) {
    return { ok: false, errorCode: 'invalid_token', reason: explain(error, audience) };
  }
  if (typeof payload.jti !== 'string' || payload.jti.trim() === '' || payload.jti.length > 500) {
    return { ok: false, errorCode: 'invalid_token', reason: 'The JWT has no usable jti.' };
  }
  const nowSeconds = now.getTime() / 1000;
  if (payload.iat! > nowSeconds + CLOCK_TOLERANCE_SECONDS) {
    return { ok: false, errorCode: 'invalid_token', reason: 'The JWT was issued in the future (iat).' };
  }
  if (payload.exp! - payload.iat! > MAX_TOKEN_LIFETIME_SECONDS) {
    return {
      ok: false,
      errorCode: 'invalid_token',
      reason: `The JWT lives longer than ${MAX_TOKEN_LIFETIME_SECONDS} seconds (exp − iat); sign a short-lived token for each call.`,
    };
  }
  // After every other check, so a forged or expired token never takes a place in the store. A store that cannot be
  // reached throws (the caller answers 503): a replay check that silently passes would not be one.
  if (claimTokenUse) {
    const expiresAt = new Date((payload.exp! + CLOCK_TOLERANCE_SECONDS) * 1000);
    if (!(await claimTokenUse(`${iss}\u0000${payload.jti}`, expiresAt))) {
      return { ok: false, errorCode: 'invalid_token', reason: 'This JWT was already used (jti replay).' };
    }
  }
  return { ok: true, claims: payload };
}

/** Unverified token values are echoed only as printable ASCII (they end up in a header). */
const printable = (text: string, max: number) => text.replace(/[^\x20-\x7e]/g, '?').slice(0, max);

function explain(error: unknown, audience: string): string {
  if (error instanceof joseErrors.JWTExpired) return 'The JWT has expired.';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return `The JWT audience (aud) must be this endpoint's URL, ${audience}.`;
    if (error.reason === 'missing') return `The JWT lacks the required "${error.claim}" claim.`;
    return `The JWT's "${error.claim}" claim is not acceptable (${error.reason}).`;
  }
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid)
    return "The issuer's published key set could not be fetched or read.";
  if (error instanceof joseErrors.JWKSNoMatchingKey)
    return "No pinned key of this issuer matches the JWT's kid and algorithm.";
  if (error instanceof joseErrors.JWSSignatureVerificationFailed)
    return 'The JWT signature does not verify with the pinned keys of its issuer.';
  if (error instanceof joseErrors.JOSEAlgNotAllowed)
    return `Only ${ALLOWED_ALGORITHMS.join(' or ')} signatures are accepted.`;
  return 'The JWT could not be verified.';
}
