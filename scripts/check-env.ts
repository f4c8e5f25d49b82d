/**
 * `npm start` runs this first: every setting is checked by lib/env.ts, and the server does not start on a bad value.
 * Exit 0 when fine; exit 1 with one line per problem, naming the variable.
 */
import { checkEnv } from '../lib/env';
import { resolveDatabaseTarget, sqliteWritabilityProblem } from '../lib/db/url';

const problems = checkEnv();
if (problems.length === 0) {
  try {
    const target = resolveDatabaseTarget();
    if (target.provider === 'sqlite') {
      const problem = sqliteWritabilityProblem(target.filePath);
      if (problem) problems.push(problem);
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
}
if (problems.length > 0) {
  console.error(
    `GutSkin CDS will not start: the configuration is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
