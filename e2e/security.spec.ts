import { expect, test } from '@playwright/test';

const scriptSrc = (csp: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src')) ?? '';

test('pages carry a strict CSP and the other security headers, and run without CSP violations', async ({ page }) => {
  for (const path of ['/', '/no-such-page']) {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto(path);
    const headers = res!.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(scriptSrc(csp)).toMatch(/^script-src 'self'/);
    expect(scriptSrc(csp)).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
    // The Next.js client runtime only starts if the CSP let its scripts run.
    await page.waitForFunction(() => 'next' in window);
    expect(violations).toEqual([]);
  }
});

test('dynamic pages get a fresh nonce per request', async ({ request }) => {
  const nonceOf = async () =>
    /'nonce-([^']+)'/.exec((await request.get('/no-such-page')).headers()['content-security-policy'] ?? '')?.[1];
  const [a, b] = [await nonceOf(), await nonceOf()];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
});

test('API answers are not documents: restrictive CSP, nosniff', async ({ request }) => {
  const res = await request.get('/api/v1/conditions');
  expect(res.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  expect(res.headers()['x-powered-by']).toBeUndefined();
});

test('unknown API addresses answer 404 problem+json', async ({ request }) => {
  const res = await request.get('/api/v1/nothing-here');
  expect(res.status()).toBe(404);
  expect(res.headers()['content-type']).toBe('application/problem+json');
});

test('methods the framework cannot represent get 405 problem+json, not 500', async ({ baseURL }) => {
  const { request } = await import('node:http');
  const send = (method: string, path: string) =>
    new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const req = request(`${baseURL}${path}`, { method }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
      });
      req.on('error', reject);
      req.end();
    });
  for (const [method, path] of [
    ['TRACE', '/api/v1/recommendations?condition=psoriasis'],
    ['TRACE', '/'],
    ['PROPFIND', '/cds-services'],
  ] as const) {
    const res = await send(method, path);
    expect(res.status, `${method} ${path}`).toBe(405);
    expect(res.type).toBe('application/problem+json');
    expect(JSON.parse(res.body).detail).toContain(method);
  }
});
