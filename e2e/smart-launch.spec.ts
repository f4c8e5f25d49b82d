/**
 * SMART App Launch end to end: a simulated EHR (scripts/testing/smart-server.ts: oidc-provider as the authorization
 * server, configured for SMART scopes and launch context, and a FHIR server with the shared fixtures) and an app
 * instance of its own (its own SQLite file and captured output, so the test can look inside both afterwards),
 * driven through Chromium: EHR launch to a filled workspace, standalone launch, denied consent, an expired token
 * refreshed or the user told, a wrong state refused, an issuer off the allow-list refused, and a CDS card's smart
 * link opening the card's view. Ports: E2E_SMART_PORT (authorization server), +1 (FHIR), +2 (the app).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { type RunningServer, startServer } from '../scripts/lib/server';
import { expectNoAxeViolationsIn, fixture } from './fixtures';

const BASE = Number(process.env.E2E_SMART_PORT ?? 3190);
const AUTH = `http://127.0.0.1:${BASE}`;
const ISS = `http://127.0.0.1:${BASE + 1}/fhir`;
const APP_PORT = BASE + 2;
const SHOTS = 'e2e/.tmp/smart';

test.describe.configure({ mode: 'serial' });
test.setTimeout(60_000);

let app: RunningServer;
let ehr: ChildProcess;
let ehrOutput = '';
let dir: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(path.join(tmpdir(), 'gutskin-smart-e2e-'));
  // A server left on the port (another run) would be tested instead of this one: refuse to start then.
  const taken = await fetch(`${ISS}/.well-known/smart-configuration`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`Port ${BASE + 1} is already in use; stop what runs there or set E2E_SMART_PORT.`);
  // Its own process group, so stopping it also stops the node process tsx starts.
  ehr = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/testing/smart-server.ts'], {
    env: {
      ...process.env,
      SMART_AUTH_PORT: String(BASE),
      SMART_FHIR_PORT: String(BASE + 1),
      SMART_CLIENT_REDIRECT: `http://127.0.0.1:${APP_PORT}/launch/callback`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  ehr.stdout!.on('data', (d) => (ehrOutput += d));
  ehr.stderr!.on('data', (d) => (ehrOutput += d));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${ISS}/.well-known/smart-configuration`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 120) throw new Error(`The simulated EHR did not start:\n${ehrOutput}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  app = await startServer(APP_PORT, {
    DATABASE_URL: `file:${path.join(dir, 'smart.db')}`,
    RATE_LIMIT_DISABLED: '1',
    SMART_ISSUERS: ISS,
    SMART_CLIENT_ID: 'gutskin-smart-e2e',
    SMART_CLIENT_SECRET: 'gutskin-smart-e2e-secret-not-for-production',
  });
});

test.afterAll(async () => {
  await app?.stop();
  if (ehr?.pid && ehr.exitCode === null) {
    const exited = new Promise((r) => ehr.once('exit', r));
    process.kill(-ehr.pid, 'SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The `launch` value the simulated EHR understands (an EHR's own launch ids are opaque to the app). */
const launchId = (context: Record<string, unknown>) => Buffer.from(JSON.stringify(context)).toString('base64url');

const stats = async () =>
  (await (await fetch(`${AUTH}/test/stats`)).json()) as {
    fhirRequests: number;
    tokenRequests: Record<string, number>;
  };

/** Signs in at the EHR's authorization server (its development login page) and, unless told not to, consents. */
async function signInAtEhr(page: Page, { consent = true } = {}) {
  await expect(page).toHaveURL(new RegExp(`^${AUTH}/interaction/`));
  await page.locator('input[name="login"]').fill('dr-osei');
  await page.locator('input[name="password"]').fill('any-password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  if (consent) await page.getByRole('button', { name: 'Continue' }).click();
}

/** The authorization request the app sent (the first navigation to the EHR's /auth). */
function authorizationRequest(page: Page): Promise<URL> {
  return page.waitForRequest((r) => r.url().startsWith(`${AUTH}/auth?`)).then((r) => new URL(r.url()));
}

test('EHR launch: the workspace opens filled from the chart, marked "from the record", with its answer', async ({
  page,
}) => {
  const authorize = authorizationRequest(page);
  await page.goto(`${app.url}/launch?iss=${encodeURIComponent(ISS)}&launch=${launchId({ patient: 'example' })}`);
  const sent = (await authorize).searchParams;
  expect(sent.get('scope')).toBe('launch patient/*.rs openid fhirUser');
  expect(sent.get('code_challenge_method')).toBe('S256');
  expect(sent.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(sent.get('aud')).toBe(ISS);
  expect(sent.get('state')).toBeTruthy();
  expect(sent.get('client_id')).toBe('gutskin-smart-e2e');
  await signInAtEhr(page);

  // The derm fixture: psoriasis (SNOMED CT), methotrexate 2.5 mg tablet, cow's-milk allergy, born 1974-12-25.
  await expect(page).toHaveURL(new RegExp(`^${app.url}/\\?condition=psoriasis&`));
  const url = new URL(page.url());
  expect(url.searchParams.get('regimen')?.split(',')).toContain('methotrexate');
  expect(url.searchParams.get('factors')?.split(',')).toContain('milk-allergy');
  expect(url.searchParams.get('age')).toMatch(/^5\d$/);
  // No identifiers in the address: not the patient id, name or birth date.
  expect(page.url()).not.toMatch(/example|Chalmers|1974|patient/i);

  const panel = page.getByTestId('record-panel');
  await expect(panel.getByRole('heading', { name: 'Filled from the patient’s record' })).toBeVisible();
  for (const item of ['Psoriasis', 'Methotrexate', /Cow.s milk allergy/, /^\d+ years/]) {
    await expect(panel.getByRole('listitem').filter({ hasText: item }).getByText('from the record')).toBeVisible();
  }
  await expect(panel).toContainText('SNOMED CT 9014002');
  await expect(panel).toContainText('Pregnancy and breastfeeding are not read from the record');
  // The answer, without typing anything.
  await expect(page.getByRole('heading', { level: 2, name: 'Psoriasis' })).toBeVisible();
  await expect(page.locator('[data-hydrated]')).toBeVisible();
  await expectNoAxeViolationsIn(page, '[data-testid="record-panel"]');
  await page.screenshot({ path: `${SHOTS}/ehr-launch-filled.png`, fullPage: true });
  await page.screenshot({ path: `${SHOTS}/ehr-launch-top.png` });
  await page.setViewportSize({ width: 390, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await panel.screenshot({ path: `${SHOTS}/record-panel-phone.png` });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Editable: unticking the allergy keeps the answer live and the mark says it was changed.
  await page.getByRole('checkbox', { name: /Cow.s milk allergy/ }).uncheck();
  await expect(page).not.toHaveURL(/milk-allergy/);
  await expect(
    panel
      .getByRole('listitem')
      .filter({ hasText: /Cow.s milk allergy/ })
      .getByText('changed by you'),
  ).toBeVisible();

  // Stop using the record: the session is forgotten; reading again now asks for a new launch.
  await panel.getByRole('button', { name: 'Stop using the record' }).click();
  await expect(page).toHaveURL(`${app.url}/`);
  await expect(page.getByTestId('record-panel')).toHaveCount(0);
  const again = await page.goto(`${app.url}/launch/refresh`);
  expect(again?.status()).toBe(401);
  await expect(page.getByRole('heading', { name: 'No launch to read from' })).toBeVisible();
});

test('standalone launch asks for launch/patient and fills the workspace for the patient the EHR picks', async ({
  page,
}) => {
  const authorize = authorizationRequest(page);
  await page.goto(`${app.url}/launch?iss=${encodeURIComponent(ISS)}`);
  const sent = (await authorize).searchParams;
  expect(sent.get('scope')).toBe('launch/patient patient/*.rs openid fhirUser');
  expect(sent.has('launch')).toBe(false);
  expect(sent.get('code_challenge_method')).toBe('S256');
  await signInAtEhr(page);
  await expect(page).toHaveURL(new RegExp(`^${app.url}/\\?condition=psoriasis&`));
  await expect(page.getByTestId('record-panel')).toContainText('from the record');
  await expect(page.getByRole('heading', { level: 2, name: 'Psoriasis' })).toBeVisible();
});

test('denied consent: a page says access was not granted (403) and nothing is read', async ({ page }) => {
  const before = await stats();
  await page.goto(`${app.url}/launch?iss=${encodeURIComponent(ISS)}&launch=${launchId({ patient: 'example' })}`);
  await signInAtEhr(page, { consent: false });
  const callback = page.waitForResponse((r) => r.url().startsWith(`${app.url}/launch/callback`));
  await page.getByRole('link', { name: '[ Cancel ]' }).click();
  expect((await callback).status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Access to the record was not granted' })).toBeVisible();
  const after = await stats();
  expect(after.fhirRequests).toBe(before.fhirRequests);
  expect(after.tokenRequests.authorization_code).toBe(before.tokenRequests.authorization_code);
  await page.screenshot({ path: `${SHOTS}/denied.png`, fullPage: true });
});

test('a callback with the wrong state is refused (400) and its code is never exchanged; a replay finds nothing', async ({
  page,
}) => {
  const before = await stats();
  await page.goto(`${app.url}/launch?iss=${encodeURIComponent(ISS)}&launch=${launchId({ patient: 'example' })}`);
  // A real code from the EHR, held back on its way to the app, then sent with another state (a forged callback).
  let original = '';
  await signInAtEhr(page, { consent: false });
  // The consent answer redirects to /auth/<uid>, which redirects to the app: follow it here, without the browser.
  await page.route(`${AUTH}/interaction/**`, async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const resumed = (await route.fetch({ maxRedirects: 0 })).headers()['location'] ?? '';
    const answer = await page.request.get(new URL(resumed, AUTH).href, { maxRedirects: 0 });
    original = answer.headers()['location'] ?? '';
    return route.fulfill({ status: 200, contentType: 'text/plain', body: 'held back by the test' });
  });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('held back by the test')).toBeVisible();
  expect(new URL(original).searchParams.get('code')).toBeTruthy();
  const forged = new URL(original);
  forged.searchParams.set('state', 'forged-state-from-another-launch');
  const refused = await page.goto(forged.href);
  expect(refused?.status()).toBe(400);
  await expect(page.getByRole('heading', { level: 1, name: /its state did not match/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/wrong-state.png`, fullPage: true });
  const after = await stats();
  expect(after.tokenRequests.authorization_code).toBe(before.tokenRequests.authorization_code);
  expect(after.fhirRequests).toBe(before.fhirRequests);

  // The genuine answer, replayed afterwards, is refused too: the launch's round trip was used up.
  const replay = await page.goto(original);
  expect(replay?.status()).toBe(400);
  await expect(page.getByRole('heading', { level: 1, name: 'This launch is unknown or has expired' })).toBeVisible();
});

test('an issuer that is not on the allow-list is refused with a page saying so (403)', async ({ page }) => {
  const res = await page.goto(`${app.url}/launch?iss=${encodeURIComponent('https://ehr.evil.example/fhir')}&launch=x`);
  expect(res?.status()).toBe(403);
  await expect(
    page.getByRole('heading', { level: 1, name: 'This FHIR server is not allowed to launch the app' }),
  ).toBeVisible();
  await expect(page.getByText('https://ehr.evil.example/fhir, which is not on')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: ISS })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/issuer-refused.png`, fullPage: true });
});

test('an expired access token is renewed with the refresh token when the chart is read again', async ({ page }) => {
  await page.goto(
    `${app.url}/launch?iss=${encodeURIComponent(ISS)}&launch=${launchId({ patient: 'example', accessTtl: 2 })}`,
  );
  await signInAtEhr(page);
  await expect(page.getByTestId('record-panel')).toBeVisible();
  const before = await stats();
  await page.waitForTimeout(2500);
  await page.getByRole('link', { name: 'Read the record again' }).click();
  await expect(page).toHaveURL(new RegExp(`^${app.url}/\\?condition=psoriasis&`));
  await expect(page.getByTestId('record-panel')).toContainText('from the record');
  const after = await stats();
  expect(after.tokenRequests.refresh_token).toBe((before.tokenRequests.refresh_token ?? 0) + 1);
  expect(after.fhirRequests).toBe(before.fhirRequests + 4);
});

test('an expired access token without a refresh token: the user is told to launch again (401)', async ({ page }) => {
  await page.goto(
    `${app.url}/launch?iss=${encodeURIComponent(ISS)}&launch=${launchId({ patient: 'example', accessTtl: 2, noRefresh: true })}`,
  );
  await signInAtEhr(page);
  await expect(page.getByTestId('record-panel')).toBeVisible();
  await page.waitForTimeout(2500);
  const reread = page.waitForResponse((r) => r.url() === `${app.url}/launch/refresh`);
  await page.getByRole('link', { name: 'Read the record again' }).click();
  expect((await reread).status()).toBe(401);
  await expect(page.getByRole('heading', { level: 1, name: 'Access to the record has expired' })).toBeVisible();
  await expect(page.getByText('Open GutSkin CDS again from the patient’s chart in the EHR.')).toBeVisible();
});

test('a CDS card’s smart link, launched by the EHR, opens the same view as the card, filled from the chart', async ({
  page,
  request,
}) => {
  const body = fixture('infant-atopic-dermatitis');
  const res = await request.post(`${app.url}/cds-services/gutskin-patient-view`, { data: body });
  expect(res.status()).toBe(200);
  const cards = (await res.json()).cards as {
    links?: { url: string; type: string; appContext?: string; label: string }[];
  }[];
  const links = cards.flatMap((c) => c.links ?? []);
  const smart = links.find((l) => l.type === 'smart');
  const absolute = links.find((l) => l.type === 'absolute' && l.label === 'Open in the GutSkin CDS workspace');
  expect(smart?.url).toBe(`${app.url}/launch`);
  expect(smart?.appContext).toMatch(/^condition=atopic-dermatitis/);
  expect(smart?.appContext).not.toMatch(/ad-baby/);

  await page.goto(
    `${smart!.url}?iss=${encodeURIComponent(ISS)}&launch=${launchId({ patient: 'ad-baby', appContext: smart!.appContext })}`,
  );
  await signInAtEhr(page);
  await expect(page.getByTestId('record-panel')).toBeVisible();
  expect(new URL(page.url()).search).toBe(new URL(absolute!.url).search);
  await expect(page.getByTestId('record-panel')).toContainText('months');
});

test('/launch/setup shows what is configured (never the secret) and how to register the app', async ({ page }) => {
  await page.goto(`${app.url}/launch/setup`);
  await expect(page.getByRole('heading', { level: 1, name: 'SMART App Launch' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: ISS })).toBeVisible();
  await expect(page.getByText('gutskin-smart-e2e', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Confidential/)).toBeVisible();
  await expect(page.getByText(`${app.url}/launch/callback`).first()).toBeVisible();
  await expect(page.getByText('launch patient/*.rs openid fhirUser', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Registering the app with an EHR' })).toBeVisible();
  expect(await page.content()).not.toContain('gutskin-smart-e2e-secret');
  await expectNoAxeViolationsIn(page, 'main');
  await page.screenshot({ path: `${SHOTS}/setup.png`, fullPage: true });
});

test('afterwards: nothing from the charts is in the database file or in the logs', async () => {
  const files = ['smart.db', 'smart.db-wal', 'smart.db-journal']
    .map((f) => path.join(dir, f))
    .filter((f) => existsSync(f));
  expect(files.length).toBeGreaterThan(0);
  const stored = files.map((f) => readFileSync(f).toString('latin1')).join('\n');
  const logs = app.output();
  // Identifiers and clinical text of the two fixture patients.
  const chart = [
    'Chalmers',
    'Erewhon',
    '5555 6473',
    '1974-12-25',
    'Patient/example',
    'ad-baby',
    'Methotrexate 2.5 MG',
    'Nystatin 100UNT',
    '2026-03-01',
    'cond-ad',
    'mr-emollient',
  ];
  for (const text of chart) {
    expect(stored, `database: ${text}`).not.toContain(text);
    expect(logs, `logs: ${text}`).not.toContain(text);
  }
  // The logs do say what happened (so the check above looked at real output).
  expect(logs).toMatch(/SMART launch: refused a callback whose state did not match/);
});
