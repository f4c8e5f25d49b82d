import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolationsIn, fixture, signInAsLocalStaff } from './fixtures';

test('discovery lists the services, with CORS', async ({ request }) => {
  const res = await request.get('/cds-services');
  expect(res.status()).toBe(200);
  expect(res.headers()['access-control-allow-origin']).toBe('*');
  const body = await res.json();
  expect(body.services.map((s: { id: string }) => s.id).sort()).toEqual([
    'gutskin-order-select',
    'gutskin-patient-view',
  ]);
});

test('every CDS route answers the preflight', async ({ request }) => {
  for (const path of [
    '/cds-services',
    '/cds-services/gutskin-patient-view',
    '/cds-services/gutskin-patient-view/feedback',
  ]) {
    const res = await request.fetch(path, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://sandbox.cds-hooks.org',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(res.status(), path).toBe(204);
    expect(res.headers()['access-control-allow-origin']).toBe('*');
    expect(res.headers()['access-control-allow-headers']).toBe('authorization, content-type');
  }
});

test('a browser on another origin can call a service (real preflight) and gets cards', async ({ page, baseURL }) => {
  const port = new URL(baseURL!).port;
  await page.goto(`http://localhost:${port}/robots.txt`);
  const result = await page.evaluate(
    async ({ url, body }) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer not-checked-when-auth-is-off' },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.json() };
    },
    { url: `http://127.0.0.1:${port}/cds-services/gutskin-patient-view`, body: fixture('psoriasis-methotrexate') },
  );
  expect(result.status).toBe(200);
  expect(result.body.cards.map((c: { indicator: string }) => c.indicator)).toEqual(['warning', 'info']);
});

test('missing prefetch, with no fhirServer to fetch it from, is 412 problem+json', async ({ request }) => {
  const data = fixture('missing-prefetch');
  delete data.fhirServer;
  const res = await request.post('/cds-services/gutskin-patient-view', { data });
  expect(res.status()).toBe(412);
  expect(res.headers()['content-type']).toBe('application/problem+json');
});

test('feedback is stored, listed on /cds/feedback and exported as CSV', async ({ page, request }) => {
  // Feedback is accepted only for a card this service issued, with a reason that card offered (issue 16).
  const issue = fixture('psoriasis-calcipotriene-betamethasone');
  issue.hookInstance = crypto.randomUUID();
  const issued = await request.post('/cds-services/gutskin-patient-view', { data: issue });
  expect(issued.status()).toBe(200);
  const [issuedCard] = (await issued.json()).cards as {
    uuid: string;
    summary: string;
    overrideReasons: { code: string; system: string; display: string }[];
  }[];
  const card = issuedCard!.uuid;
  const reason = issuedCard!.overrideReasons.find((r) => r.code === 'already-taking')!;
  const refused = await request.post('/cds-services/gutskin-patient-view/feedback', {
    data: {
      feedback: [{ card: crypto.randomUUID(), outcome: 'overridden', outcomeTimestamp: new Date().toISOString() }],
    },
  });
  expect(refused.status()).toBe(422);
  const res = await request.post('/cds-services/gutskin-patient-view/feedback', {
    data: {
      feedback: [
        {
          card,
          outcome: 'overridden',
          overrideReason: {
            // The code and system only: the audit page shows the display the card offered.
            reason: { code: reason.code, system: reason.system },
            userComment: 'Takes a yoghurt drink daily.',
          },
          outcomeTimestamp: new Date().toISOString(),
        },
      ],
    },
  });
  expect(res.status()).toBe(200);

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsLocalStaff(page);
  await expect(page.getByRole('heading', { level: 1, name: 'CDS Hooks feedback' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: card });
  await expect(row).toContainText('Overridden');
  await expect(row).toContainText(issuedCard!.summary);
  await expect(row).toContainText('Already taking a probiotic or prebiotic');
  await expect(row).toContainText('Takes a yoghurt drink daily.');
  // Scoped to this page's content: the shared footer is checked by the shell's own tests.
  await expectNoAxeViolationsIn(page, 'main');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download all feedback as CSV' }).click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toContain(`${card},overridden`);

  await page.setViewportSize({ width: 390, height: 800 });
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: card })).toContainText('Takes a yoghurt drink daily.');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
