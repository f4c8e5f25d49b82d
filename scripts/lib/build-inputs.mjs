// The one build-staleness check, shared by `npm start` (scripts/start.mjs) and the scripts that test a production
// server (fuzz, load, bench, reliability: scripts/lib/server.ts). `npm run build` (scripts/build.mjs) records a
// fingerprint of every input of the build in .next/build-inputs.json; a build is fresh when that record belongs to the
// build in .next and the inputs on disk still hash the same. Plain JavaScript: `npm start` runs it before tsx exists
// in the picture. Types for TypeScript callers are in build-inputs.d.mts.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const BUILD_STAMP = '.next/build-inputs.json';
const BUILD_ID = '.next/BUILD_ID';

// The inputs are every file git tracks (or would track: new files count before they are added), except what the
// build never reads. A list of what is left out, not of what is in, so a new source folder or config file is an input
// from its first day. Left out: tests and their fixtures, e2e specs, docs and other prose, CI, lint/format/test
// configuration, and the scripts (all but the two that `npm run build` runs) and migrations, which run beside the
// server and are never bundled into it.
const NOT_INPUTS = [
  /^e2e\//,
  /^docs\//,
  /^\.ci\//,
  /\.md$/i,
  /\.test\.(ts|tsx|mts|mjs)$/,
  /(^|\/)__fixtures__\//,
  /^scripts\/(?!csp-hashes\.ts$|build\.mjs$|prisma-generate\.mjs$)/,
  /^prisma\/(postgres\/)?migrations\//,
  /^(eslint\.config\.mjs|vitest\.config\.mts|playwright\.config\.ts|\.prettierrc\.json|\.prettierignore|\.gitignore)$/,
];
// Without git (an unpacked archive), the same files are found by walking the tree, skipping what git would ignore.
const NOT_WALKED = new Set([
  '.git',
  '.next',
  'node_modules',
  'data',
  'out',
  'coverage',
  'test-results',
  'playwright-report',
  'tmp',
]);
const NOT_WALKED_PATHS = new Set(['lib/generated', 'e2e/.tmp']);

/** Whether a path (relative to the repository, with `/`) is an input of the build. */
export const isBuildInput = (file) => !NOT_INPUTS.some((pattern) => pattern.test(file));

function walk(root, dir = '') {
  const files = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!NOT_WALKED.has(entry.name) && !NOT_WALKED_PATHS.has(rel)) files.push(...walk(root, rel));
    } else if (entry.isFile() && !/^\.env/.test(entry.name) && !entry.name.endsWith('.tsbuildinfo')) files.push(rel);
  }
  return files;
}

function candidateFiles(root) {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.split('\0').filter(Boolean);
  } catch {
    return walk(root);
  }
}

/**
 * The inputs of the build as they are on disk now: path → SHA-256 of the content, sorted by path. Build-time
 * environment (NEXT_PUBLIC_*, inlined into the client bundle) counts as an input too, under `env:NAME`.
 */
export function buildInputs(root = '.', env = process.env) {
  const inputs = {};
  const files = [...new Set(candidateFiles(root))].filter(isBuildInput).sort();
  for (const file of files) {
    const full = path.join(root, file);
    // Tracked but deleted in the working tree: no longer an input (its absence changes the fingerprint).
    if (!existsSync(full) || !statSync(full).isFile()) continue;
    inputs[file] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  for (const name of Object.keys(env)
    .filter((n) => n.startsWith('NEXT_PUBLIC_'))
    .sort())
    inputs[`env:${name}`] = createHash('sha256').update(String(env[name])).digest('hex');
  return inputs;
}

/** One hash over all inputs. */
export function fingerprint(inputs) {
  const hash = createHash('sha256');
  for (const [file, digest] of Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    hash.update(`${file}\0${digest}\n`);
  return hash.digest('hex');
}

const readBuildId = (root) => {
  try {
    return readFileSync(path.join(root, BUILD_ID), 'utf8').trim();
  } catch {
    return null;
  }
};

/** The record written after a build: the inputs as they were when the build started, and the build it belongs to. */
export function buildStamp(inputs, buildId) {
  return { buildId, fingerprint: fingerprint(inputs), inputs };
}

/**
 * Why the build in `root/.next` does not match the sources, or null when it does. `inputs` defaults to the inputs on
 * disk now. The answer names the changed files, so whoever sees "stale" knows why.
 */
export function buildStaleness(root = '.', inputs = buildInputs(root)) {
  const buildId = readBuildId(root);
  if (!buildId) return { reason: 'there is no build (.next/BUILD_ID is missing)', changed: [] };
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(path.join(root, BUILD_STAMP), 'utf8'));
  } catch {
    return {
      reason: `the build has no record of its inputs (${BUILD_STAMP}): it was not made by npm run build`,
      changed: [],
    };
  }
  if (stamp.buildId !== buildId)
    return { reason: `${BUILD_STAMP} belongs to another build: .next was rebuilt without npm run build`, changed: [] };
  if (stamp.fingerprint === fingerprint(inputs)) return null;
  const before = stamp.inputs ?? {};
  const changed = [
    ...new Set([...Object.keys(before), ...Object.keys(inputs)].filter((file) => before[file] !== inputs[file])),
  ].sort();
  const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ` and ${changed.length - 5} more` : '');
  return {
    reason: `${changed.length} input(s) of the build changed since it was made: ${shown || 'the record is unreadable'}`,
    changed,
  };
}
