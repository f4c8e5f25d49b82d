import { expect, type Page } from '@playwright/test';

/** The local staff account the e2e server is started with (playwright.config.ts creates it). */
export const E2E_STAFF = { login: 'e2e-staff', password: 'e2e-staff-password-not-secret' };

/** Signs in with the local staff account through the sign-in form, landing on `next`. */
export async function signInAsLocalStaff(page: Page, next = '/cds/feedback'): Promise<void> {
  await page.goto(`/staff/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Login').fill(E2E_STAFF.login);
  await page.getByLabel('Password').fill(E2E_STAFF.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&')}$`));
}
