import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '@/lib/cds/__fixtures__/load';
import { checkEnv, parseEnv } from '@/lib/env';
import { type FhirTestServer, recordFromPrefetch, startFhirTestServer } from '@/lib/fhir/testing';
import { readChart } from './chart';
import { beginLaunch, smartConfiguration } from './client';
import { escapeHtml, launchPage } from './page';
import { endSession, findSession, newSession, tokenExpired } from './sessions';
import { allowedIssuer, type SmartSetup } from './setup';

describe('SMART settings (lib/env.ts)', () => {
  it('reads the allow-list as normalised base URLs, https or loopback http only', () => {
    const parsed = parseEnv({ SMART_ISSUERS: 'https://ehr.example.org/fhir/r4/ , http://127.0.0.1:9/fhir' });
    expect(parsed.ok && parsed.env.SMART_ISSUERS).toEqual([
      'https://ehr.example.org/fhir/r4',
      'http://127.0.0.1:9/fhir',
    ]);
    for (const bad of [
      'http://ehr.example.org/fhir',
      'https://ehr.example.org/fhir?x=1',
      'ftp://x/fhir',
      'not a url',
    ]) {
      const problems = checkEnv({
        CDS_AUTH: 'off',
        SMART_ISSUERS: bad,
        SMART_CLIENT_ID: 'c',
        APP_ORIGIN: 'https://a.b',
      });
      expect(problems.join(' '), bad).toMatch(/^SMART_ISSUERS /);
    }
  });

  it('needs the allow-list and the client id together, and a redirect URI or APP_ORIGIN', () => {
    expect(checkEnv({ CDS_AUTH: 'off', SMART_ISSUERS: 'https://ehr.example.org/fhir' }).join(' ')).toMatch(
      /needs both SMART_ISSUERS .* and SMART_CLIENT_ID/,
    );
    expect(
      checkEnv({ CDS_AUTH: 'off', SMART_ISSUERS: 'https://ehr.example.org/fhir', SMART_CLIENT_ID: 'gutskin' }).join(
        ' ',
      ),
    ).toMatch(/SMART_REDIRECT_URI or APP_ORIGIN/);
    expect(
      checkEnv({
        CDS_AUTH: 'off',
        SMART_ISSUERS: 'https://ehr.example.org/fhir',
        SMART_CLIENT_ID: 'gutskin',
        APP_ORIGIN: 'https://gutskin.example.org',
      }),
    ).toEqual([]);
  });
});

const SETUP: SmartSetup = {
  issuers: ['https://ehr.example.org/fhir'],
  clientId: 'gutskin',
  clientSecret: null,
  redirectUri: 'https://gutskin.example.org/launch/callback',
};

describe('allowedIssuer', () => {
  it('accepts a listed issuer however its trailing slash is written, and nothing else', () => {
    expect(allowedIssuer(SETUP, 'https://ehr.example.org/fhir/')).toBe('https://ehr.example.org/fhir');
    expect(allowedIssuer(SETUP, 'https://EHR.example.org/fhir')).toBe('https://ehr.example.org/fhir');
    for (const other of [
      'https://ehr.example.org/fhir2',
      'https://ehr.example.org.evil.example/fhir',
      'https://ehr.example.org/fhir/../admin',
      'https://ehr.example.org',
      'javascript:alert(1)',
      '',
    ])
      expect(allowedIssuer(SETUP, other), other).toBeNull();
  });
});

describe('sessions and token expiry', () => {
  it('finds a session only by its exact opaque id; an ended one is gone', () => {
    const session = newSession();
    expect(session.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(findSession(session.id)).toBe(session);
    expect(findSession(`${session.id.slice(0, -1)}x`)).toBeNull();
    expect(findSession('../../etc')).toBeNull();
    endSession(session.id);
    expect(findSession(session.id)).toBeNull();
  });

  it('counts a token as expired a little before its end (30 s, or a quarter of a short lifetime)', () => {
    const hour = { issuedAt: 0, expiresAt: 3600_000 };
    expect(tokenExpired(hour, 3500_000)).toBe(false);
    expect(tokenExpired(hour, 3580_000)).toBe(true);
    const short = { issuedAt: 0, expiresAt: 2000 };
    expect(tokenExpired(short, 1400)).toBe(false);
    expect(tokenExpired(short, 1600)).toBe(true);
    expect(tokenExpired({ issuedAt: 0, expiresAt: null }, 10 ** 12)).toBe(false);
  });
});

describe('launch pages', () => {
  it('escape what they show (an issuer is attacker-chosen text)', async () => {
    expect(escapeHtml(`<script>"x"&'y'</script>`)).toBe('&lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;&lt;/script&gt;');
    const res = launchPage({ status: 403, title: 'T', paragraphs: ['<img src=x onerror=alert(1)>'], list: ['<b>'] });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).not.toMatch(/<img|<b>/);
  });
});

describe('SMART configuration and the chart read, against loopback servers', () => {
  let fhir: FhirTestServer;
  let metadata: Record<string, unknown>;
  let wellKnown: ReturnType<typeof createServer>;
  let wellKnownUrl = '';
  beforeAll(async () => {
    const body = fixture('psoriasis-methotrexate');
    fhir = await startFhirTestServer([recordFromPrefetch(body.prefetch)], {
      authorize: (authorization, patientId) => authorization === 'Bearer good' && patientId === 'pso-1',
    });
    wellKnown = createServer((req, res) => {
      res.writeHead(req.url === '/fhir/.well-known/smart-configuration' ? 200 : 404, {
        'content-type': 'application/json',
      });
      res.end(JSON.stringify(metadata));
    });
    await new Promise<void>((resolve) => wellKnown.listen(0, '127.0.0.1', resolve));
    wellKnownUrl = `http://127.0.0.1:${(wellKnown.address() as AddressInfo).port}/fhir`;
  });
  afterAll(async () => {
    await fhir.close();
    await new Promise<void>((resolve) => wellKnown.close(() => resolve()));
  });

  const setupFor = (iss: string): SmartSetup => ({ ...SETUP, issuers: [iss] });
  const base = () => ({
    issuer: 'http://127.0.0.1:1',
    authorization_endpoint: 'http://127.0.0.1:1/auth',
    token_endpoint: 'http://127.0.0.1:1/token',
  });

  it('refuses a server whose SMART configuration does not offer PKCE S256', async () => {
    metadata = { ...base(), code_challenge_methods_supported: ['plain'] };
    await expect(smartConfiguration(setupFor(wellKnownUrl), wellKnownUrl)).rejects.toThrow(/PKCE with S256/);
  });

  it('builds the authorization request: S256 challenge, state, aud = iss, the EHR or standalone scopes', async () => {
    metadata = { ...base(), code_challenge_methods_supported: ['S256'] };
    const setup = setupFor(wellKnownUrl);
    const ehr = await beginLaunch(setup, wellKnownUrl, 'launch-123');
    const p = ehr.url.searchParams;
    expect(ehr.url.origin + ehr.url.pathname).toBe('http://127.0.0.1:1/auth');
    expect(p.get('scope')).toBe('launch patient/*.rs openid fhirUser');
    expect(p.get('launch')).toBe('launch-123');
    expect(p.get('aud')).toBe(wellKnownUrl);
    expect(p.get('code_challenge_method')).toBe('S256');
    expect(p.get('code_challenge')).not.toBe(ehr.transaction.verifier);
    expect(p.get('state')).toBe(ehr.transaction.state);
    expect(p.get('redirect_uri')).toBe(setup.redirectUri);
    const standalone = await beginLaunch(setup, wellKnownUrl, null);
    expect(standalone.url.searchParams.get('scope')).toBe('launch/patient patient/*.rs openid fhirUser');
    expect(standalone.url.searchParams.has('launch')).toBe(false);
    expect(standalone.transaction.state).not.toBe(ehr.transaction.state);
  });

  it('reads the four lists of the launched patient with the token; a refused token is reported as such', async () => {
    const good = await readChart(fhir.url, 'pso-1', 'good');
    expect(good.unauthorized).toBe(false);
    expect(Object.values(good.chart).every((p) => p.ok)).toBe(true);
    expect(
      fhir.requests
        .slice(-4)
        .map((r) => r.path.split('?')[0])
        .sort(),
    ).toEqual(['/fhir/AllergyIntolerance', '/fhir/Condition', '/fhir/MedicationRequest', '/fhir/Patient/pso-1']);
    const refused = await readChart(fhir.url, 'pso-1', 'expired');
    expect(refused.unauthorized).toBe(true);
    expect(Object.values(refused.chart).some((p) => p.ok)).toBe(false);
    await expect(readChart(fhir.url, '../Patient/other', 'good')).rejects.toThrow();
  });
});

describe('recordPanelFor: the workspace shows the marks only on a view the launch opened', () => {
  it('matches the view by its query, in any spelling; an unrelated workspace URL shows nothing', async () => {
    const { recordPanelFor } = await import('./workspace');
    const session = newSession();
    const view = {
      query: 'condition=psoriasis&regimen=methotrexate&factors=milk-allergy&age=51',
      condition: { id: 'psoriasis', name: 'Psoriasis', via: 'SNOMED CT 9014002' },
      regimen: [],
      factors: [],
      age: null,
      notes: ['a note for this view'],
    };
    const other = {
      ...view,
      query: 'condition=acne-vulgaris',
      condition: { ...view.condition, id: 'acne-vulgaris', name: 'Acne' },
      notes: [],
    };
    session.fromRecord = { views: [view, other], notFound: ['general'] };
    expect(recordPanelFor(session.id, view.query, false)).toBeNull();
    session.readAt = 0;
    const shown = recordPanelFor(
      session.id,
      'condition=psoriasis&regimen=methotrexate&factors=milk-allergy&age=51',
      false,
    );
    expect(shown?.view).toBe(view);
    expect(shown?.notFound).toEqual(['a note for this view', 'general']);
    expect(shown?.otherViews).toEqual([{ name: 'Acne', href: '/?condition=acne-vulgaris' }]);
    expect(recordPanelFor(session.id, 'condition=psoriasis', false)).toBeNull();
    expect(recordPanelFor(undefined, view.query, false)).toBeNull();
    // A launch that found no condition: only its own empty workspace shows the list.
    session.fromRecord = { views: [], notFound: ['No active condition'] };
    expect(recordPanelFor(session.id, '', true)?.notFound).toEqual(['No active condition']);
    expect(recordPanelFor(session.id, '', false)).toBeNull();
    endSession(session.id);
  });
});
