/**
 * `npm run reliability`: the crash runs of issue 14, against the production server on loopback, printing figures.
 * Each run saves handouts under load (8 writers) while something fails, then reads back every write the server
 * acknowledged (201). What counts: no acknowledged write lost, and no 5xx other than 503 (an outage said as one).
 *
 *  1. SQLite: the server is killed with SIGKILL mid-load and restarted on the same file.
 *  2. PostgreSQL, two instances: one is killed with SIGKILL mid-load; a client fails over to the other.
 *  3. PostgreSQL stopped (fast shutdown) and, later, crashed (SIGKILL to the postmaster) mid-load, then started
 *     again (crash recovery). Needs root and the Debian PostgreSQL binaries: a throwaway cluster on port 5499.
 *  4. A full disk: SQLite on a 24 MB tmpfs filled up mid-load, then freed. Needs root (mount).
 * Run 2 needs TEST_POSTGRES_URL; a run that cannot be set up here says so and is skipped. Traffic stays on 127.0.0.1.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../lib/db/testing';
import { ensureBuild, type RunningServer, startServer } from './lib/server';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const body = JSON.stringify({ condition: 'psoriasis', regimen: ['topical-corticosteroid'], factors: [], age: 50 });

interface Tally {
  sent: number;
  acknowledged: string[];
  statuses: Record<string, number>;
}

/** Writers that save handouts until `ms` have passed, trying the other base when one does not answer 201. */
async function writeLoad(bases: () => string[], ms: number, writers = 8): Promise<Tally> {
  const tally: Tally = { sent: 0, acknowledged: [], statuses: {} };
  const count = (key: string) => (tally.statuses[key] = (tally.statuses[key] ?? 0) + 1);
  const end = Date.now() + ms;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = w; Date.now() < end; i++) {
        const list = bases();
        const first = list[i % list.length]!;
        let saved = false;
        for (const base of [first, ...list.filter((b) => b !== first)]) {
          tally.sent++;
          try {
            const res = await fetch(`${base}/api/v1/handouts`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body,
              signal: AbortSignal.timeout(5000),
            });
            count(String(res.status));
            if (res.status === 201) {
              tally.acknowledged.push(((await res.json()) as { id: string }).id);
              saved = true;
              break;
            }
            await res.body?.cancel();
          } catch {
            count('no answer');
          }
        }
        if (!saved) await sleep(50);
      }
    }),
  );
  return tally;
}

async function lost(base: string, ids: readonly string[]): Promise<number> {
  let missing = 0;
  for (let i = 0; i < ids.length; i += 32) {
    const results = await Promise.all(
      ids.slice(i, i + 32).map((id) => fetch(`${base}/api/v1/handouts/${id}`).then((r) => r.status)),
    );
    missing += results.filter((s) => s !== 200).length;
  }
  return missing;
}

interface Row {
  run: string;
  result: string;
}
const rows: Row[] = [];

function report(run: string, tally: Tally, missing: number, notes = '') {
  const other5xx = Object.entries(tally.statuses)
    .filter(([s]) => /^5\d\d$/.test(s) && s !== '503')
    .reduce((n, [, c]) => n + c, 0);
  const statuses = Object.entries(tally.statuses)
    .sort()
    .map(([s, c]) => `${s}×${c}`)
    .join(', ');
  const ok = missing === 0 && other5xx === 0;
  const result = `${ok ? 'pass' : '**FAIL**'}: ${tally.acknowledged.length - missing} of ${tally.acknowledged.length} acknowledged writes kept; answers ${statuses}${notes ? `; ${notes}` : ''}`;
  rows.push({ run, result });
  console.log(`${run}: ${result}`);
  if (!ok) process.exitCode = 1;
}

const skip = (run: string, why: string) => {
  rows.push({ run, result: `skipped: ${why}` });
  console.log(`${run}: skipped: ${why}`);
};

async function sqliteKill() {
  const dir = mkdtempSync(path.join(tmpdir(), 'gutskin-rel-'));
  const env = { DATABASE_URL: `file:${path.join(dir, 'db.sqlite')}`, RATE_LIMIT_DISABLED: '1' };
  let server: RunningServer = await startServer(3141, env);
  const base = server.url;
  const killer = (async () => {
    await sleep(4000);
    server.process.kill('SIGKILL');
    await new Promise((r) => server.process.once('exit', r));
    server = await startServer(3141, env, { migrate: false });
  })();
  const tally = await writeLoad(() => [base], 12_000);
  await killer;
  report('SQLite, server killed (SIGKILL) mid-load and restarted', tally, await lost(base, tally.acknowledged));
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

async function postgresTwoInstances() {
  if (!process.env.TEST_POSTGRES_URL) return skip('PostgreSQL, two instances, one killed', 'TEST_POSTGRES_URL unset');
  const db = await createTestDatabase('postgresql');
  const env = { DATABASE_URL: db.url, RATE_LIMIT_DISABLED: '1' };
  const a = await startServer(3142, env, { migrate: false });
  const b = await startServer(3143, env, { migrate: false });
  const killer = (async () => {
    await sleep(4000);
    a.process.kill('SIGKILL');
  })();
  const tally = await writeLoad(() => [a.url, b.url], 12_000);
  await killer;
  report('PostgreSQL, two instances, one killed (SIGKILL) mid-load', tally, await lost(b.url, tally.acknowledged));
  await a.stop();
  await b.stop();
  await db.drop();
}

const asPostgres = (cmd: string) => execSync(`su postgres -c ${JSON.stringify(cmd)}`, { stdio: 'pipe' }).toString();

async function postgresStopAndCrash() {
  const run = 'PostgreSQL stopped, then crashed (SIGKILL to the postmaster), mid-load';
  const bin = ['15', '16', '17'].map((v) => `/usr/lib/postgresql/${v}/bin`).find((p) => existsSync(`${p}/pg_ctl`));
  if (process.getuid?.() !== 0 || !bin) return skip(run, 'needs root and the PostgreSQL server binaries');
  const dir = mkdtempSync(path.join(tmpdir(), 'gutskin-pg-'));
  execFileSync('chown', ['postgres', dir]);
  const data = path.join(dir, 'data');
  const ctl = (args: string) => asPostgres(`${bin}/pg_ctl -D ${data} -w -l ${dir}/log ${args}`);
  asPostgres(`${bin}/initdb -D ${data} -A trust -U postgres >/dev/null`);
  const start = () => ctl(`-o "-p 5499 -k ${dir} -c listen_addresses=127.0.0.1" start`);
  start();
  asPostgres(`${bin}/createdb -h 127.0.0.1 -p 5499 -U postgres gutskin`);
  const server = await startServer(3144, {
    DATABASE_URL: 'postgresql://postgres@127.0.0.1:5499/gutskin',
    RATE_LIMIT_DISABLED: '1',
  });
  let healthWhileDown = 0;
  const chaos = (async () => {
    // Past the 5 s for which /api/health reuses its last probe (the start-up one).
    await sleep(6000);
    ctl('-m fast stop');
    healthWhileDown = (await fetch(`${server.url}/api/health`)).status;
    await sleep(3000);
    start();
    await sleep(3000);
    const pid = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    await sleep(2000);
    // Orphaned backends may hold the shared memory a moment after the postmaster dies.
    for (let i = 0; i < 20; i++) {
      try {
        start();
        break;
      } catch {
        await sleep(500);
      }
    }
  })();
  const tally = await writeLoad(() => [server.url], 19_000);
  await chaos;
  await sleep(1000);
  report(run, tally, await lost(server.url, tally.acknowledged), `/api/health while stopped: ${healthWhileDown}`);
  await server.stop();
  try {
    ctl('-m immediate stop');
  } catch {
    /* already down */
  }
  rmSync(dir, { recursive: true, force: true });
}

async function fullDisk() {
  const run = 'SQLite on a full disk (24 MB tmpfs filled mid-load, then freed)';
  if (process.getuid?.() !== 0) return skip(run, 'needs root to mount a tmpfs');
  const mount = mkdtempSync(path.join(tmpdir(), 'gutskin-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mount], { stdio: 'pipe' });
  } catch (error) {
    rmSync(mount, { recursive: true, force: true });
    return skip(run, `cannot mount a tmpfs here (${String(error).split('\n')[0]})`);
  }
  const filler = path.join(mount, 'filler');
  try {
    mkdirSync(path.join(mount, 'db'));
    const server = await startServer(3145, {
      DATABASE_URL: `file:${path.join(mount, 'db', 'db.sqlite')}`,
      RATE_LIMIT_DISABLED: '1',
    });
    let healthWhenFull = 0;
    const chaos = (async () => {
      await sleep(6000);
      // Fill what is left, leaving a few KB, so the next writes fail on a full disk.
      try {
        writeFileSync(filler, Buffer.alloc(32 * 1024 * 1024));
      } catch {
        /* ENOSPC: full, as intended */
      }
      await sleep(3000);
      healthWhenFull = (await fetch(`${server.url}/api/health`)).status;
      rmSync(filler, { force: true });
    })();
    const tally = await writeLoad(() => [server.url], 13_000);
    await chaos;
    report(run, tally, await lost(server.url, tally.acknowledged), `/api/health when full: ${healthWhenFull}`);
    await server.stop();
  } finally {
    try {
      execFileSync('umount', [mount], { stdio: 'pipe' });
    } catch {
      // Still busy for a moment after the server exits: detach it now, the kernel frees it when the last file closes.
      execFileSync('umount', ['-l', mount], { stdio: 'pipe' });
    }
    rmSync(mount, { recursive: true, force: true });
  }
}

ensureBuild();
// RELIABILITY_RUNS=1,3 runs only those (numbered as above).
const chosen = process.env.RELIABILITY_RUNS?.split(',').map((n) => Number(n.trim()));
const runs = [sqliteKill, postgresTwoInstances, postgresStopAndCrash, fullDisk];
for (const [i, run] of runs.entries()) if (!chosen || chosen.includes(i + 1)) await run();
console.log(
  `\nMeasured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n| Run | Result |\n| --- | --- |`,
);
for (const r of rows) console.log(`| ${r.run} | ${r.result} |`);
