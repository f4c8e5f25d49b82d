import { expect, test } from '@playwright/test';
import { createPostgresDatabase } from '../scripts/lib/postgres';
import { startServer, type RunningServer } from '../scripts/lib/server';

const adminUrl = process.env.TEST_POSTGRES_URL;
const MARKER = 'BODY-MARKER-7f3a91';

test.describe('two stateless instances against one PostgreSQL', () => {
  test.skip(!adminUrl, 'PostgreSQL tests skipped: set TEST_POSTGRES_URL to run them.');
  test.describe.configure({ mode: 'serial' });
  test.setTimeout(180_000);

  let db: { url: string; drop(): Promise<void> };
  let a: RunningServer;
  let b: RunningServer;

  test.beforeAll(async () => {
    db = await createPostgresDatabase(adminUrl!);
    const env = { DATABASE_URL: db.url, RATE_LIMIT_DISABLED: '1' };
    a = await startServer(3121, env);
    b = await startServer(3122, env, { migrate: false });
  });
  test.afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  test('a handout saved through one instance is served by the other', async ({ request }) => {
    const saved = await request.post(`${a.url}/api/v1/handouts`, {
      data: { condition: 'acne-vulgaris', regimen: ['oral-doxycycline'], factors: [], age: 24 },
    });
    expect(saved.status()).toBe(201);
    const { id, url } = (await saved.json()) as { id: string; url: string };
    const fromB = await request.get(`${b.url}/api/v1/handouts/${id}`);
    expect(fromB.status()).toBe(200);
    expect(await fromB.json()).toEqual(await (await request.get(`${a.url}/api/v1/handouts/${id}`)).json());
    expect((await request.get(`${b.url}${url}`)).status()).toBe(200);
  });

  test('while one instance is stopped mid-load, the other keeps answering and no acknowledged write is lost', async () => {
    const acknowledged: string[] = [];
    let bFailures = 0;
    let sent = 0;
    const save = async (base: string) =>
      fetch(`${base}/api/v1/handouts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ condition: 'psoriasis', regimen: ['topical-corticosteroid'], factors: [], age: 50 }),
        signal: AbortSignal.timeout(10_000),
      });
    // A client that, like a load balancer, tries the other instance when one does not answer.
    async function worker(offset: number) {
      for (let i = offset; sent < 300; i++) {
        sent++;
        if (sent === 100) void a.stop();
        const first = i % 2 === 0 ? a.url : b.url;
        for (const base of [first, first === a.url ? b.url : a.url]) {
          try {
            const res = await save(base);
            if (res.status === 201) {
              acknowledged.push(((await res.json()) as { id: string }).id);
              break;
            }
            if (base === b.url) bFailures++;
          } catch {
            if (base === b.url) bFailures++;
          }
        }
      }
    }
    await Promise.all(Array.from({ length: 8 }, (_, k) => worker(k)));
    expect(bFailures).toBe(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(290);
    const missing: string[] = [];
    for (const id of acknowledged) {
      const res = await fetch(`${b.url}/api/v1/handouts/${id}`);
      if (res.status !== 200) missing.push(id);
    }
    expect(missing).toEqual([]);
  });

  test('request bodies never reach the logs', async () => {
    await fetch(`${b.url}/api/v1/handouts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ condition: 'psoriasis', note: MARKER }),
    });
    await fetch(`${b.url}/api/v1/recommendations?condition=${MARKER}`);
    expect(a.output() + b.output()).not.toContain(MARKER);
  });
});
