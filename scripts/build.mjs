// `npm run build`: `next build`, then the CSP hashes of the pre-rendered pages (scripts/csp-hashes.ts), then the
// record of the inputs the build was made from (.next/build-inputs.json, scripts/lib/build-inputs.mjs).
// `--if-stale`: build only when the build is missing or older than its inputs, saying why (npm start, fuzz, load,
// bench). The inputs are read before `next build` starts, so an edit made during the build leaves it stale.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { BUILD_STAMP, buildInputs, buildStaleness, buildStamp } from './lib/build-inputs.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function step(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`Build failed: ${cmd} ${args.join(' ')} (${r.signal ?? `exit ${r.status}`}).`);
    process.exit(r.status || 1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const inputs = buildInputs('.', env);
  if (process.argv.includes('--if-stale')) {
    const stale = buildStaleness('.', inputs);
    if (!stale) process.exit(0);
    console.log(`Building: ${stale.reason}.`);
  }
  step(process.execPath, ['node_modules/next/dist/bin/next', 'build']);
  step('npx', ['tsx', 'scripts/csp-hashes.ts']);
  const stamp = buildStamp(inputs, readFileSync('.next/BUILD_ID', 'utf8').trim());
  mkdirSync('.next', { recursive: true });
  writeFileSync(`${BUILD_STAMP}.tmp`, JSON.stringify(stamp));
  renameSync(`${BUILD_STAMP}.tmp`, BUILD_STAMP);
  console.log(`Build ${stamp.buildId}: recorded ${Object.keys(inputs).length} inputs (${BUILD_STAMP}).`);
}
