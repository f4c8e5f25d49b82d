/** Helpers shared by the e2e specs: accessibility checks, opening the workspace, the CDS request fixtures, staff. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export { fixture } from '../lib/cds/__fixtures__/load';
export { E2E_STAFF, signInAsLocalStaff } from './staff';

const describeViolations = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

/** No serious or critical axe-core violation anywhere on the page. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    describeViolations(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')),
  ).toEqual([]);
}

/** No axe-core violation at all, of any impact, inside `selector` (e.g. 'main', a panel the spec is about). */
export async function expectNoAxeViolationsIn(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  expect(describeViolations(results.violations)).toEqual([]);
}

/** Opens the workspace and waits until React has hydrated it (the server-rendered HTML is not interactive yet). */
export async function openWorkspace(page: Page, url = '/'): Promise<void> {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(200);
  await expect(page.locator('[data-hydrated]')).toBeVisible();
}

/** The workspace's answer region. */
export const answer = (page: Page) => page.getByRole('region', { name: 'Answer' });
