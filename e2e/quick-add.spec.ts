import { expect, test, type Page } from '@playwright/test';
import { answer, expectNoSeriousAxeViolations, openWorkspace as open } from './fixtures';

const combobox = (page: Page) => page.getByRole('combobox', { name: 'Condition' });
const regimenField = (page: Page) => page.getByRole('combobox', { name: 'Add to the regimen' });
const factorField = (page: Page) => page.getByRole('combobox', { name: 'Add a factor' });
const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
const chips = (page: Page, testId: string) => page.getByTestId(testId).getByTestId('chips').locator('li');
const chipNames = async (page: Page, testId: string) =>
  (await chips(page, testId).locator('span').allTextContents()).map((t) => t.trim());
const alertCodes = (page: Page) =>
  page
    .getByTestId('alerts')
    .locator('[data-code]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
/** The answer is for the current inputs: not loading, and the status line names the condition. */
async function answered(page: Page) {
  await expect(answer(page)).toHaveAttribute('aria-busy', 'false');
}

/** Presses keys one at a time with `ms` between them (a key of one character is typed as itself). */
async function keys(page: Page, sequence: readonly string[], ms: number) {
  for (const key of sequence) {
    await page.keyboard.press(key, { delay: 10 });
    await page.waitForTimeout(ms);
  }
}
const letters = (text: string) => [...text];

test('a whole acne regimen in a few keystrokes: "ada" Enter "bpo" Enter "dox" Enter', async ({ page }) => {
  await open(page, '/?condition=acne-vulgaris');
  await regimenField(page).focus();
  let pressed = 0;
  for (const typed of ['ada', 'bpo', 'dox']) {
    await keys(page, [...letters(typed), 'Enter'], 60);
    pressed += typed.length + 1;
  }
  expect(pressed).toBe(12);
  await expect(page).toHaveURL(/regimen=benzoyl-peroxide,adapalene,oral-doxycycline(&|$)/);
  // Chips in the order they went in; the boxes agree.
  expect(await chipNames(page, 'regimen-quick-add')).toEqual([
    'Adapalene (topical retinoid)',
    'Benzoyl peroxide (topical or wash)',
    'Doxycycline (oral)',
  ]);
  for (const name of ['Adapalene (topical retinoid)', 'Benzoyl peroxide (topical or wash)', 'Doxycycline (oral)'])
    await expect(checkbox(page, name)).toBeChecked();
  await expect(regimenField(page)).toBeFocused();
  await expect(regimenField(page)).toHaveValue('');

  // The answer is for what was entered: the antibiotic's spacing alert is there.
  await answered(page);
  expect(await alertCodes(page)).toContain('oral-antibiotic-spacing');
});

test('Backspace in the empty field takes out the last chip, and only that one', async ({ page }) => {
  await open(page, '/?condition=psoriasis');
  await regimenField(page).focus();
  await keys(page, [...letters('tcs'), 'Enter', ...letters('mtx'), 'Enter'], 40);
  await expect(page).toHaveURL(/regimen=topical-corticosteroid,methotrexate(&|$)/);
  // Backspace while text is in the field edits the text, not the chips.
  await keys(page, ['x', 'Backspace'], 40);
  await expect(checkbox(page, 'Methotrexate')).toBeChecked();
  await page.keyboard.press('Backspace');
  await expect(checkbox(page, 'Methotrexate')).not.toBeChecked();
  await expect(checkbox(page, 'Topical corticosteroid')).toBeChecked();
  expect(await chipNames(page, 'regimen-quick-add')).toEqual(['Topical corticosteroid']);
  await expect(page.getByTestId('regimen-quick-add').getByRole('status')).toHaveText('Removed Methotrexate.');
  await expect(page).toHaveURL(/regimen=topical-corticosteroid(&|$)/);
});

test('chips and checkboxes are one state: ticking a box adds a chip, a chip’s × unticks the box', async ({ page }) => {
  await open(page, '/?condition=psoriasis&regimen=calcipotriene');
  expect(await chipNames(page, 'regimen-quick-add')).toEqual(['Calcipotriene / calcipotriol (vitamin D analogue)']);
  await checkbox(page, 'Methotrexate').check();
  expect(await chipNames(page, 'regimen-quick-add')).toEqual([
    'Calcipotriene / calcipotriol (vitamin D analogue)',
    'Methotrexate',
  ]);
  await page.getByRole('button', { name: 'Take out Calcipotriene / calcipotriol (vitamin D analogue)' }).click();
  await expect(checkbox(page, 'Calcipotriene / calcipotriol (vitamin D analogue)')).not.toBeChecked();
  await expect(checkbox(page, 'Methotrexate')).toBeChecked();
  await expect(page).toHaveURL(/regimen=methotrexate(&|$)/);
  // Backspace takes out the last one in, whichever way it came in.
  await regimenField(page).focus();
  await page.keyboard.press('Backspace');
  await expect(checkbox(page, 'Methotrexate')).not.toBeChecked();
  await expect(chips(page, 'regimen-quick-add')).toHaveCount(0);

  // Factors the same way: "cmpa" Enter ticks cow's milk allergy; unticking removes the chip.
  await factorField(page).focus();
  await keys(page, [...letters('cmpa'), 'Enter'], 40);
  await expect(checkbox(page, "Cow's milk allergy")).toBeChecked();
  expect(await chipNames(page, 'factor-quick-add')).toEqual(["Cow's milk allergy"]);
  await checkbox(page, "Cow's milk allergy").uncheck();
  await expect(chips(page, 'factor-quick-add')).toHaveCount(0);
});

test('text that matches nothing is said beside the field, and Enter adds nothing', async ({ page }) => {
  await open(page, '/?condition=acne-vulgaris');
  const status = page.getByTestId('regimen-quick-add').getByRole('status');
  await regimenField(page).fill('zzq');
  await expect(status).toHaveText('Nothing in the regimen list for Acne vulgaris matches “zzq”.');
  await regimenField(page).press('Enter');
  await expect(page).toHaveURL(/\/\?condition=acne-vulgaris$/);
  await expect(regimenField(page)).toHaveValue('zzq');
  // A drug the knowledge base knows, but not for this condition, is named.
  await regimenField(page).fill('mtx');
  await expect(status).toHaveText('Methotrexate is not in the regimen list for Acne vulgaris.');
  // One already in is said to be so.
  await regimenField(page).fill('dox');
  await regimenField(page).press('Enter');
  await regimenField(page).fill('dox');
  await expect(status).toHaveText('Doxycycline (oral): already in.');
  // Text left in the field when leaving it is not silently dropped either.
  await regimenField(page).fill('ada');
  await page.keyboard.press('Tab');
  await expect(status).toHaveText('“ada” is not added yet: press Enter in the field to add it.');
  await expect(checkbox(page, 'Adapalene (topical retinoid)')).not.toBeChecked();
});

test('arrows pick another match before Enter; a class lists its members', async ({ page }) => {
  await open(page, '/?condition=acne-vulgaris');
  await regimenField(page).fill('tetracycline');
  const options = page.getByRole('listbox', { name: 'Add to the regimen: matches' }).getByRole('option');
  await expect(options).toHaveText([/^Doxycycline \(oral\)/, /^Minocycline \(oral\)/, /^Sarecycline \(oral\)/]);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(checkbox(page, 'Minocycline (oral)')).toBeChecked();
  await expect(checkbox(page, 'Doxycycline (oral)')).not.toBeChecked();
  // A brand from the product information: Differin is adapalene.
  await regimenField(page).fill('differin');
  await expect(options.first()).toHaveText(/Adapalene \(topical retinoid\).*brand Differin/);
});

for (const delay of [30, 150]) {
  test(`the issue's key sequence at ${delay} ms per key keeps every tick with roving tabindex`, async ({ page }) => {
    await open(page, '/?condition=acne-vulgaris');
    await checkbox(page, 'Benzoyl peroxide (topical or wash)').focus();
    await keys(page, ['Space', 'a', 'Space', 'd', 'Space'], delay);
    for (const name of ['Benzoyl peroxide (topical or wash)', 'Adapalene (topical retinoid)', 'Doxycycline (oral)'])
      await expect(checkbox(page, name)).toBeChecked();
    await expect(page).toHaveURL(/regimen=benzoyl-peroxide,adapalene,oral-doxycycline(&|$)/);
    expect(await chipNames(page, 'regimen-quick-add')).toEqual([
      'Benzoyl peroxide (topical or wash)',
      'Adapalene (topical retinoid)',
      'Doxycycline (oral)',
    ]);
    await answered(page);
    expect(await alertCodes(page)).toContain('oral-antibiotic-spacing');
  });
}

test('one Tab stop per group: Tab moves between groups, arrows within, Space ticks', async ({ page }) => {
  await open(page, '/?condition=acne-vulgaris');
  // Exactly one box per group can take Tab focus.
  for (const group of [
    'Topical treatment',
    'Oral or injected co-therapy',
    'Serious risks',
    'Other risks and medicines',
    'Allergies and intolerances',
    'Context',
  ]) {
    const boxes = page.getByRole('group', { name: new RegExp(`^${group}`) }).getByRole('checkbox');
    const tabbable = await boxes.evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex === 0).length);
    expect(tabbable, group).toBe(1);
  }

  await combobox(page).focus();
  const stops: string[] = [];
  for (let i = 0; i < 11; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        if (!el) return '';
        if (el.type === 'checkbox') return `box:${el.closest('label')?.textContent?.trim()}`;
        return `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent?.trim() ?? ''}`;
      }),
    );
  }
  expect(stops).toEqual([
    'input:Add to the regimen',
    'box:Benzoyl peroxide (topical or wash)',
    'box:Doxycycline (oral)',
    'input:Age (optional)',
    'select:Age unit',
    'input:Add a factor',
    'box:Immunocompromised',
    'box:Heart valve disease or past endocarditis',
    "box:Cow's milk allergy",
    'box:Family history of atopy',
    'button:',
  ]);

  // Arrows move within; the group's Tab stop follows the focus, and Space ticks.
  await checkbox(page, 'Benzoyl peroxide (topical or wash)').focus();
  await page.keyboard.press('ArrowDown');
  await expect(checkbox(page, 'Adapalene (topical retinoid)')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(checkbox(page, 'Adapalene (topical retinoid)')).toBeChecked();
  await expect(checkbox(page, 'Adapalene (topical retinoid)')).toHaveAttribute('tabindex', '0');
  await expect(checkbox(page, 'Benzoyl peroxide (topical or wash)')).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Tab');
  await expect(checkbox(page, 'Doxycycline (oral)')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(checkbox(page, 'Adapalene (topical retinoid)')).toBeFocused();
});

test('keyboard only: an 8-month-old with eczema and cow’s milk allergy, answer with the infant and milk alerts', async ({
  page,
}) => {
  await open(page);
  await page.keyboard.press('/');
  await keys(page, [...letters('eczema'), 'Enter', 'Tab', 'Tab', 'Tab', 'Tab', ...letters('8m')], 40);
  await keys(page, ['Tab', 'Tab', ...letters('cmpa'), 'Enter'], 40);
  await expect(page).toHaveURL(/condition=atopic-dermatitis&factors=milk-allergy&ageMonths=8$/);
  await answered(page);
  await expect(page.getByTestId('answered-for')).toContainText('8 months old');
  const codes = await alertCodes(page);
  expect(codes).toContain('infant');
  expect(codes).toContain('milk-allergen');
});

test('no serious or critical accessibility violations with chips, an open match list and a no-match message', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await open(page, '/?condition=acne-vulgaris&regimen=adapalene,oral-doxycycline&factors=milk-allergy&age=19');
  const check = () => expectNoSeriousAxeViolations(page);
  await check();
  await regimenField(page).fill('b');
  await expect(page.getByRole('listbox', { name: 'Add to the regimen: matches' })).toBeVisible();
  await check();
  await regimenField(page).fill('zzq');
  await check();
});

test('screenshots: the workspace with chips at desktop and 390 px', async ({ page }) => {
  const url =
    '/?condition=acne-vulgaris&regimen=benzoyl-peroxide,adapalene,oral-doxycycline&factors=milk-allergy&age=19';
  for (const [name, size] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await open(page, url);
    await regimenField(page).fill('mino');
    await expect(page.getByRole('listbox', { name: 'Add to the regimen: matches' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: `test-results/quick-add-${name}.png` });
  }
});
