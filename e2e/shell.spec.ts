import { expect, test } from '@playwright/test';

test('the shell names the product, offers the main navigation and states the intended use', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/GutSkin CDS/);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const label of ['Workspace', 'Evidence', 'Methods']) {
    await expect(nav.getByRole('link', { name: label })).toBeVisible();
  }
  await expect(page.getByRole('contentinfo')).toContainText('healthcare professionals');
  await expect(page.getByRole('contentinfo')).toContainText('does not replace clinical judgement');
});

test('health reports the database after a real query', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', db: 'ok' });
});

test('robots.txt keeps crawlers out', async ({ request }) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  expect(await res.text()).toMatch(/Disallow: \//);
});

test('pages link the app icon, and every icon is served as an image that can run nothing', async ({
  page,
  request,
}) => {
  await page.goto('/evidence');
  const links = await page
    .locator('link[rel="icon"], link[rel="apple-touch-icon"]')
    .evaluateAll((els) =>
      els.map((el) => `${el.getAttribute('rel')} ${new URL((el as HTMLLinkElement).href).pathname}`),
    );
  expect(links).toEqual(
    expect.arrayContaining(['icon /favicon.ico', 'icon /icon.svg', 'apple-touch-icon /apple-touch-icon.png']),
  );
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/icon.svg', 'image/svg+xml'],
    ['/apple-touch-icon.png', 'image/png'],
  ]) {
    const res = await request.get(path!);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type'], path).toContain(type);
    expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(res.headers()['content-security-policy'], path).toBe("default-src 'none'; frame-ancestors 'none'");
  }
});
