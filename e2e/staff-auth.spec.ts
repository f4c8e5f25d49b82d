import { expect, test } from '@playwright/test';
import { E2E_STAFF, expectNoAxeViolationsIn, signInAsLocalStaff } from './fixtures';

const SHOTS = 'e2e/.tmp/staff';
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? 3197);

test('signed out, the feedback page sends to sign-in and the export answers 401: no audit data without sign-in', async ({
  page,
  request,
}) => {
  const res = await request.get('/api/v1/cds-feedback.csv');
  expect(res.status()).toBe(401);
  expect(res.headers()['content-type']).toBe('application/problem+json');
  expect(await res.text()).not.toMatch(/card_uuid/);

  await page.goto('/cds/feedback');
  await expect(page).toHaveURL(/\/staff\/sign-in\?next=%2Fcds%2Ffeedback$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in with Test Clinic ID' })).toBeVisible();
  await expect(page.getByLabel('Login')).toBeVisible();
  await expectNoAxeViolationsIn(page, 'main');
  await page.screenshot({ path: `${SHOTS}/sign-in.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/sign-in-phone.png`, fullPage: true });
});

test('signs in through the organisation’s OpenID Connect provider and back to the feedback page', async ({ page }) => {
  await page.goto('/cds/feedback');
  await page.getByRole('link', { name: 'Sign in with Test Clinic ID' }).click();
  // The provider's own login page (oidc-provider), on another origin.
  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${OIDC_PORT}/`));
  await page.locator('input[name="login"]').fill('rahman');
  await page.locator('input[name="password"]').fill('any-password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/cds\/feedback$/);
  await expect(page.getByRole('heading', { level: 1, name: 'CDS Hooks feedback' })).toBeVisible();
  await expect(page.getByText('Signed in as Dr rahman')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/feedback-signed-in-oidc.png`, fullPage: true });

  const csv = await page.request.get('/api/v1/cds-feedback.csv');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(/^received_at,service,card_uuid/);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in\?signedOut=1$/);
  await expect(page.getByText('You are signed out.')).toBeVisible();
  expect((await page.request.get('/api/v1/cds-feedback.csv')).status()).toBe(401);
});

test('a tampered OpenID Connect callback signs no one in', async ({ page }) => {
  await page.goto('/staff/oidc/callback?code=forged&state=forged');
  await expect(page).toHaveURL(/\/staff\/sign-in\?error=expired$/);
  await expect(page.getByText('The sign-in form expired. Try again.')).toBeVisible();
  await page.goto('/cds/feedback');
  await expect(page).toHaveURL(/\/staff\/sign-in/);
});

test('signs in with a local staff account; a wrong password is refused with a message', async ({ page }) => {
  await page.goto('/staff/sign-in');
  await page.getByLabel('Login').fill(E2E_STAFF.login);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('That login and password do not match a staff account.')).toBeVisible();
  await signInAsLocalStaff(page);
  await expect(page.getByText(`Signed in as ${E2E_STAFF.login} (local staff account).`)).toBeVisible();
});

test('a sign-in form posted from another site is refused', async ({ request }) => {
  const res = await request.post('/staff/sign-in/password', {
    headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    data: `login=${E2E_STAFF.login}&password=${E2E_STAFF.password}`,
  });
  expect(res.status()).toBe(403);
  expect(res.headers()['set-cookie']).toBeUndefined();
});
