/**
 * Answer first on a phone and a tablet in portrait: the answer's summary in the first screen once a condition is
 * chosen, the form folds away without losing a tick, and focus stays where the user typed. Caveats grouped: those of
 * every suggestion once above the cards, and "Why this?" lists only the card's own sources.
 */
import { expect, test, type Page } from '@playwright/test';
import { answer, expectNoSeriousAxeViolations, openWorkspace as open } from './fixtures';

const ACNE_JOURNEY = '/?condition=acne-vulgaris&regimen=benzoyl-peroxide,adapalene,oral-doxycycline&age=19';
const PSORIASIS_TOPICAL = '/?condition=psoriasis&regimen=topical-corticosteroid';
const NAVARRO = 'psoriasis:navarro-lopez-psoriasis-three-strain';

const NARROW = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'iPad portrait', width: 768, height: 1024 },
  { name: 'iPad Air portrait', width: 820, height: 1180 },
];

const combobox = (page: Page) => page.getByRole('combobox', { name: 'Condition' });
const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const summary = (page: Page) => page.getByTestId('answer-summary');
const toggle = (page: Page) => page.getByRole('button', { name: /the choices/ });
const ageField = (page: Page) => page.getByRole('textbox', { name: /^Age/ });
const focusedIsInForm = (page: Page) =>
  page.evaluate(() => Boolean(document.activeElement?.closest('form[aria-label="Condition, regimen and patient"]')));

for (const viewport of NARROW) {
  test(`${viewport.name} (${viewport.width}×${viewport.height}): the summary is in the first screen, the form folds without losing a tick, focus stays put`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await open(page);
    await expect(summary(page)).toHaveCount(0);
    await expect(toggle(page)).toHaveCount(0); // nothing to fold before a condition is chosen

    // Keyboard: choose acne; focus stays in the condition field, not on the summary.
    await combobox(page).click();
    await page.keyboard.type('acne');
    await page.keyboard.press('Enter');
    await expect(combobox(page)).toHaveValue('Acne vulgaris');
    await expect(summary(page)).toBeVisible();
    await expect(combobox(page)).toBeFocused();

    // Tick by keyboard, and type an age: focus never leaves what was being edited.
    await checkbox(page, 'Benzoyl peroxide (topical or wash)').focus();
    await page.keyboard.press('Space');
    await expect(checkbox(page, 'Benzoyl peroxide (topical or wash)')).toBeChecked();
    await checkbox(page, 'Doxycycline (oral)').focus();
    await page.keyboard.press('Space');
    await expect(checkbox(page, 'Doxycycline (oral)')).toBeChecked();
    await expect(checkbox(page, 'Doxycycline (oral)')).toBeFocused();
    await ageField(page).focus();
    await page.keyboard.type('19', { delay: 80 });
    await expect(page).toHaveURL(/age=19/);
    await expect(summary(page).getByTestId('summary-top-alert')).toContainText('antibiotic');
    await expect(ageField(page)).toBeFocused();
    expect(await focusedIsInForm(page)).toBe(true);

    // The summary: conclusion, the top alert, the number of suggestions; its top within the first screen.
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await summary(page).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(viewport.height);
    expect(box!.y + Math.min(box!.height, 200)).toBeLessThan(viewport.height);
    const conclusion = await answer(page).getByTestId('conclusion').locator('p').nth(1).innerText();
    await expect(summary(page)).toContainText(conclusion);
    const suggestions = await answer(page).locator('article[data-suggestion]').count();
    await expect(summary(page).getByTestId('summary-count')).toContainText(
      `${suggestions} ${suggestions === 1 ? 'suggestion' : 'suggestions'}`,
    );
    // Not a live region of its own (the workspace's one status line announces changes).
    await expect(summary(page).locator('[aria-live], [role="status"], [role="alert"]')).toHaveCount(0);
    expect(await summary(page).getAttribute('aria-live')).toBeNull();

    // Fold the form: hidden, still in the page, and every tick and the age come back.
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle(page)).toBeFocused();
    await expect(combobox(page)).toBeHidden();
    // With the form folded, the answer starts right under the summary.
    const results = await answer(page).boundingBox();
    expect(results!.y).toBeLessThan(viewport.height);
    await page.screenshot({ path: test.info().outputPath(`${viewport.width}-folded.png`), fullPage: false });
    await expectNoSeriousAxeViolations(page);

    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(combobox(page)).toHaveValue('Acne vulgaris');
    await expect(checkbox(page, 'Benzoyl peroxide (topical or wash)')).toBeChecked();
    await expect(checkbox(page, 'Doxycycline (oral)')).toBeChecked();
    await expect(ageField(page)).toHaveValue('19');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: test.info().outputPath(`${viewport.width}-open.png`), fullPage: false });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
}

test('"/" opens a folded form and focuses the condition', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, ACNE_JOURNEY);
  await toggle(page).click();
  await expect(combobox(page)).toBeHidden();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(combobox(page)).toBeFocused();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
});

test('desktop: the layout stays two columns, no summary or fold button shown', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, ACNE_JOURNEY);
  await expect(summary(page)).toBeHidden();
  await expect(toggle(page)).toBeHidden();
  const form = await page.getByRole('form', { name: 'Condition, regimen and patient' }).boundingBox();
  const results = await answer(page).boundingBox();
  expect(results!.x).toBeGreaterThan(form!.x + form!.width - 1);
  await page.screenshot({ path: test.info().outputPath('1280-desktop.png'), fullPage: false });
});

test('acne on an antibiotic: "2 hours apart" is said once, caveats of every suggestion once above the cards', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, ACNE_JOURNEY);
  const cards = answer(page).locator('article[data-suggestion]');
  await expect(cards).toHaveCount(3);
  // The alert stays; the same advice is not repeated on the cards or in the shared section.
  await expect(answer(page).locator('[data-code="oral-antibiotic-spacing"]')).toBeVisible();
  await expect(answer(page).getByText(/2 hours apart/)).toHaveCount(1);

  const shared = answer(page).getByTestId('shared-caveats');
  await expect(shared.getByRole('heading', { name: 'Applies to all suggestions' })).toBeVisible();
  await shared.getByRole('button', { name: /general caveats/ }).click();
  await expect(shared).toContainText('never instead of it');
  await expect(shared).toContainText('Sold as dietary supplements');
  // Generic product-quality text stays information, not a warning.
  await expect(shared.locator('li', { hasText: 'Sold as dietary supplements' })).toHaveAttribute(
    'data-severity',
    'info',
  );
  await expect(answer(page).getByText(/never instead of it/)).toHaveCount(1);
  await expect(answer(page).getByText(/Sold as dietary supplements/)).toHaveCount(1);
  // What is specific stays on its card (the spirulina product's contamination caveat).
  await expect(
    cards
      .filter({ hasText: 'Spirulina' })
      .getByText(/microcystins/)
      .first(),
  ).toBeAttached();
  await shared.screenshot({ path: test.info().outputPath('1280-acne-shared.png') });
  await cards.first().screenshot({ path: test.info().outputPath('1280-acne-card.png') });
  await expectNoSeriousAxeViolations(page);
});

test('psoriasis: "Why this?" lists the card\'s own sources, no acne trial or eczema meta-analysis', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, PSORIASIS_TOPICAL);
  const card = page.locator(`article[data-suggestion="${NAVARRO}"]`);
  await card.getByRole('button', { name: 'Why this?' }).click();
  const why = card.getByRole('region', { name: /^Why this/ });
  await expect(why).toBeVisible();
  const hrefs = await why.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/sources/navarro-lopez-2019');
  for (const other of ['jung-2013', 'huang-2017-ad-ma', 'chang-2016-synbiotics-ma', 'fabbrocini-2016', 'eguren-2024'])
    expect(hrefs).not.toContain(`/sources/${other}`);
  await expectNoSeriousAxeViolations(page);
});
