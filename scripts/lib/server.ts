/** Starts the production server on loopback with a throwaway SQLite database, for fuzz, load and bench scripts. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RunningServer {
  url: string;
  pid: number;
  process: ChildProcess;
  /** What the server printed (for checks that logs never contain request bodies). */
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Makes sure .next is a build of the tree as it is now (scripts/lib/build-inputs.mjs): a missing or stale build is
 * rebuilt, saying why, so fuzz, load and bench never test an old build. The build's output goes to stderr, so a
 * script whose stdout is its report (bench) keeps it clean.
 */
export function ensureBuild(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: ['ignore', 2, 2] });
}

export interface StartOptions {
  /** Apply migrations first (default true). */
  migrate?: boolean;
  /** The address that must answer 200 before the server counts as up (default /api/health). */
  readyPath?: string;
}

export async function startServer(
  port: number,
  env: Record<string, string> = {},
  { migrate = true, readyPath = '/api/health' }: StartOptions = {},
): Promise<RunningServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gutskin-server-'));
  const databaseUrl = env.DATABASE_URL ?? `file:${path.join(dir, 'db.sqlite')}`;
  // CDS_AUTH=off unless the caller says otherwise: fuzz, load and bench call the CDS services without tokens.
  // APP_ORIGIN: a production start needs one (links, QR codes and the JWT audience never follow the Host header).
  const fullEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    CDS_AUTH: 'off',
    APP_ORIGIN: `http://127.0.0.1:${port}`,
    ...env,
    DATABASE_URL: databaseUrl,
  };
  if (migrate) execFileSync('npx', ['tsx', 'scripts/db/migrate.ts'], { env: fullEnv, stdio: 'pipe' });
  // The same Node flags as `npm start`, so what is measured here is what runs in production.
  const { nodeFlags } = JSON.parse(readFileSync('scripts/lib/runtime.json', 'utf8')) as { nodeFlags: string[] };
  const flags = (fullEnv as NodeJS.ProcessEnv).NODE_OPTIONS ? [] : nodeFlags;
  const child = spawn(
    process.execPath,
    [
      ...flags,
      '-r',
      './scripts/method-guard.cjs',
      'node_modules/next/dist/bin/next',
      'start',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    {
      env: fullEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not answer within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid!,
    process: child,
    output: () => output,
    stop: async () => {
      // A child killed by a signal has exitCode null and signalCode set: it is gone all the same.
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
