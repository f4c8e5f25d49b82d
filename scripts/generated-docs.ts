/**
 * Writes the parts of the docs that are drawn from code, between `<!-- NAME:start -->` and `<!-- NAME:end -->`:
 * the configuration tables of README.md and docs/deployment.md (from lib/env-docs.ts) and the grading rules of
 * docs/knowledge-base.md (from lib/kb/grading-policy.ts, which the methods page also shows). With `--check` (run by
 * `npm run lint`) it changes nothing and fails when a part is out of date or a setting in lib/env.ts has no row.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_DOCS } from '../lib/env-docs';
import { envDocsProblems, renderEnvTable } from '../lib/env-table';
import { gradingPolicyMarkdown } from '../lib/kb/grading-policy';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const envTable = renderEnvTable(ENV_DOCS);
const parts = [
  { file: 'README.md', name: 'env-table', text: envTable },
  { file: 'docs/deployment.md', name: 'env-table', text: envTable },
  { file: 'docs/knowledge-base.md', name: 'grading-policy', text: gradingPolicyMarkdown() },
];

const problems = envDocsProblems(ENV_DOCS);
for (const { file, name, text: part } of parts) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    problems.push(`${file}: no ${start} … ${end} markers.`);
    continue;
  }
  const next = `${text.slice(0, from + start.length)}\n${part}\n${text.slice(to)}`;
  if (next === text) continue;
  if (check) problems.push(`${file}: the ${name} part is out of date; run \`npm run docs:generate\`.`);
  else writeFileSync(path, next);
}
if (problems.length > 0) {
  console.error(problems.map((p) => `generated docs: ${p}`).join('\n'));
  process.exit(1);
}
