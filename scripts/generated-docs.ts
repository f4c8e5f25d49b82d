/**
 * Writes the parts of the docs that are drawn from code, between `<!-- NAME:start -->` and `<!-- NAME:end -->`:
 * the configuration tables of README.md and docs/deployment.md (from lib/env-docs.ts) and the grading rules of
 * docs/knowledge-base.md (from lib/kb/grading-policy.ts, which the methods page also shows); and the JSON Schema of
 * each API response, docs/api/{name}.schema.json (from lib/api/schemas.ts). With `--check` (run by `npm run lint`) it
 * changes nothing and fails when a part is out of date or a setting in lib/env.ts has no row; for an API schema it
 * also says whether the change breaks clients of the published contract.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { API_SCHEMAS, apiJsonSchema } from '../lib/api/schemas';
import { breakingChanges } from '../lib/api/schema-compat';
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
mkdirSync(join(root, 'docs/api'), { recursive: true });
for (const [name, schema] of Object.entries(API_SCHEMAS)) {
  const file = `docs/api/${name}.schema.json`;
  const path = join(root, file);
  const next = await format(JSON.stringify(apiJsonSchema(schema)), {
    ...(await resolveConfig(path)),
    filepath: path,
  });
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (next === before) continue;
  if (!check) {
    writeFileSync(path, next);
    continue;
  }
  if (before === null) {
    problems.push(`${file} is missing; run \`npm run docs:generate\` and commit it.`);
    continue;
  }
  const broken = breakingChanges(
    JSON.parse(before) as Record<string, unknown>,
    JSON.parse(next) as Record<string, unknown>,
  );
  problems.push(
    broken.length === 0
      ? `${file} is out of date: the response schema in the code changed (additively). Run \`npm run docs:generate\`, ` +
          `commit the file, and describe the new field in docs/api.md.`
      : `${file}: the response schema in the code BREAKS the published v1 contract (docs/api.md: additive changes ` +
          `only):\n${broken.map((b) => `    - ${b}`).join('\n')}\n  Keep the field (add a new one beside it instead of ` +
          `renaming or retyping it). Only if this is deliberate, run \`npm run docs:generate\` and plan a new API version.`,
  );
}

if (problems.length > 0) {
  console.error(problems.map((p) => `generated docs: ${p}`).join('\n'));
  process.exit(1);
}
