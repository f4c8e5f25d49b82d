import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reference } from '@/lib/cds/__fixtures__/load';
import { type AuthConfig, describeAuth, loadAuthConfig, verifyCdsClient, warnAboutAuthOnce } from './cds-client';

const ISS = 'https://ehr.example.org';
const AUD = 'https://gutskin.example.org/cds-services/gutskin-patient-view';
const NOW = new Date('2026-11-27T10:00:00Z');
const nowSeconds = Math.floor(NOW.getTime() / 1000);

let es384: Awaited<ReturnType<typeof generateKeyPair>>;
let rs384: Awaited<ReturnType<typeof generateKeyPair>>;
let issuers: Map<string, { keys: JWK[] }>;
const dir = mkdtempSync(path.join(tmpdir(), 'gutskin-auth-'));

beforeAll(async () => {
  es384 = await generateKeyPair('ES384');
  rs384 = await generateKeyPair('RS384', { modulusLength: 2048 });
  const ec = { ...(await exportJWK(es384.publicKey)), kid: 'ec-1', alg: 'ES384', use: 'sig' };
  const rsa = { ...(await exportJWK(rs384.publicKey)), kid: 'rsa-1', alg: 'RS384', use: 'sig' };
  issuers = new Map([[ISS, { keys: [ec, rsa] }]]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface TokenOptions {
  claims?: Record<string, unknown>;
  alg?: 'ES384' | 'RS384';
  kid?: string;
  key?: CryptoKey;
}
async function token({ claims = {}, alg = 'ES384', kid, key }: TokenOptions = {}) {
  const payload = {
    iss: ISS,
    aud: AUD,
    iat: nowSeconds,
    exp: nowSeconds + 300,
    jti: 'b6c3a8f0-1d2e-4f5a-9b8c-7d6e5f4a3b2c',
    ...claims,
  };
  for (const [k, v] of Object.entries(payload)) if (v === undefined) delete (payload as Record<string, unknown>)[k];
  return new SignJWT(payload)
    .setProtectedHeader({ alg, typ: 'JWT', kid: kid ?? (alg === 'ES384' ? 'ec-1' : 'rsa-1') })
    .sign(key ?? (alg === 'ES384' ? es384.privateKey : rs384.privateKey));
}
const verify = async (authorization: string | null, audience = AUD) =>
  verifyCdsClient(issuers, authorization, audience, NOW);

describe('verifying a CDS Client bearer JWT', () => {
  it('accepts ES384 and RS384 tokens from a trusted issuer, for this endpoint, unexpired, with a jti', async () => {
    expect(await verify(`Bearer ${await token()}`)).toMatchObject({ ok: true, claims: { iss: ISS, aud: AUD } });
    expect(await verify(`Bearer ${await token({ alg: 'RS384' })}`)).toMatchObject({ ok: true });
    expect(
      await verify(`bearer ${await token({ claims: { aud: [AUD, 'https://other.example.org'] } })}`),
    ).toMatchObject({ ok: true });
  });

  it('rejects a missing or malformed Authorization header', async () => {
    expect(await verify(null)).toMatchObject({ ok: false, errorCode: 'invalid_request' });
    expect(await verify('Basic dXNlcjpwYXNz')).toMatchObject({ ok: false, errorCode: 'invalid_request' });
    expect(await verify('Bearer not.a.jwt')).toMatchObject({
      ok: false,
      errorCode: 'invalid_token',
      reason: expect.stringMatching(/not a readable JWT/),
    });
  });

  it('rejects a token for another endpoint (aud)', async () => {
    const other = await token({ claims: { aud: 'https://gutskin.example.org/cds-services' } });
    expect(await verify(`Bearer ${other}`)).toMatchObject({ ok: false, reason: expect.stringContaining(AUD) });
  });

  it('rejects an expired token', async () => {
    const expired = await token({ claims: { iat: nowSeconds - 900, exp: nowSeconds - 600 } });
    expect(await verify(`Bearer ${expired}`)).toMatchObject({ ok: false, reason: 'The JWT has expired.' });
  });

  it('rejects an unknown issuer', async () => {
    const stranger = await token({ claims: { iss: 'https://stranger.example.com' } });
    expect(await verify(`Bearer ${stranger}`)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a trusted CDS Client/),
    });
  });

  it('rejects other algorithms: HS256 (a shared secret), ES256 and RS256', async () => {
    const secret = new TextEncoder().encode('a-shared-secret-that-is-long-enough-for-hs256');
    const hs = await new SignJWT({ iss: ISS, aud: AUD, iat: nowSeconds, exp: nowSeconds + 300, jti: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(secret);
    expect(await verify(`Bearer ${hs}`)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/HS256; only ES384 or RS384/),
    });
    const es256 = await generateKeyPair('ES256');
    const t256 = await new SignJWT({ iss: ISS, aud: AUD, iat: nowSeconds, exp: nowSeconds + 300, jti: 'x' })
      .setProtectedHeader({ alg: 'ES256', kid: 'ec-1' })
      .sign(es256.privateKey);
    expect(await verify(`Bearer ${t256}`)).toMatchObject({ ok: false, reason: expect.stringMatching(/ES256/) });
    const rs256 = await generateKeyPair('RS256');
    const tr256 = await new SignJWT({ iss: ISS, aud: AUD, iat: nowSeconds, exp: nowSeconds + 300, jti: 'x' })
      .setProtectedHeader({ alg: 'RS256', kid: 'rsa-1' })
      .sign(rs256.privateKey);
    expect(await verify(`Bearer ${tr256}`)).toMatchObject({ ok: false });
  });

  it('rejects a token signed with a key that is not pinned for the issuer', async () => {
    const impostor = await generateKeyPair('ES384');
    expect(await verify(`Bearer ${await token({ key: impostor.privateKey })}`)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/signature does not verify/),
    });
  });

  it('rejects tokens without jti or exp', async () => {
    expect(await verify(`Bearer ${await token({ claims: { jti: undefined } })}`)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/"jti"/),
    });
    expect(await verify(`Bearer ${await token({ claims: { exp: undefined } })}`)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/"exp"/),
    });
  });

  it("verifies the spec's own example: its header and claims, signed with its example key, checked against its JWKS", async () => {
    const header = reference('spec-24-example.json');
    const claims = { ...reference('spec-25-example.json'), iat: nowSeconds, exp: nowSeconds + 300 };
    const privateKey = await importJWK(reference('spec-27-example.json'), 'ES384');
    const jwt = await new SignJWT(claims).setProtectedHeader(header).sign(privateKey);
    const specIssuers = new Map([[claims.iss as string, reference('spec-26-example.json')]]);
    expect(await verifyCdsClient(specIssuers, `Bearer ${jwt}`, claims.aud as string, NOW)).toMatchObject({
      ok: true,
      claims: { tenant: claims.tenant },
    });
  });
});

describe('trusted-issuer configuration', () => {
  it('is disabled when nothing is configured', () => {
    const config = loadAuthConfig({});
    expect(config).toEqual({ mode: 'disabled' });
    // Fails closed (issue 14): no issuers means calls are refused, unless CDS_AUTH=off says otherwise.
    expect(describeAuth(config)).toMatch(/^refusing calls: .*no trusted issuers are configured/);
  });

  it('reads an issuer → JWKS file mapping (the Sandbox keys) and inline JWKS', () => {
    const file = path.join(dir, 'sandbox-jwks.json');
    writeFileSync(file, JSON.stringify(reference('sandbox-jwks.json')));
    const config = loadAuthConfig({
      CDS_TRUSTED_ISSUERS: JSON.stringify({ 'https://sandbox.cds-hooks.org': file, [ISS]: issuers.get(ISS) }),
    });
    expect(config.mode).toBe('enabled');
    expect(describeAuth(config)).toBe('enabled: 2 issuer(s)');
    if (config.mode === 'enabled')
      expect((config.issuers.get('https://sandbox.cds-hooks.org') as { keys: JWK[] }).keys[0]).toMatchObject({
        kid: '44823f3d-0b01-4a6c-a80e-b9d3e8a7226f',
        alg: 'ES384',
      });
  });

  it('reads the same mapping from CDS_TRUSTED_ISSUERS_FILE', () => {
    const mapping = path.join(dir, 'issuers.json');
    writeFileSync(mapping, JSON.stringify({ [ISS]: issuers.get(ISS) }));
    expect(describeAuth(loadAuthConfig({ CDS_TRUSTED_ISSUERS_FILE: mapping }))).toBe('enabled: 1 issuer(s)');
  });

  it('fails closed, with a reason, when the configuration is set but broken', () => {
    const cases: Record<string, string>[] = [
      { CDS_TRUSTED_ISSUERS: '{not json' },
      { CDS_TRUSTED_ISSUERS: '[]' },
      { CDS_TRUSTED_ISSUERS: '{}' },
      { CDS_TRUSTED_ISSUERS: JSON.stringify({ [ISS]: '/no/such/file.json' }) },
      { CDS_TRUSTED_ISSUERS: JSON.stringify({ [ISS]: { keys: [] } }) },
      { CDS_TRUSTED_ISSUERS: JSON.stringify({ [ISS]: reference('spec-27-example.json') }) },
      { CDS_TRUSTED_ISSUERS: JSON.stringify({ [ISS]: { keys: [{ ...reference('spec-27-example.json') }] } }) },
      { CDS_TRUSTED_ISSUERS: JSON.stringify({ [ISS]: { keys: [{ kty: 'oct', k: 'c2VjcmV0' }] } }) },
      { CDS_TRUSTED_ISSUERS_FILE: path.join(dir, 'missing.json') },
    ];
    for (const env of cases) {
      const config = loadAuthConfig(env);
      expect(config.mode, JSON.stringify(env)).toBe('invalid');
      expect(describeAuth(config)).toMatch(/^misconfigured: .+ CDS Hooks calls are refused until this is fixed\.$/);
    }
    expect((loadAuthConfig(cases[6]!) as Extract<AuthConfig, { mode: 'invalid' }>).error).toMatch(/private key/);
  });

  it('warns once, at most, when calls are not authenticated', () => {
    const log = vi.fn();
    warnAboutAuthOnce({ mode: 'enabled', issuers: new Map() }, log);
    expect(log).not.toHaveBeenCalled();
    warnAboutAuthOnce({ mode: 'off', issuersIgnored: 0 }, log);
    warnAboutAuthOnce({ mode: 'disabled' }, log);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(/authentication is OFF/);
  });
});
