import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from '../scripts/lib/server';

const handoutBody = { condition: 'psoriasis', regimen: ['topical-corticosteroid'], factors: [], age: 45 };

test('SQLite: 200 concurrent handout saves all land and can all be read back', async ({ request }) => {
  test.setTimeout(120_000);
  const results = await Promise.all(
    Array.from({ length: 200 }, () => request.post('/api/v1/handouts', { data: handoutBody })),
  );
  expect(results.map((r) => r.status()).filter((s) => s !== 201)).toEqual([]);
  const ids = await Promise.all(results.map(async (r) => ((await r.json()) as { id: string }).id));
  expect(new Set(ids).size).toBe(200);
  const reads = await Promise.all(ids.map((id) => request.get(`/api/v1/handouts/${id}`)));
  expect(reads.filter((r) => r.status() !== 200)).toHaveLength(0);
});

test.describe('with the database down', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startServer(
      3131,
      { DATABASE_URL: 'postgresql://nobody:secret@127.0.0.1:1/none', RATE_LIMIT_DISABLED: '1' },
      { migrate: false, readyPath: '/api/v1/conditions' },
    );
  });
  test.afterAll(async () => server?.stop());

  test('recommendations and evidence pages still answer; saving answers 503 with Retry-After; health says so', async ({
    request,
  }) => {
    const rec = await request.get(`${server.url}/api/v1/recommendations?condition=psoriasis&regimen=methotrexate`);
    expect(rec.status()).toBe(200);
    expect((await request.get(`${server.url}/`)).status()).toBe(200);
    const health = await request.get(`${server.url}/api/health`);
    expect(health.status()).toBe(503);
    expect(health.headers()['content-type']).toBe('application/problem+json');
    const save = await request.post(`${server.url}/api/v1/handouts`, { data: handoutBody });
    expect(save.status()).toBe(503);
    expect(save.headers()['retry-after']).toMatch(/^\d+$/);
    expect(save.headers()['content-type']).toBe('application/problem+json');
    expect(((await save.json()) as { detail: string }).detail).toMatch(/not saved|could not be saved/i);
    expect(server.output()).not.toContain('secret');
  });
});
