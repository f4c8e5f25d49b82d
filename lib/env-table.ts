import type { EnvDocRow } from './env-docs';
import { EnvSchema } from './env';

/** Settings with no row, or with more than one, and rows naming a setting lib/env.ts does not read. */
export function envDocsProblems(rows: EnvDocRow[]): string[] {
  const known = Object.keys(EnvSchema.shape);
  const seen = rows.flatMap((row) => row.variables as string[]);
  return [
    ...known
      .filter((k) => !seen.includes(k))
      .map((k) => `${k} is read by lib/env.ts but has no row in lib/env-docs.ts.`),
    ...[...new Set(seen.filter((k, i) => seen.indexOf(k) !== i))].map((k) => `${k} has more than one row.`),
    ...seen.filter((k) => !known.includes(k)).map((k) => `${k} has a row but lib/env.ts does not read it.`),
  ];
}

export function renderEnvTable(rows: EnvDocRow[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  return [
    '| Variable | Default | Meaning |',
    '| --- | --- | --- |',
    ...rows.map(
      (row) => `| ${row.variables.map((v) => `\`${v}\``).join(', ')} | ${cell(row.default)} | ${cell(row.meaning)} |`,
    ),
  ].join('\n');
}
