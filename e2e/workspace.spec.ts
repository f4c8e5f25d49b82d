import { expect, test, type Page } from '@playwright/test';
import { answer, expectNoSeriousAxeViolations, openWorkspace } from './fixtures';

const PSORIASIS_MTX = '/?condition=psoriasis&regimen=topical-corticosteroid,methotrexate';
/** A patient the psoriasis trial included, so its product is offered and pre-selected for the handout. */
const PSORIASIS_TOPICAL = '/?condition=psoriasis&regimen=topical-corticosteroid';
const NAVARRO = 'psoriasis:navarro-lopez-psoriasis-three-strain';

const combobox = (page: Page) => page.getByRole('combobox', { name: 'Condition' });
const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const card = (page: Page, id: string) => page.locator(`article[data-suggestion="${id}"]`);

/** Marks the window; if the page reloads, the mark is gone. */
async function markWindow(page: Page) {
  await page.evaluate(() => Object.assign(window, { __noReload: true }));
}
const stillSameWindow = (page: Page) =>
  page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);

test('by mouse: psoriasis on a topical steroid and methotrexate gives a graded, sourced answer that says the trial excluded methotrexate', async ({
  page,
}) => {
  await openWorkspace(page);
  await markWindow(page);
  await combobox(page).click();
  await page.getByRole('option', { name: /^Psoriasis/ }).click();
  await expect(combobox(page)).toHaveValue('Psoriasis');
  await expect(page).toHaveURL(/\/\?condition=psoriasis$/);

  // The regimen follows the condition, grouped by route.
  await expect(
    page
      .getByRole('group', { name: 'Topical treatment' })
      .getByRole('checkbox', { name: 'Topical corticosteroid', exact: true }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: 'Oral or injected co-therapy' })
      .getByRole('checkbox', { name: 'Methotrexate', exact: true }),
  ).toBeVisible();
  await expect(checkbox(page, 'Doxycycline (oral)')).toHaveCount(0);

  await checkbox(page, 'Topical corticosteroid').check();
  await checkbox(page, 'Methotrexate').check();
  await expect(page).toHaveURL(/regimen=topical-corticosteroid,methotrexate/);

  const suggestion = card(page, NAVARRO);
  await expect(suggestion.locator('[data-stance]').first()).toHaveText('Insufficient evidence');
  await expect(suggestion.getByText('Low certainty')).toBeVisible();
  await expect(suggestion.getByText('Strength B')).toBeVisible();
  await expect(suggestion.getByText('1×10⁹ CFU per capsule, 1 capsule a day')).toBeVisible();
  await expect(suggestion.getByText('Lactobacillus rhamnosus CECT 8361', { exact: true })).toBeVisible();
  await expect(suggestion).toContainText('the trial excluded patients who took systemic corticosteroids, methotrexate');

  const alert = page.getByTestId('alerts').locator('[data-code="systemic-immunosuppressant"]');
  await expect(alert).toContainText('Warning:');
  await expect(alert).toContainText('systemic immunosuppressant');
  await expect(answer(page).getByRole('alert')).toHaveCount(0); // a warning is not announced as an alert

  // The grades' legend is one click away.
  await suggestion.getByRole('button', { name: 'What do the grades mean?' }).click();
  const legend = page.getByRole('dialog', { name: 'How to read the grades' });
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('Very low');
  await expect(legend).toContainText('SORT strength');
  await page.keyboard.press('Escape');
  await expect(legend).toBeHidden();

  await suggestion.getByRole('button', { name: 'Why this?' }).click();
  const why = suggestion.getByRole('region', { name: /^Why this/ });
  await expect(why).toBeVisible();
  await expect(why).toContainText('Rationale');
  await expect(why).toContainText('PASI75 66.7% vs 41.9%');
  await expect(why).toContainText('taken as absent');
  await expect(why).toContainText('systemic-immunosuppressant-caution');
  await expect(why.getByRole('link', { name: /Navarro-López 2019/ })).toHaveAttribute(
    'href',
    '/sources/navarro-lopez-2019',
  );
  await expect(suggestion.getByRole('link', { name: /Evidence details/ })).toHaveAttribute(
    'href',
    '/evidence/psoriasis/navarro-lopez-psoriasis-three-strain',
  );
  expect(await stillSameWindow(page)).toBe(true);
});

test('by keyboard only: "/", "psor", Enter, Tab, Space … reaches the same sourced answer in a few keystrokes', async ({
  page,
}) => {
  await openWorkspace(page);
  await markWindow(page);
  const started = Date.now();
  await page.keyboard.press('/');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type('psor');
  await expect(page.getByRole('option', { name: /^Psoriasis/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(combobox(page)).toHaveValue('Psoriasis');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Add to the regimen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(checkbox(page, 'Topical corticosteroid')).toBeFocused();
  // The focus ring is visible.
  expect(await checkbox(page, 'Topical corticosteroid').evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe(
    'none',
  );
  await page.keyboard.press('Space');
  await expect(checkbox(page, 'Topical corticosteroid')).toBeChecked();

  // Type-ahead within the regimen list: "m" jumps to methotrexate; arrows move between boxes.
  await page.keyboard.press('m');
  await expect(checkbox(page, 'Methotrexate')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(checkbox(page, 'Emollients / moisturisers')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(checkbox(page, 'Methotrexate')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(checkbox(page, 'Methotrexate')).toBeChecked();

  const suggestion = card(page, NAVARRO);
  await expect(suggestion.locator('[data-stance]').first()).toHaveText('Insufficient evidence');
  const why = suggestion.getByRole('button', { name: 'Why this?' });
  let tabs = 0;
  for (; tabs < 80 && !(await why.evaluate((el) => el === document.activeElement)); tabs++)
    await page.keyboard.press('Tab');
  test.info().annotations.push({ type: 'Tab presses from the regimen to "Why this?"', description: `${tabs}` });
  await expect(why).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    suggestion.getByRole('region', { name: /^Why this/ }).getByRole('link', { name: /Navarro-López 2019/ }),
  ).toBeVisible();
  // Time under automation depends on the machine's load, so it is reported, not asserted (a benchmark, not a
  // test); the keystrokes are what the clinician spends, and are asserted.
  const elapsed = Date.now() - started;
  test.info().annotations.push({ type: 'keyboard flow', description: `${elapsed} ms` });
  console.log(`keyboard flow: ${elapsed} ms, ${tabs} Tab presses to "Why this?"`);
  expect(tabs).toBeLessThan(40);

  // "/" from anywhere but a text field returns to the picker, and typing a new condition replaces the old one.
  await page.keyboard.press('/');
  await expect(combobox(page)).toBeFocused();
  await page.keyboard.type('acne');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(combobox(page)).toHaveValue('Psoriasis'); // Escape restores the chosen condition
  expect(await stillSameWindow(page)).toBe(true);
});

for (const delay of [30, 250]) {
  test(`fast entry keeps every tick: Space, "a", Space, "d", Space at ${delay} ms per key`, async ({ page }) => {
    await openWorkspace(page, '/?condition=acne-vulgaris');
    await checkbox(page, 'Benzoyl peroxide (topical or wash)').focus();
    for (const key of [' ', 'a', ' ', 'd', ' '])
      await page.keyboard.press(key === ' ' ? 'Space' : key, { delay: 10 }).then(() => page.waitForTimeout(delay));
    await expect(checkbox(page, 'Benzoyl peroxide (topical or wash)')).toBeChecked();
    await expect(checkbox(page, 'Adapalene (topical retinoid)')).toBeChecked();
    await expect(checkbox(page, 'Doxycycline (oral)')).toBeChecked();
    await expect(page).toHaveURL(/regimen=[^&]*adapalene/);
    await expect(page).toHaveURL(/regimen=[^&]*oral-doxycycline/);
    await expect(page).toHaveURL(/regimen=[^&]*benzoyl-peroxide/);
  });
}

test('the condition search knows abbreviations and other names: "AD", "eczema", "HS", "seb derm"', async ({ page }) => {
  for (const [typed, name] of [
    ['AD', 'Atopic dermatitis (treatment)'],
    ['eczema', 'Atopic dermatitis (treatment)'],
    ['HS', 'Hidradenitis suppurativa'],
    ['seb derm', 'Seborrheic dermatitis'],
  ]) {
    await openWorkspace(page);
    await combobox(page).fill(typed!);
    await combobox(page).press('Enter');
    await expect(combobox(page)).toHaveValue(name!);
  }
});

test('an age typed as "8m" or "0.7" is read as 8 months, and the answer stays (infant cautions included)', async ({
  page,
}) => {
  for (const typed of ['8m', '0.7']) {
    await openWorkspace(page, '/?condition=atopic-dermatitis&factors=milk-allergy');
    const age = page.getByRole('textbox', { name: /^Age/ });
    await age.fill(typed);
    await expect(page).toHaveURL(/ageMonths=8(&|$)/);
    await expect(age).toHaveValue('8');
    await expect(page.getByRole('combobox', { name: 'Age unit' })).toHaveValue('months');
    await expect(page.getByTestId('age-errors')).toHaveCount(0);
  }
});

test('"/" does not steal a slash typed into a text field', async ({ page }) => {
  await openWorkspace(page);
  const age = page.getByRole('textbox', { name: /Age/ });
  await age.focus();
  await page.keyboard.type('/');
  await expect(age).toBeFocused();
  await expect(combobox(page)).not.toBeFocused();
});

test('the URL holds the whole state: shared, reloaded, and restored by back and forward', async ({ page, request }) => {
  const url = '/?condition=acne-vulgaris&regimen=oral-doxycycline&factors=pregnant&age=30';

  // The first render is on the server: the answer is in the HTML before any script runs.
  const html = await (await request.get(url)).text();
  expect(html).toContain('2 hours apart');
  expect(html).toContain('Jung 2013 mix');

  const apiCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/recommendations')) apiCalls.push(r.url());
  });
  await openWorkspace(page, url);
  await expect(combobox(page)).toHaveValue('Acne vulgaris');
  await expect(checkbox(page, 'Doxycycline (oral)')).toBeChecked();
  await expect(checkbox(page, 'Pregnant')).toBeChecked();
  await expect(page.getByRole('textbox', { name: /Age/ })).toHaveValue('30');
  await expect(page.getByTestId('alerts')).toContainText('2 hours apart');
  expect(apiCalls).toEqual([]); // hydrated from the server's answer, no refetch

  await markWindow(page);
  await checkbox(page, 'Benzoyl peroxide (topical or wash)').check();
  await expect(page).toHaveURL(/regimen=benzoyl-peroxide,oral-doxycycline&factors=pregnant&age=30$/);
  await expect(answer(page)).toContainText('Benzoyl peroxide (topical or wash): No interaction');
  expect(apiCalls.length).toBe(1);
  expect(await stillSameWindow(page)).toBe(true);

  await page.reload();
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  await expect(checkbox(page, 'Benzoyl peroxide (topical or wash)')).toBeChecked();
  await expect(checkbox(page, 'Doxycycline (oral)')).toBeChecked();

  // A new condition is a new history entry; regimen ids that do not belong to it are dropped.
  await combobox(page).fill('psor');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?condition=psoriasis&factors=pregnant&age=30$/);
  await expect(checkbox(page, 'Pregnant')).toBeChecked();
  await expect(page.getByRole('heading', { level: 2, name: 'Psoriasis' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/condition=acne-vulgaris&regimen=benzoyl-peroxide,oral-doxycycline/);
  await expect(combobox(page)).toHaveValue('Acne vulgaris');
  await expect(checkbox(page, 'Benzoyl peroxide (topical or wash)')).toBeChecked();
  await expect(page.getByRole('heading', { level: 2, name: 'Acne vulgaris' })).toBeVisible();

  await page.goForward();
  await expect(combobox(page)).toHaveValue('Psoriasis');
  await expect(checkbox(page, 'Topical corticosteroid')).not.toBeChecked();
  await expect(page.getByRole('heading', { level: 2, name: 'Psoriasis' })).toBeVisible();
});

test('an example on the empty workspace opens without a reload, and the Workspace link empties it again', async ({
  page,
}) => {
  await openWorkspace(page);
  await markWindow(page);
  await expect(answer(page)).toContainText('Choose a condition');
  await page.getByRole('link', { name: 'Psoriasis, on a topical steroid and methotrexate' }).click();
  await expect(page).toHaveURL(/\/\?condition=psoriasis&regimen=topical-corticosteroid,methotrexate$/);
  await expect(card(page, NAVARRO).locator('[data-stance]').first()).toHaveText('Insufficient evidence');
  expect(await stillSameWindow(page)).toBe(true);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspace' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(answer(page)).toContainText('Choose a condition');
  await expect(combobox(page)).toHaveValue('');
});

test('invalid URL state is explained in words and the pickers still work', async ({ page }) => {
  const res = await page.goto('/?condition=psoriasis&age=500');
  expect(res?.status()).toBe(200);
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  await expect(page.getByTestId('problem')).toContainText('age must be at most 120');
  await expect(page.getByRole('textbox', { name: /Age/ })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'remove the choices that do not fit' }).click();
  await expect(page).toHaveURL(/\/\?condition=psoriasis$/);
  await expect(page.getByTestId('conclusion')).toBeVisible();

  await openWorkspace(page, '/?condition=psoriasis&regimen=oral-doxycycline');
  await expect(page.getByTestId('problem')).toContainText('Regimen "oral-doxycycline" does not apply to Psoriasis');

  await openWorkspace(page, '/?condition=eczema-x');
  await expect(page.getByTestId('problem')).toContainText('Unknown condition "eczema-x"');
  await expect(combobox(page)).toHaveAttribute('aria-invalid', 'true');
  await combobox(page).fill('hidra');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('problem')).toHaveCount(0);
  await expect(page.getByTestId('conclusion')).toContainText('Insufficient evidence');
});

test('an age typed out of range is answered by the API in words', async ({ page }) => {
  await openWorkspace(page, '/?condition=psoriasis');
  // Key by key: every keystroke writes the URL, and none is lost to a late router update.
  await page.getByRole('textbox', { name: /Age/ }).pressSequentially('130');
  await expect(page.getByRole('textbox', { name: /Age/ })).toHaveValue('130');
  await expect(page.getByTestId('problem')).toContainText('age must be at most 120');
  await expect(page).toHaveURL(/age=130/);
  await page.getByRole('textbox', { name: /Age/ }).fill('45');
  await expect(page.getByTestId('problem')).toHaveCount(0);
  await expect(page.getByTestId('conclusion')).toBeVisible();
});

test('patient factors are grouped, and an infant age can be typed in months', async ({ page }) => {
  await openWorkspace(page, '/?condition=atopic-dermatitis-prevention');
  const factors = page.getByRole('group', { name: 'Patient factors' });
  for (const [group, factor] of [
    ['Serious risks', 'Immunocompromised'],
    ['Other risks and medicines', 'Pregnant'],
    ['Allergies and intolerances', 'Soy allergy'],
    ['Context', 'Family history of atopy'],
  ] as const)
    await expect(
      factors
        .getByRole('group', { name: new RegExp(`^${group}`) })
        .getByRole('checkbox', { name: factor, exact: true }),
    ).toBeVisible();

  await page.getByRole('combobox', { name: 'Age unit' }).selectOption('months');
  await page.getByRole('textbox', { name: /Age/ }).pressSequentially('8');
  await expect(page).toHaveURL(/condition=atopic-dermatitis-prevention&ageMonths=8$/);
  await expect(page.getByTestId('answered-for')).toContainText('8 months old');
  // Months stop at 23: the API's message shows by the age field, in words.
  await page.getByRole('textbox', { name: /Age/ }).fill('30');
  await expect(page.getByTestId('age-errors')).toContainText('0 to 23');
  await expect(page.getByRole('textbox', { name: /Age/ })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: /Age/ }).fill('');
  await expect(page).toHaveURL(/\/\?condition=atopic-dermatitis-prevention$/);
  await expect(page.getByRole('combobox', { name: 'Age unit' })).toHaveValue('months');
});

test('an immunocompromised patient: critical alert first and announced, stance Avoid, left out of the handout by default', async ({
  page,
}) => {
  await openWorkspace(page, '/?condition=acne-vulgaris&regimen=oral-doxycycline&factors=immunocompromised');
  const alerts = page.getByTestId('alerts').locator('[data-severity]');
  // Spacing advice for the antibiotic is dropped: no product it concerns is to be taken.
  await expect(alerts).toHaveCount(1);
  expect(await alerts.evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')))).toEqual(['critical']);
  await expect(answer(page).getByRole('alert')).toHaveCount(1);
  await expect(answer(page).getByRole('alert')).toContainText('Critical:');
  await expect(page.getByTestId('conclusion')).toContainText('rule out');
  const stances = page.locator('article[data-suggestion] > div:first-child [data-stance]');
  expect(await stances.allTextContents()).toEqual(['Avoid', 'Avoid', 'Avoid']);
  for (const box of await page.getByRole('checkbox', { name: 'Include in handout' }).all())
    await expect(box).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeEnabled();
});

test.describe('print handout', () => {
  test('posts the current state and the chosen suggestions, then opens the saved handout', async ({ page }) => {
    let body: unknown = null;
    await page.route('**/api/v1/handouts', async (route) => {
      body = route.request().postDataJSON();
      await route.fulfill({
        status: 201,
        contentType: 'application/json',
        headers: { Location: '/h/abc123' },
        body: JSON.stringify({ id: 'abc123', url: '/h/abc123', rulesetVersion: 'x' }),
      });
    });
    await openWorkspace(page, `${PSORIASIS_TOPICAL}&age=45`);
    await card(page, 'psoriasis:bacillus-spores-with-fos-xos-gos')
      .getByRole('checkbox', { name: 'Include in handout' })
      .uncheck();
    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect(page).toHaveURL(/\/h\/abc123$/);
    expect(body).toEqual({
      condition: 'psoriasis',
      regimen: ['topical-corticosteroid'],
      factors: [],
      age: 45,
      suggestionIds: [NAVARRO],
    });
  });

  test('shows the problem detail when the handout cannot be saved', async ({ page }) => {
    await page.route('**/api/v1/handouts', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Service unavailable',
          status: 503,
          detail: 'The handout could not be saved, try again.',
        }),
      }),
    );
    await openWorkspace(page, PSORIASIS_TOPICAL);
    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect(page.getByText('The handout could not be saved, try again.')).toBeVisible();
    await expect(page).toHaveURL(/condition=psoriasis/);
  });

  test('says handouts are not available when the endpoint does not exist', async ({ page }) => {
    await page.route('**/api/v1/handouts', (route) =>
      route.fulfill({
        status: 404,
        contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Not found', status: 404, detail: 'No such address.' }),
      }),
    );
    await openWorkspace(page, PSORIASIS_TOPICAL);
    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect(page.getByText('Handouts are not available yet.')).toBeVisible();
  });
});

test('hidradenitis suppurativa: no suggestions, and the conclusion says why', async ({ page }) => {
  await openWorkspace(page, '/?condition=hidradenitis-suppurativa');
  await expect(page.getByTestId('conclusion')).toContainText(
    'no trial of a specific probiotic or prebiotic product was found',
  );
  await expect(page.locator('article[data-suggestion]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /condition page/ })).toHaveAttribute(
    'href',
    '/conditions/hidradenitis-suppurativa',
  );
});

test('fits a 390 px phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const url of [
    '/',
    PSORIASIS_MTX,
    '/?condition=acne-vulgaris&regimen=oral-doxycycline&factors=immunocompromised',
    '/?condition=eczema-x',
  ]) {
    await openWorkspace(page, url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(390);
  }
  await openWorkspace(page, PSORIASIS_MTX);
  await card(page, NAVARRO).getByRole('button', { name: 'Why this?' }).click();
  // The general caveats are shown once for every suggestion, above the cards.
  await page
    .getByTestId('shared-caveats')
    .getByRole('button', { name: /general caveats/ })
    .click();
  await combobox(page).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('no serious or critical accessibility violations: empty, results, open "Why this?" and legend', async ({
  page,
}) => {
  test.setTimeout(120_000); // five full axe scans of a long page, on a 2-core machine
  await openWorkspace(page);
  await expectNoSeriousAxeViolations(page);
  await openWorkspace(page, PSORIASIS_MTX);
  await expectNoSeriousAxeViolations(page);
  await card(page, NAVARRO).getByRole('button', { name: 'Why this?' }).click();
  await expect(card(page, NAVARRO).getByRole('region', { name: /^Why this/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await combobox(page).click();
  await expect(page.getByRole('listbox', { name: 'Conditions' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await openWorkspace(page, '/?condition=psoriasis&age=500');
  await expectNoSeriousAxeViolations(page);
});
