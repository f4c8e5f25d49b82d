// `npm start`: migrate the database (idempotent), build if the build is missing or older than the sources, serve.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'generated' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

run('npx', ['tsx', 'scripts/db/migrate.ts']);
const buildId = '.next/BUILD_ID';
const sources = ['app', 'components', 'lib', 'public'].filter(existsSync);
const stale =
  !existsSync(buildId) ||
  Math.max(...sources.map(newestMtime), statSync('package.json').mtimeMs) > statSync(buildId).mtimeMs;
if (stale) run('npm', ['run', 'build']);
const port = process.env.PORT ?? '3000';
const host = process.env.HOSTNAME ?? '0.0.0.0';
console.log(`Serving GutSkin CDS on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`);
const { nodeFlags } = JSON.parse(readFileSync('scripts/lib/runtime.json', 'utf8'));
const flags = process.env.NODE_OPTIONS ? [] : nodeFlags;
const server = spawn(
  process.execPath,
  [...flags, '-r', './scripts/method-guard.cjs', 'node_modules/next/dist/bin/next', 'start', '-p', port, '-H', host],
  {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
