/**
 * Safety personas: shared workspace URLs a careful dermatologist would open, and what the page must then show.
 * Assertions read visible text and roles (not internal ids), so they fail when the behaviour breaks. Each test saves
 * a full-page screenshot to e2e/.tmp/personas/ (gitignored) for a person to look at.
 */
import { expect, test, type Page } from '@playwright/test';
import { answer, expectNoSeriousAxeViolations, openWorkspace } from './fixtures';

const review = (page: Page) => answer(page).getByRole('region', { name: /^Review the current treatment/ });
const cards = (page: Page) => answer(page).getByRole('article');
const stanceOf = (card: ReturnType<typeof cards>) => card.locator('[data-stance]').first();

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/.tmp/personas/${name}.png`, fullPage: true });
}

/** Words that would tell a patient or doctor to carry on with a drug that is under review. */
const KEEP_USING = /\b(continue|continuing|keep (on|using|taking)|carry on|stay on|remain on)\b/i;

test('a. psoriasis on methotrexate, pregnant: a critical methotrexate alert first, nothing says to keep using it', async ({
  page,
}) => {
  await openWorkspace(
    page,
    '/?condition=psoriasis&regimen=topical-corticosteroid,methotrexate&factors=pregnant&age=30',
  );
  await expect(review(page)).toBeVisible();
  const mtx = review(page)
    .getByRole('alert')
    .filter({ hasText: /methotrexate/i })
    .filter({ hasText: /pregnan/i });
  await expect(mtx).toHaveCount(1);
  await expect(mtx).toContainText('Critical:');
  await expect(mtx).toContainText('Methotrexate');
  // The review banner comes before the conclusion and the suggestions.
  const order = await answer(page).evaluate((root) => {
    const rev = root.querySelector('[data-testid="regimen-review"]');
    const conclusion = root.querySelector('[data-testid="conclusion"]');
    return Boolean(rev && conclusion && rev.compareDocumentPosition(conclusion) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(order).toBe(true);
  await expect(answer(page).getByTestId('answered-for')).toContainText('30 years old');
  expect(await page.locator('main').innerText()).not.toMatch(KEEP_USING);
  await screenshot(page, 'a-psoriasis-methotrexate-pregnant');
  await expectNoSeriousAxeViolations(page);
});

test('b. acne on isotretinoin, pregnant: critical isotretinoin alert with the pregnancy programme and 1 month', async ({
  page,
}) => {
  await openWorkspace(page, '/?condition=acne-vulgaris&regimen=isotretinoin&factors=pregnant&age=24');
  const iso = review(page)
    .getByRole('alert')
    .filter({ hasText: /isotretinoin/i });
  await expect(iso).toHaveCount(1);
  await expect(iso).toContainText('Critical:');
  await expect(iso).toContainText(/pregnan/i);
  await expect(iso).toContainText(/iPLEDGE|Pregnancy Prevention Programme/);
  await expect(iso).toContainText(/\b(1|one) month\b/i);
  expect(await page.locator('main').innerText()).not.toMatch(KEEP_USING);
  await screenshot(page, 'b-acne-isotretinoin-pregnant');
  await expectNoSeriousAxeViolations(page);
});

test('c. acne with an autoimmune disease: the spirulina product is "Avoid", for its spirulina', async ({ page }) => {
  await openWorkspace(page, '/?condition=acne-vulgaris&factors=autoimmune-disease&age=25');
  const spirulina = cards(page).filter({ hasText: /Arthrospira|spirulina/i });
  await expect(spirulina).toHaveCount(1);
  await expect(stanceOf(spirulina)).toHaveText('Avoid');
  await expect(spirulina.getByRole('list', { name: /^Caveats for/ })).toContainText(/spirulina/i);
  await expect(spirulina.getByRole('list', { name: /^Caveats for/ })).toContainText(/autoimmun/i);
  await screenshot(page, 'c-acne-autoimmune-spirulina');
  await expectNoSeriousAxeViolations(page);
});

test('d. psoriasis on methotrexate, a TNF inhibitor and deucravacitinib at 70: every live product "Avoid"', async ({
  page,
}) => {
  await openWorkspace(page, '/?condition=psoriasis&regimen=methotrexate,tnf-inhibitor,deucravacitinib&age=70');
  await expect(cards(page).first()).toBeVisible();
  // Probiotics and synbiotics carry live organisms; prebiotics do not.
  const live = cards(page).filter({ has: page.getByText(/^(Probiotic|Synbiotic)$/) });
  const liveCount = await live.count();
  expect(liveCount).toBeGreaterThan(0);
  for (let i = 0; i < liveCount; i++) await expect(stanceOf(live.nth(i))).toHaveText('Avoid');
  const combined = answer(page)
    .getByRole('alert')
    .filter({ hasText: /immunosuppress/i });
  await expect(combined.first()).toBeVisible();
  await expect(combined.first()).toContainText('Critical:');
  await expect(combined.first()).toContainText(/methotrexate/i);
  await expect(combined.first()).toContainText(/TNF/i);
  await expect(combined.first()).toContainText(/deucravacitinib/i);
  await screenshot(page, 'd-psoriasis-three-immunosuppressants-70');
  await expectNoSeriousAxeViolations(page);
});

test('e. eczema prevention at 8 months: the answer loads, with the infant alert, for 8 months', async ({
  page,
  request,
}) => {
  const api = await request.get('/api/v1/recommendations?condition=atopic-dermatitis-prevention&ageMonths=8');
  expect(api.status()).toBe(200);
  expect((await api.json()).input).toMatchObject({ age: 0, ageMonths: 8 });

  await openWorkspace(page, '/?condition=atopic-dermatitis-prevention&ageMonths=8');
  await expect(page.getByRole('textbox', { name: /Age/ })).toHaveValue('8');
  await expect(page.getByRole('combobox', { name: 'Age unit' })).toHaveValue('months');
  await expect(answer(page).getByRole('heading', { level: 2 })).toBeVisible();
  await expect(answer(page).getByTestId('answered-for')).toContainText('8 months old');
  await expect(page.getByTestId('alerts')).toContainText(/infant|newborn|under \d+ (months|years)|months old/i);
  await expect(page.getByTestId('problem')).toHaveCount(0);
  await screenshot(page, 'e-ad-prevention-8-months');
  await expectNoSeriousAxeViolations(page);

  // The unit can be switched back: the same number, now in years, goes in the URL as age.
  await page.getByRole('combobox', { name: 'Age unit' }).selectOption('years');
  await expect(page).toHaveURL(/condition=atopic-dermatitis-prevention&age=8$/);
  await expect(answer(page).getByTestId('answered-for')).toContainText('8 years old');
});

test('f. acne, pregnant at age 3: a clear message next to the factors, no crash', async ({ page }) => {
  await openWorkspace(page, '/?condition=acne-vulgaris&factors=pregnant&age=3');
  const factors = page.getByRole('group', { name: 'Patient factors' });
  const message = factors.getByTestId('factor-errors');
  await expect(message).toBeVisible();
  await expect(message).toContainText('Pregnant');
  await expect(message).toContainText(/not plausible at age 3/);
  await expect(page.getByTestId('problem')).toContainText(/Pregnant/);
  // No button that would do nothing: the clinician decides whether the age or the factor is wrong.
  await expect(page.getByRole('button', { name: 'remove the choices that do not fit' })).toHaveCount(0);
  await screenshot(page, 'f-acne-pregnant-age-3');
  await expectNoSeriousAxeViolations(page);

  // Correcting the age brings the answer back.
  await page.getByRole('textbox', { name: /Age/ }).fill('30');
  await expect(page.getByTestId('problem')).toHaveCount(0);
  await expect(factors.getByTestId('factor-errors')).toHaveCount(0);
  await expect(page.getByTestId('conclusion')).toBeVisible();
});
