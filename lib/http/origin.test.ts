import { describe, expect, it } from 'vitest';
import { publicOrigin } from './origin';

const h = (init: Record<string, string>) => new Headers(init);

describe('publicOrigin', () => {
  it('prefers APP_ORIGIN, reduced to its origin', () => {
    expect(publicOrigin(h({ host: 'internal:3000' }), 'https://cds.example.org/some/path')).toBe(
      'https://cds.example.org',
    );
  });

  it('refuses an APP_ORIGIN that is not an http(s) URL', () => {
    expect(publicOrigin(h({ host: 'a.example' }), 'javascript:alert(1)')).toBeNull();
    expect(publicOrigin(h({ host: 'a.example' }), 'not a url')).toBeNull();
  });

  it('uses the forwarded host and protocol behind a proxy, else the Host header over http', () => {
    expect(
      publicOrigin(
        h({ host: '10.0.0.5:3000', 'x-forwarded-host': 'cds.example.org', 'x-forwarded-proto': 'https' }),
        undefined,
      ),
    ).toBe('https://cds.example.org');
    expect(publicOrigin(h({ host: '127.0.0.1:3103' }), undefined)).toBe('http://127.0.0.1:3103');
    expect(publicOrigin(h({ host: '[::1]:3000' }), undefined)).toBe('http://[::1]:3000');
  });

  it('ignores a Host header that is not a host name', () => {
    expect(publicOrigin(h({ host: 'evil.example/path?x=' }), undefined)).toBeNull();
    expect(publicOrigin(h({}), undefined)).toBeNull();
  });
});
