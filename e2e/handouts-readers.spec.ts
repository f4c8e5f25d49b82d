/**
 * Five handouts as a patient gets them (issue 18), printed by Chromium on A4 and US Letter: reading grade measured,
 * one or two pages, the hard stop on page 1 (from the PDF text), no amount for a patient outside the studied ages or
 * population, and "your child" for a child. With HANDOUT_PDF_DIR set, the PDFs are kept there to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

interface Case {
  name: string;
  /** Saved through the workspace (with its default ticks) or through the API with these suggestions. */
  workspace?: string;
  body?: object;
  clinic?: { name: string; phone: string };
  /** Must be on page 1 of the PDF. */
  page1: string[];
  /** Must be somewhere in the PDF. */
  contains: string[];
  /** Must not be anywhere in the PDF. */
  absent: string[];
}

const CASES: Case[] = [
  {
    name: 'infant-8-months-eczema-milk-allergy',
    workspace: '/?condition=atopic-dermatitis&factors=milk-allergy&ageMonths=8',
    clinic: { name: 'Northside Children’s Skin Clinic', phone: '+44 20 7946 0000' },
    page1: ['Important for your child', 'Your child has a milk allergy.', 'No probiotic is approved for babies'],
    contains: ['Probiotics and your child’s eczema', 'Why no probiotic is suggested for your child', 'aged 4 to 17'],
    absent: ['How to take it', 'CFU', 'You have a milk allergy', 'capsules a day'],
  },
  {
    name: 'pregnant-on-isotretinoin-acne',
    body: { condition: 'acne-vulgaris', regimen: ['isotretinoin'], factors: ['pregnant'], age: 28 },
    page1: ['Important for you and your baby', 'Isotretinoin must not be used in pregnancy.'],
    contains: ['Not for you right now', 'Is this product right for me and my baby?'],
    absent: ['you become pregnant', 'Keep using the skin treatment'],
  },
  {
    name: 'acne-19-adapalene-bpo-doxycycline',
    body: {
      condition: 'acne-vulgaris',
      regimen: ['adapalene', 'benzoyl-peroxide', 'oral-doxycycline'],
      factors: [],
      age: 19,
      suggestionIds: ['acne-vulgaris:jung-three-strain-lactobacillus-bifidobacterium'],
    },
    clinic: { name: 'City Dermatology', phone: '(555) 010-4477' },
    page1: ['Important for you', 'at least 2 hours before or after your antibiotic', 'How to take it'],
    contains: ['When to stop and call', '2 capsules a day'],
    // The study named no strain numbers: the label advice must not send the reader looking for them.
    absent: ['strain numbers', 'amount shown', 'exact amount'],
  },
  {
    name: 'psoriasis-methotrexate-45',
    body: {
      condition: 'psoriasis',
      regimen: ['topical-corticosteroid', 'methotrexate'],
      factors: [],
      age: 45,
      suggestionIds: ['psoriasis:navarro-lopez-psoriasis-three-strain', 'psoriasis:bacillus-spores-with-fos-xos-gos'],
    },
    page1: ['You take a medicine that lowers your body’s defences.', 'Live bacteria may then cause an infection.'],
    contains: ['the study did not include people in your situation', 'does not say how to take it'],
    // The trial left out people on methotrexate: its amount and strains are not printed.
    absent: ['1 billion CFU', 'CECT 8361'],
  },
  {
    name: 'no-suggestion-immunocompromised-psoriasis',
    body: { condition: 'psoriasis', regimen: [], factors: ['immunocompromised'], age: 60, suggestionIds: [] },
    clinic: { name: 'Riverside Clinic', phone: '020 7946 0111' },
    page1: [
      'Your body’s defences (immune system) are weak.',
      'Why no probiotic is suggested for you',
      'not safe for you right now',
    ],
    contains: ['When to call your doctor'],
    absent: ['How to take it', 'CFU'],
  },
];

const pdfPages = (file: string) => {
  const run = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return Number(/^Pages:\s+(\d+)/m.exec(run.stdout)?.[1]);
};

const pdfText = (file: string, page?: number) => {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  const run = spawnSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  // One line per paragraph line: join the wrapped lines, and the typographic apostrophe as printed.
  return run.stdout.replace(/-\n(?=[a-z])/g, '-').replace(/\s+/g, ' ');
};

async function open(page: Page, c: Case): Promise<void> {
  if (c.workspace) {
    await page.goto(c.workspace);
    await expect(page.locator('[data-hydrated]')).toBeAttached();
    const print = page.getByRole('button', { name: 'Print handout' });
    // Nothing is ticked for this patient, and the handout is still there to print.
    await expect(page.getByRole('checkbox', { name: 'Include in handout', checked: true })).toHaveCount(0);
    await expect(print).toBeEnabled();
    if (c.clinic) {
      await page.getByLabel('Clinic name (optional)').fill(c.clinic.name);
      await page.getByLabel('Clinic phone (optional)').fill(c.clinic.phone);
    }
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/handouts') && r.request().method() === 'POST');
    await print.click();
    const res = await saved;
    expect(res.status()).toBe(201);
    const sent = res.request().postDataJSON() as { suggestionIds: string[]; clinic?: object };
    expect(sent.suggestionIds).toEqual([]);
    if (c.clinic) expect(sent.clinic).toEqual(c.clinic);
    await expect(page).toHaveURL(/\/h\/[A-Za-z0-9_-]{22}$/);
    return;
  }
  const res = await page.request.post('/api/v1/handouts', {
    data: { ...c.body, ...(c.clinic ? { clinic: c.clinic } : {}) },
  });
  expect(res.status()).toBe(201);
  await page.goto((await res.json()).url);
}

for (const c of CASES) {
  test(`handout ${c.name}: grade ≤ 7, 1–2 pages on A4 and Letter, hard stop on page 1`, async ({ page }, info) => {
    await open(page, c);
    const grade = Number(
      /grade (\d+(?:\.\d+)?)/.exec((await page.getByText(/Reading level: grade/).textContent())!)![1],
    );
    expect(grade).toBeLessThanOrEqual(7);
    await page.emulateMedia({ media: 'print' });
    const keep = process.env.HANDOUT_PDF_DIR;
    for (const format of ['A4', 'Letter'] as const) {
      const file = keep ? path.join(keep, `${c.name}-${format}.pdf`) : info.outputPath(`${c.name}-${format}.pdf`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, await page.pdf({ format }));
      const pages = pdfPages(file);
      expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
      const first = pdfText(file, 1);
      for (const t of c.page1) expect(first, `${format} page 1`).toContain(t);
      const whole = pdfText(file);
      for (const t of c.contains) expect(whole, format).toContain(t);
      for (const t of c.absent) expect(whole, format).not.toContain(t);
      expect(whole).toContain('This sheet is from your clinician.');
      expect(whole).not.toContain('Reading level');
      if (c.clinic) {
        expect(whole).toContain(c.clinic.name);
        expect(whole).toContain(c.clinic.phone);
      }
      // A second page is never a near-empty one left by a forced break.
      if (pages === 2) expect(pdfText(file, 2).length, `${format} page 2 text`).toBeGreaterThan(400);
    }
  });
}

test('the clinic fields refuse what is not a clinic phone number, with the reason beside Print handout', async ({
  page,
}) => {
  await page.goto('/?condition=psoriasis&regimen=topical-corticosteroid&age=45');
  await expect(page.locator('[data-hydrated]')).toBeAttached();
  await page.getByLabel('Clinic phone (optional)').fill('call reception');
  await page.getByRole('button', { name: 'Print handout' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'clinic.phone must be a phone number' })).toBeVisible();
  await expect(page).not.toHaveURL(/\/h\//);
});
