/**
 * Writes the configuration tables of README.md and docs/deployment.md from lib/env-docs.ts, between the markers
 * `<!-- env-table:start -->` and `<!-- env-table:end -->`. With `--check` (run by `npm run lint`) it changes nothing
 * and fails when a table is out of date or a setting in lib/env.ts has no row, so the two tables cannot disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_DOCS } from '../lib/env-docs';
import { envDocsProblems, renderEnvTable } from '../lib/env-table';

const FILES = ['README.md', 'docs/deployment.md'];
const START = '<!-- env-table:start -->';
const END = '<!-- env-table:end -->';
const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');

const problems = envDocsProblems(ENV_DOCS);
const table = renderEnvTable(ENV_DOCS);
for (const file of FILES) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) {
    problems.push(`${file}: no ${START} … ${END} markers around the configuration table.`);
    continue;
  }
  const next = `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`;
  if (next === text) continue;
  if (check) problems.push(`${file}: the configuration table is out of date; run \`npm run env:docs\`.`);
  else writeFileSync(path, next);
}
if (problems.length > 0) {
  console.error(problems.map((p) => `env-docs: ${p}`).join('\n'));
  process.exit(1);
}
