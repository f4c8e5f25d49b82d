/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (default: the embedded SQLite file). Idempotent. */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseConfigError, redactUrl, resolveDatabaseTarget } from '../../lib/db/url';
import { applyMigrations, openSchemaEngine } from './engine';
import { schemaFiles } from './paths';

async function main() {
  const target = resolveDatabaseTarget();
  const files = schemaFiles[target.provider];
  if (target.provider === 'sqlite' && target.filePath !== ':memory:') {
    await mkdir(path.dirname(target.filePath), { recursive: true });
  }
  const schema = await readFile(files.schema, 'utf8');
  const engine = await openSchemaEngine(target, schema, files.schema);
  const applied = await applyMigrations(engine, files.migrations);
  const where = target.provider === 'sqlite' ? target.filePath : redactUrl(target.url);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(', ')}`
      : `Database ${where} is up to date.`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Could not migrate the database: ${message.split('\n')[0]}`);
    console.error('Check that DATABASE_URL points at a reachable database you can write to.');
  }
  process.exit(1);
});
