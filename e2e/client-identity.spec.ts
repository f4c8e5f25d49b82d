/**
 * Client identity for the write rate limit under plain `next start` (no preload, no custom server): clients are told
 * apart by their socket address, a header the client writes (X-Forwarded-For, x-gutskin-peer) changes nothing, and
 * X-Forwarded-For counts only when TRUST_PROXY says proxies in front append to it (docs/decisions/0011).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

const dir = mkdtempSync(path.join(tmpdir(), 'gutskin-identity-'));
const databaseUrl = `file:${path.join(dir, 'identity.db')}`;
const servers: ChildProcess[] = [];

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function plainNextStart(extraEnv: Record<string, string>): Promise<number> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXT_TELEMETRY_DISABLED: '1',
        CDS_AUTH: 'off',
        APP_ORIGIN: `http://127.0.0.1:${port}`,
        WRITE_RATE_LIMIT_BURST: '2',
        WRITE_RATE_LIMIT_PER_MINUTE: '1',
        RATE_LIMIT_DISABLED: '0',
        LOG_LEVEL: 'silent',
        ...extraEnv,
      },
      stdio: 'ignore',
      detached: true,
    },
  );
  servers.push(server);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`next start on ${port} did not answer /api/health`);
}

/** POST /api/v1/handouts with an empty body (400 once past the limiter, 429 when over it) from a chosen address. */
const save = (port: number, from: string, headers: Record<string, string> = {}) =>
  new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/api/v1/handouts',
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });

test.beforeAll(() => {
  execFileSync('npx', ['tsx', 'scripts/db/migrate.ts'], { env: { ...process.env, DATABASE_URL: databaseUrl } });
});
test.afterAll(() => {
  for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('without a trusted proxy: one bucket per socket address, whatever headers the client sends', async () => {
  const port = await plainNextStart({ TRUST_PROXY: '0' });
  const spoofs = ['203.0.113.1', '203.0.113.2', '203.0.113.3'];
  const statuses = [];
  for (const spoof of spoofs)
    statuses.push(await save(port, '127.0.0.1', { 'x-forwarded-for': spoof, 'x-gutskin-peer': spoof }));
  // Burst of 2: a new X-Forwarded-For or x-gutskin-peer on each request does not buy a new bucket.
  expect(statuses).toEqual([400, 400, 429]);
  // Another client (another loopback address) has its own bucket: clients do not share one.
  expect(await save(port, '127.0.0.2')).toBe(400);
  expect(await save(port, '127.0.0.2')).toBe(400);
  expect(await save(port, '127.0.0.2')).toBe(429);
  expect(await save(port, '127.0.0.3')).toBe(400);
});

test('with TRUST_PROXY=1: the address the proxy appended, not what the client wrote before it', async () => {
  const port = await plainNextStart({ TRUST_PROXY: '1' });
  // The "proxy" is 127.0.0.4; the client forged 198.51.100.1 and the proxy appended the real 192.0.2.10.
  const via = (client: string, forged = '198.51.100.1') => ({ 'x-forwarded-for': `${forged}, ${client}` });
  expect(await save(port, '127.0.0.4', via('192.0.2.10'))).toBe(400);
  expect(await save(port, '127.0.0.4', via('192.0.2.10', '198.51.100.2'))).toBe(400);
  expect(await save(port, '127.0.0.4', via('192.0.2.10', '198.51.100.3'))).toBe(429);
  // Another client behind the same proxy: its own bucket.
  expect(await save(port, '127.0.0.4', via('192.0.2.11'))).toBe(400);
});
