import { describe, expect, it } from 'vitest';
import { publicOrigin } from './origin';

const h = (init: Record<string, string>) => new Headers(init);
const direct = (appOrigin?: string) => ({ appOrigin, trustProxy: 0 });

describe('publicOrigin', () => {
  it('prefers APP_ORIGIN, reduced to its origin', () => {
    expect(publicOrigin(h({ host: 'internal:3000' }), direct('https://cds.example.org/some/path'))).toBe(
      'https://cds.example.org',
    );
  });

  it('refuses an APP_ORIGIN that is not an http(s) URL', () => {
    expect(publicOrigin(h({ host: 'a.example' }), direct('javascript:alert(1)'))).toBeNull();
    expect(publicOrigin(h({ host: 'a.example' }), direct('not a url'))).toBeNull();
  });

  it('uses the forwarded host and protocol only behind a trusted proxy (TRUST_PROXY), else the Host header', () => {
    const forwarded = h({ host: '10.0.0.5:3000', 'x-forwarded-host': 'cds.example.org', 'x-forwarded-proto': 'https' });
    expect(publicOrigin(forwarded, { appOrigin: undefined, trustProxy: 1 })).toBe('https://cds.example.org');
    // Issue 14: with TRUST_PROXY unset, a client-sent X-Forwarded-Host must not reach the printed QR code.
    expect(publicOrigin(forwarded, direct())).toBe('http://10.0.0.5:3000');
    expect(publicOrigin(h({ host: '127.0.0.1:3103' }), direct())).toBe('http://127.0.0.1:3103');
    expect(publicOrigin(h({ host: '[::1]:3000' }), direct())).toBe('http://[::1]:3000');
  });

  it('ignores a Host header that is not a host name', () => {
    expect(publicOrigin(h({ host: 'evil.example/path?x=' }), direct())).toBeNull();
    expect(publicOrigin(h({}), direct())).toBeNull();
  });
});
