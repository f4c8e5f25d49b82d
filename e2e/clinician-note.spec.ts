/**
 * The clinician answer for the record: Copy to note gives the API's text/plain note for the same state, the answer
 * prints on one or two pages (A4 and Letter) without the form, a content report reaches the staff page.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signInAsLocalStaff } from './staff';

const ACNE = '/?condition=acne-vulgaris&regimen=adapalene,benzoyl-peroxide,oral-doxycycline&age=19';
const PSORIASIS = '/?condition=psoriasis&regimen=topical-corticosteroid,calcipotriene,methotrexate&age=45';
const INFANT = '/?condition=atopic-dermatitis&factors=milk-allergy&ageMonths=8';
/** Two products offered, every caveat of each: the longest clinician answer among the journeys. */
const PSORIASIS_TOPICAL = '/?condition=psoriasis&regimen=topical-corticosteroid&age=45';
/** Nothing ticked: every product of the condition shown, the case the issue printed on 4 pages. */
const ACNE_BARE = '/?condition=acne-vulgaris';

const ARTIFACTS = path.join('test-results', 'clinician-note');

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  await expect(page.getByTestId('conclusion')).toBeVisible();
}

/** The API's note for the state in the page's address. */
async function apiNote(page: Page): Promise<string> {
  const query = new URL(page.url()).search;
  const res = await page.request.get(`/api/v1/recommendations${query}`, { headers: { Accept: 'text/plain' } });
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('text/plain; charset=utf-8');
  return res.text();
}

async function copyNote(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy to note' }).click();
  await expect(page.getByText('Copied: paste it into the record.')).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

function pdfPages(pdf: Buffer): number {
  const run = spawnSync('pdfinfo', ['-'], { input: pdf, encoding: 'latin1' });
  if (run.error || run.status !== 0) throw new Error(`pdfinfo failed: ${run.stderr || run.error?.message}`);
  return Number(/^Pages:\s+(\d+)/m.exec(run.stdout)?.[1]);
}

function pdfText(pdf: Buffer): string {
  // Reading order, not -layout: caveats print in two columns.
  const run = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'latin1', maxBuffer: 10_000_000 });
  if (run.error || run.status !== 0) throw new Error('pdftotext failed');
  return flat(Buffer.from(run.stdout, 'latin1').toString('utf8'));
}

/** Text with white space collapsed, and a word broken after its hyphen at a line end joined again. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/(\w)- (\w)/g, '$1-$2');
}

test.describe('Copy to note', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  });

  for (const [name, url] of [
    ['acne on adapalene, BPO and doxycycline at 19', ACNE],
    ['psoriasis on a steroid and calcipotriol starting methotrexate at 45', PSORIASIS],
    ["an 8-month-old with eczema and cow's-milk allergy", INFANT],
  ] as const) {
    test(`copies the API's text/plain note for the same state: ${name}`, async ({ page }) => {
      await open(page, url);
      const copied = await copyNote(page);
      expect(copied).toBe(await apiNote(page));
      // And it is the note of the answer on screen: its condition, alerts and version.
      expect(copied).toContain(`Condition: ${await page.locator('#results-heading').innerText()}`);
      await expect(page.getByTestId('provenance')).toContainText(copied.match(/Ruleset (\S+),/)![1]!);
    });
  }

  test('follows the answer when a tick changes, without a reload', async ({ page }) => {
    await open(page, '/?condition=acne-vulgaris&regimen=adapalene&age=19');
    const before = await copyNote(page);
    expect(before).not.toContain('Oral antibiotic');
    await page.getByRole('checkbox', { name: 'Doxycycline (oral)', exact: true }).check();
    await expect(page).toHaveURL(/oral-doxycycline/);
    await expect(page.getByTestId('answered-for')).toContainText('Doxycycline');
    const after = await copyNote(page);
    expect(after).toBe(await apiNote(page));
    expect(after).toContain('Doxycycline (oral)');
  });

  test('names the handout once one was printed for this answer', async ({ page, baseURL }) => {
    await open(page, PSORIASIS_TOPICAL);
    const api = await apiNote(page);
    await page.getByRole('button', { name: 'Print handout' }).click();
    await expect(page).toHaveURL(/\/h\/[A-Za-z0-9_-]{22}$/);
    const handout = page.url();
    await page.goBack();
    await expect(page.getByTestId('conclusion')).toBeVisible();
    const copied = await copyNote(page);
    expect(copied).toContain(`Patient handout: ${handout}`);
    expect(handout.startsWith(baseURL!)).toBe(true);
    // Otherwise the same note as the API's.
    expect(copied.replace(`Patient handout: ${handout}\n`, '')).toBe(api);
  });
});

test('when the clipboard is refused, the note is shown to select and copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await open(page, ACNE);
  await page.getByRole('button', { name: 'Copy to note' }).click();
  await expect(page.getByText('Copying was not allowed here')).toBeVisible();
  const box = page.getByRole('textbox', { name: /Note for the record/ });
  await expect(box).toBeFocused();
  expect(await box.inputValue()).toBe(await apiNote(page));
});

test.describe('the printed answer', () => {
  test.setTimeout(90_000);
  mkdirSync(ARTIFACTS, { recursive: true });

  for (const [name, url] of [
    ['acne-journey', ACNE],
    ['psoriasis-journey', PSORIASIS],
    ['infant-journey', INFANT],
    ['psoriasis-two-products', PSORIASIS_TOPICAL],
    ['acne-nothing-ticked', ACNE_BARE],
  ] as const) {
    test(`fits one or two pages of A4 and of Letter, without the form, caveats expanded: ${name}`, async ({ page }) => {
      await open(page, url);
      const version = (await page.getByTestId('provenance').innerText()).match(/Ruleset (\S+),/)![1]!;
      const reviewed = await page.getByTestId('kb-last-reviewed').innerText();
      const caveats = await page.locator('#results article ul[aria-label*="aveats for"] > li').allInnerTexts();
      expect(caveats.length).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      // No control of the form, the handout bar or the report form is printed.
      await expect(page.getByRole('form', { name: 'Condition, regimen and patient' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Copy to note' })).toBeHidden();
      await expect(page.getByRole('heading', { name: 'Patient handout' })).toBeHidden();
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format });
        writeFileSync(path.join(ARTIFACTS, `${name}-${format}.pdf`), pdf);
        const pages = pdfPages(pdf);
        expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
        expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
        const text = pdfText(pdf);
        expect(text).toContain(version);
        expect(text).toContain(`last reviewed ${reviewed}`);
        for (const absent of ['Copy to note', 'Print handout', 'Report a problem', 'Include in handout'])
          expect(text, absent).not.toContain(absent);
        expect(text).not.toMatch(/\d+ more general caveats?/);
        // Every caveat, the folded ones too, is on paper.
        for (const c of caveats.slice(0, 60)) {
          const words = flat(c).trim().slice(0, 40);
          if (words.length > 10) expect(text, `caveat "${words}"`).toContain(words);
        }
      }
    });
  }
});

test.describe('report a problem with the content', () => {
  test('warns about patient details, sends a report, and the content team sees it on the staff page', async ({
    page,
  }) => {
    await open(page, PSORIASIS_TOPICAL);
    await page.getByRole('button', { name: 'Report a problem with this content' }).click();
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Send the report' }) });
    await expect(form.getByText('Do not write anything about the patient')).toBeVisible();
    const text = form.getByRole('textbox', { name: 'What is wrong' });
    await expect(text).toHaveAttribute('maxlength', '1000');

    await text.fill('Patient born 12/03/1980 reacted to it.');
    await expect(form.getByText('This looks like it holds a date')).toBeVisible();
    await expect(form.getByRole('button', { name: 'Send the report' })).toBeDisabled();

    const unique = `Review interval wording unclear ${Date.now().toString(36)}`;
    await text.fill(unique);
    await expect(form.getByRole('button', { name: 'Send the report' })).toBeEnabled();
    const about = form.getByRole('combobox', { name: 'About' });
    const product = (await about.locator('option').nth(1).innerText()).trim();
    await about.selectOption({ index: 1 });
    await form.getByRole('combobox', { name: 'Problem' }).selectOption({ label: 'The wording is unclear or wrong' });
    expect((await new AxeBuilder({ page }).include('#results').analyze()).violations).toEqual([]);
    await form.getByRole('button', { name: 'Send the report' }).click();
    await expect(page.getByText('Thank you: the content team will review it.')).toBeVisible();

    await signInAsLocalStaff(page, '/staff/content-reports');
    await expect(page.getByRole('heading', { level: 1, name: 'Content reports' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: unique });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Psoriasis');
    await expect(row).toContainText(product);
    await expect(row).toContainText('The wording is unclear or wrong');
    expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([]);
  });

  test('the API refuses a report with patient details (400 problem+json) and the staff page needs sign-in', async ({
    page,
    request,
  }) => {
    const version = (await (await request.get('/api/v1/conditions')).json()).rulesetVersion;
    const res = await request.post('/api/v1/content-reports', {
      data: { rulesetVersion: version, condition: 'psoriasis', category: 'other', text: 'Email me at a.b@example.org' },
    });
    expect(res.status()).toBe(400);
    expect(res.headers()['content-type']).toBe('application/problem+json');
    await page.goto('/staff/content-reports');
    await expect(page).toHaveURL(/\/staff\/sign-in\?next=%2Fstaff%2Fcontent-reports/);
  });
});

test('the answer with its tools: axe clean, the last-reviewed date on it, screenshots at desktop and phone', async ({
  page,
}) => {
  await open(page, ACNE);
  await expect(page.getByTestId('kb-last-reviewed')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('button', { name: 'Copy to note' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this answer' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.locator('#results-heading').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, 'answer-desktop.png') });
  await page.getByRole('button', { name: 'Report a problem with this content' }).click();
  await page.getByTestId('provenance').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, 'answer-desktop-end.png'), fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Copy to note' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, 'answer-phone.png') });
});
