// `npm start`: check the configuration, migrate the database (idempotent), build if the build is missing or does not
// match its inputs (scripts/lib/build-inputs.mjs), serve. The exit status is the server's: its own code, or 128 + the signal number when a signal
// killed it, so a supervisor (systemd Restart=on-failure, docs/deployment.md) sees a crash as a failure.
import { spawnSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { pathToFileURL } from 'node:url';

/** The shell convention for a process killed by a signal: 128 + its number (SIGKILL 137, SIGTERM 143). */
export const exitStatus = (code, signal) =>
  signal ? 128 + (constants.signals[signal] ?? 0) : typeof code === 'number' ? code : 1;

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(exitStatus(r.status, r.signal) || 1);
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // A local install (nothing about CDS authentication configured, no public origin): accept unauthenticated CDS Hooks
  // calls, and say so loudly. Anything that looks like a deployment keeps authentication on (docs/decisions/0006).
  const blank = (name) => !env[name]?.trim();
  if (blank('CDS_AUTH') && blank('CDS_TRUSTED_ISSUERS') && blank('CDS_TRUSTED_ISSUERS_FILE') && blank('APP_ORIGIN')) {
    env.CDS_AUTH = 'off';
    // Links and QR codes never follow the Host header, so a local install gets this machine's own origin.
    env.APP_ORIGIN = `http://localhost:${env.PORT?.trim() || '3000'}`;
    console.warn(
      '\n*** GutSkin CDS: CDS_AUTH=off (local install): CDS Hooks calls are accepted WITHOUT authentication. ***\n' +
        `*** APP_ORIGIN=${env.APP_ORIGIN}: printed QR codes and card links point at this machine.            ***\n` +
        '*** Before connecting an EHR set APP_ORIGIN and CDS_TRUSTED_ISSUERS (see README, "Connecting an EHR"). ***\n',
    );
  }
  run('npx', ['tsx', 'scripts/check-env.ts']);
  run('npx', ['tsx', 'scripts/db/migrate.ts']);
  run(process.execPath, ['scripts/build.mjs', '--if-stale']);
  const port = env.PORT?.trim() || '3000';
  const host = env.HOSTNAME?.trim() || '0.0.0.0';
  console.log(`Serving GutSkin CDS on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
  const { nodeFlags } = JSON.parse(readFileSync('scripts/lib/runtime.json', 'utf8'));
  const flags = env.NODE_OPTIONS ? [] : nodeFlags;
  const server = spawn(
    process.execPath,
    [...flags, '-r', './scripts/method-guard.cjs', 'node_modules/next/dist/bin/next', 'start', '-p', port, '-H', host],
    { stdio: 'inherit', env },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => {
    const status = exitStatus(code, signal);
    if (status !== 0)
      console.error(
        `GutSkin CDS: the server ${signal ? `was killed by ${signal}` : `exited with ${code}`} (exit ${status}).`,
      );
    process.exit(status);
  });
}
