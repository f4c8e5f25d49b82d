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
