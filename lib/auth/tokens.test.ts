import { describe, expect, it } from 'vitest';
import {
  safeNextPath,
  signCsrf,
  signOidcTransaction,
  signSession,
  verifyCsrf,
  verifyOidcTransaction,
  verifySession,
} from './tokens';

const secret = 'a'.repeat(40);
const session = { sub: 'local:alice', display: 'alice', via: 'local' as const, sid: 'sid-1' };

describe('staff session tokens', () => {
  it('round-trips a session and refuses it with another secret, tampered, expired or made for another purpose', async () => {
    const token = await signSession(secret, session);
    expect(await verifySession(secret, token)).toEqual(session);
    expect(await verifySession('b'.repeat(40), token)).toBeNull();
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...session, sub: 'local:mallory', use: 'session' })).toString(
      'base64url',
    );
    expect(await verifySession(secret, `${h}.${forged}.${s}`)).toBeNull();
    expect(await verifySession(secret, `${h}.${p}.`)).toBeNull();
    expect(await verifySession(secret, token, Date.now() + 9 * 3600 * 1000)).toBeNull();
    // A CSRF token or an OIDC transaction is never accepted as a session, even though all are signed by one secret.
    expect(await verifySession(secret, await signCsrf(secret, 'sid-1'))).toBeNull();
    const tx = await signOidcTransaction(secret, { state: 's', nonce: 'n', verifier: 'v', next: '/cds/feedback' });
    expect(await verifySession(secret, tx)).toBeNull();
    expect(await verifyOidcTransaction(secret, tx)).toEqual({
      state: 's',
      nonce: 'n',
      verifier: 'v',
      next: '/cds/feedback',
    });
    expect(await verifyOidcTransaction(secret, tx, Date.now() + 11 * 60 * 1000)).toBeNull();
    expect(await verifySession(secret, 'x'.repeat(5000))).toBeNull();
    expect(await verifySession(secret, undefined)).toBeNull();
  });

  it('binds a CSRF token to the session it was issued for', async () => {
    const token = await signCsrf(secret, 'sid-1');
    expect(await verifyCsrf(secret, token, 'sid-1')).toBe(true);
    expect(await verifyCsrf(secret, token, 'sid-2')).toBe(false);
    expect(await verifyCsrf(secret, token, 'anonymous')).toBe(false);
    expect(await verifyCsrf(secret, undefined, 'sid-1')).toBe(false);
  });

  it('returns only to a path on this site (no open redirect)', () => {
    expect(safeNextPath('/cds/feedback?x=1')).toBe('/cds/feedback?x=1');
    for (const bad of [
      '//evil.example',
      'https://evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
      '/a\nb',
      '',
    ]) {
      expect(safeNextPath(bad)).toBe('/cds/feedback');
    }
    expect(safeNextPath(null, '/')).toBe('/');
  });
});
