import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '@/scripts/csp-hashes';
import { frameAncestorsFromEnv, hashCsp, nonceCsp } from './csp';

const options = { frameAncestors: "'self'", dev: false };

describe('content security policy', () => {
  it('never allows inline scripts wholesale', () => {
    for (const csp of [nonceCsp('abc', ['h1'], options), hashCsp(['h1', 'h2'], options)]) {
      const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src'))!;
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(scriptSrc).not.toContain('unsafe-eval');
    }
    expect(nonceCsp('abc', ['h1'], options)).toContain("script-src 'self' 'nonce-abc' 'sha256-h1'");
  });

  it('takes frame ancestors from configuration, defaulting to self, and strips directive injection', () => {
    expect(frameAncestorsFromEnv(undefined)).toBe("'self'");
    expect(frameAncestorsFromEnv("'self' https://ehr.example.org")).toBe("'self' https://ehr.example.org");
    expect(frameAncestorsFromEnv("'self'; script-src *")).not.toContain(';');
  });

  it('hashes exactly the inline scripts of a page', () => {
    const html = '<script src="/a.js"></script><script>alert(1)</script><script async="">x()</script>';
    expect(inlineScriptHashes(html)).toHaveLength(2);
    expect(inlineScriptHashes(html)[0]).toBe('bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});
