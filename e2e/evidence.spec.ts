import { expect, test } from '@playwright/test';
import { getKnowledgeBase } from '../lib/kb';
import { CERTAINTY_LABEL, formatIsoDate, STANCE_LABEL, VERDICT_LABEL } from '../lib/kb/labels';
import { sourceUrl } from '../lib/rules/engine';
import { expectNoSeriousAxeViolations } from './fixtures';

const kb = getKnowledgeBase();
const withEvidence = kb.data.conditions.filter((c) => (kb.statementsByCondition.get(c.id) ?? []).length > 0);

interface Suggestion {
  evidenceUrl: string;
  adjunct: { id: string; name: string };
  evidence: { certainty: keyof typeof CERTAINTY_LABEL; strength: string; sourceIds: string[] };
  evidenceStance: keyof typeof STANCE_LABEL;
}

/** The publication link a source page must offer: DOI, PubMed, PubMed Central, or the knowledge base's URL. */
function expectedPublicationHref(sourceId: string): string {
  const source = kb.sourcesById.get(sourceId)!;
  const href = sourceUrl(source);
  const allowed =
    href.startsWith('https://doi.org/') ||
    href.startsWith('https://pubmed.ncbi.nlm.nih.gov/') ||
    href.startsWith('https://pmc.ncbi.nlm.nih.gov/articles/') ||
    href === source.url;
  expect(allowed, `${sourceId} has a DOI, PubMed, PMC or KB link (${href})`).toBe(true);
  return href;
}

test.describe('from a suggestion to its publication in three clicks', () => {
  test('every condition with graded evidence answers suggestions from the API', async ({ request }) => {
    const res = await request.get('/api/v1/conditions');
    const ids: string[] = (await res.json()).conditions.map((c: { id: string }) => c.id);
    expect(ids).toEqual(expect.arrayContaining(withEvidence.map((c) => c.id)));
  });

  for (const condition of withEvidence) {
    test(`${condition.id}: API evidenceUrl → evidence page → source page → publication link`, async ({
      page,
      request,
    }) => {
      const res = await request.get(`/api/v1/recommendations?condition=${condition.id}`);
      expect(res.status()).toBe(200);
      const suggestions: Suggestion[] = (await res.json()).suggestions;
      expect(suggestions.length).toBe(kb.statementsByCondition.get(condition.id)!.length);

      for (const s of suggestions) {
        // Click 1 (in the workspace card, built elsewhere) lands here.
        await page.goto(s.evidenceUrl);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.adjunct.name);
        const grades = page.getByRole('table', { name: /certainty, strength and stance/i });
        await expect(grades).toContainText(`${CERTAINTY_LABEL[s.evidence.certainty]} certainty`);
        await expect(grades).toContainText(`SORT strength ${s.evidence.strength}`);
        await expect(grades).toContainText(STANCE_LABEL[s.evidenceStance]);
        await expect(page.getByRole('link', { name: `Open ${condition.name} in the workspace` })).toHaveAttribute(
          'href',
          `/?condition=${condition.id}`,
        );

        // Click 2: the first source of the suggestion.
        const firstSource = s.evidence.sourceIds[0]!;
        const sources = page.getByRole('region', { name: 'Sources' });
        await sources.locator(`a[href="/sources/${firstSource}"]`).first().click();
        await expect(page).toHaveURL(new RegExp(`/sources/${firstSource}$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(kb.sourcesById.get(firstSource)!.label);

        // Click 3 is available: the DOI, PubMed or recorded URL.
        const href = expectedPublicationHref(firstSource);
        await expect(page.locator(`a[href="${href}"]`).first()).toBeVisible();
        // And the source page links back to the evidence that cites it.
        await expect(page.locator(`a[href="${s.evidenceUrl}"]`).first()).toBeVisible();
      }
    });
  }

  for (const condition of withEvidence) {
    test(`${condition.id}: workspace card → evidence page → source page → publication link, by clicking`, async ({
      page,
    }) => {
      await page.goto(`/?condition=${condition.id}`);
      await expect(page.locator('[data-hydrated]')).toBeAttached();
      // Click 1: the first card's evidence link.
      const firstCard = page.locator('article[data-suggestion]').first();
      await firstCard.getByRole('link', { name: /Evidence details/ }).click();
      await expect(page).toHaveURL(new RegExp(`/evidence/${condition.id}/[a-z0-9-]+$`));
      // Click 2: the first source listed on the evidence page.
      const sourceLink = page.getByRole('region', { name: 'Sources' }).locator('a[href^="/sources/"]').first();
      const sourceId = (await sourceLink.getAttribute('href'))!.split('/').pop()!;
      await sourceLink.click();
      await expect(page).toHaveURL(new RegExp(`/sources/${sourceId}$`));
      // Click 3: the publication link is there to follow.
      await expect(page.locator(`a[href="${expectedPublicationHref(sourceId)}"]`).first()).toBeVisible();
    });
  }

  test('every source page offers its publication link and its citation', async ({ page }) => {
    test.setTimeout(kb.data.sources.length * 2_000);
    for (const source of kb.data.sources) {
      await page.goto(`/sources/${source.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.label);
      await expect(page.getByText(source.citation, { exact: true })).toBeVisible();
      await expect(page.locator(`a[href="${expectedPublicationHref(source.id)}"]`).first()).toBeVisible();
      if (source.doi) await expect(page.locator(`a[href="https://doi.org/${source.doi}"]`).first()).toBeVisible();
      if (source.pmid)
        await expect(page.locator(`a[href="https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/"]`).first()).toBeVisible();
      if (source.pmcid)
        await expect(
          page.locator(`a[href="https://pmc.ncbi.nlm.nih.gov/articles/${source.pmcid}/"]`).first(),
        ).toBeVisible();
    }
  });
});

test.describe('page content', () => {
  test('the evidence page shows the product as studied, and warns when the dose was not checked', async ({ page }) => {
    await page.goto('/evidence/psoriasis/bacillus-spores-with-fos-xos-gos');
    const product = page.getByRole('region', { name: 'The product as studied' });
    await expect(product).toContainText('Bacillus coagulans');
    await expect(product).toContainText('SC208');
    await expect(product).toContainText('Fructo-oligosaccharides');
    await expect(product.getByRole('note')).toContainText('Dose not checked');
    // Each part as studied, with what was not reported said so (issue 15).
    await expect(product.locator('[data-as-studied="background"]')).toContainText(
      'Topical anti-psoriatic therapy in both groups',
    );
    await expect(product.locator('[data-as-studied="product"]')).toContainText('Not reported in what we could read.');
    // The founding letter's claim about this study, quoted and appraised.
    const letter = page.getByRole('region', { name: /founding letter/i });
    await expect(letter.locator('blockquote')).toContainText('Letter:');
    await expect(letter).toContainText(VERDICT_LABEL.partly);
    // The reasons certainty was rated down.
    await expect(page.getByRole('table', { name: /rated down/i })).toContainText('Risk of bias');

    await page.goto('/evidence/psoriasis/navarro-lopez-psoriasis-three-strain');
    await expect(page.getByRole('region', { name: 'The product as studied' }).getByRole('note')).toHaveCount(0);
  });

  test('the condition page grades each product, marks provisional codes and opens the workspace', async ({ page }) => {
    await page.goto('/conditions/seborrheic-dermatitis');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seborrheic dermatitis');
    await expect(
      page.getByRole('table', { name: /diagnosis codes/i }).getByRole('row', { name: /50563003/ }),
    ).toContainText('Provisional');
    const products = page.getByRole('table', { name: /grades for each product/i });
    await expect(products.getByRole('link')).toHaveCount(kb.statementsByCondition.get('seborrheic-dermatitis')!.length);
    await expect(page.getByRole('link', { name: 'Open in workspace' })).toHaveAttribute(
      'href',
      '/?condition=seborrheic-dermatitis',
    );
    await expect(page.getByRole('heading', { name: 'Safety checks applied to every suggestion' })).toBeVisible();

    await page.goto('/conditions/hidradenitis-suppurativa');
    await expect(page.getByText('Insufficient evidence', { exact: true })).toBeVisible();
    await expect(page.getByText(/No product is graded for this condition/)).toBeVisible();
  });

  test('the letter page shows every claim with its verdict, and says plainly that "substantial clinical evidence" is not supported', async ({
    page,
  }) => {
    await page.goto('/letter');
    await expect(page.getByText('OCEBM level 5, SORT C', { exact: false }).first()).toBeVisible();
    await expect(page.locator('a[href="https://doi.org/10.47391/JPMA.30238"]').first()).toBeVisible();
    for (const claim of kb.data.letterClaims) {
      const article = page.locator(`article#${claim.id}`);
      await expect(article.locator('blockquote')).toContainText(`Letter: “${claim.quote}”`);
      await expect(article).toContainText(VERDICT_LABEL[claim.verdict]);
      await expect(article).toContainText(claim.appraisal);
      await expect(article).toContainText('What it rests on');
      await expect(article).toContainText(claim.ourGrades);
      if (claim.citedSourceIds.length === 0) await expect(article).toContainText('No reference given');
    }
    const substantial = page.locator('article#substantial-evidence');
    await expect(substantial).toContainText('substantial clinical evidence');
    await expect(substantial).toContainText('Does not support');
    await expect(substantial).toContainText('not supported by the evidence');
    const grades = page.getByRole('region', { name: 'Our grades, for comparison' });
    for (const c of kb.data.conditions) await expect(grades).toContainText(c.name);
  });

  test('the methods page states intended use, the inputs used and not used, and the same version as the API', async ({
    page,
    request,
  }) => {
    const { rulesetVersion } = await (await request.get('/api/v1/conditions')).json();
    await page.goto('/methods');
    const main = page.getByRole('main');
    await expect(main).toContainText('Not for time-critical or emergency decisions');
    await expect(main).toContainText('not a substitute for clinical judgement');
    await expect(main).toContainText(rulesetVersion);
    await expect(main).toContainText(formatIsoDate(kb.data.release.nextReviewDue));
    await expect(main).toContainText(kb.data.release.funding);
    await expect(main).toContainText(
      'No race, ethnicity, language, sexual orientation, gender identity, sex, date of birth',
    );
    for (const f of kb.data.factors) await expect(main).toContainText(f.name);
    for (const r of kb.data.safetyRules) await expect(page.locator(`#rule-${r.id}`)).toContainText(r.text);
  });

  test('the evidence index links every condition, the letter, the methods and every source', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evidence' }).click();
    await expect(page).toHaveURL(/\/evidence$/);
    for (const c of kb.data.conditions) await expect(page.locator(`main a[href="/conditions/${c.id}"]`)).toHaveCount(1);
    for (const s of kb.data.sources) await expect(page.locator(`main a[href="/sources/${s.id}"]`)).toHaveCount(1);
    await expect(page.locator('main a[href="/letter"]')).toHaveCount(1);
    await expect(page.locator('main a[href="/methods"]').first()).toBeVisible();
  });
});

test.describe('accessibility', () => {
  const pages = [
    '/evidence',
    '/conditions/psoriasis',
    '/conditions/hidradenitis-suppurativa',
    '/evidence/psoriasis/bacillus-spores-with-fos-xos-gos',
    '/sources/jung-2013',
    '/letter',
    '/methods',
  ];
  for (const path of pages) {
    test(`${path} has no serious or critical axe violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoSeriousAxeViolations(page);
    });
  }

  test('the evidence page has no serious axe violations on a phone either', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/evidence/acne-vulgaris/lactobacillus-rhamnosus-cect-30031-arthrospira');
    await expectNoSeriousAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe('unknown ids', () => {
  for (const path of [
    '/sources/nope',
    '/evidence/psoriasis/nope',
    '/evidence/nope/multistrain',
    '/conditions/nope',
    '/evidence/psoriasis/lgg-perinatal',
  ]) {
    test(`${path} answers 404`, async ({ request }) => {
      const res = await request.get(path, { maxRedirects: 0 });
      expect(res.status()).toBe(404);
    });
  }

  test('/evidence/{condition} forwards to the condition page', async ({ request }) => {
    const res = await request.get('/evidence/psoriasis', { maxRedirects: 0 });
    expect([301, 308]).toContain(res.status());
    expect(res.headers().location).toMatch(/\/conditions\/psoriasis$/);
  });
});

test.describe('print', () => {
  test('an evidence page prints without the app chrome, with link addresses, to a PDF', async ({ page }) => {
    await page.goto('/evidence/acne-vulgaris/jung-three-strain-lactobacillus-bifidobacterium');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(/Printed from GutSkin CDS/)).toBeVisible();

    const doiLink = page.locator('a[href="https://doi.org/10.2310/7750.2012.12026"]').first();
    const after = await doiLink.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://doi.org/10.2310/7750.2012.12026');
    const colour = await page.getByRole('heading', { level: 1 }).evaluate((h) => getComputedStyle(h).color);
    expect(colour).toBe('rgb(0, 0, 0)');

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
  });
});
