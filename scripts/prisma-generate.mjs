// Runs `prisma generate` for the SQLite and PostgreSQL clients, offline.
// `prisma generate` never uses the schema engine, but the CLI checks that its binary exists; any existing file
// satisfies the check (docs/decisions/0002-offline-migrations-wasm-schema-engine.md).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
};
for (const schema of ['prisma/schema.prisma', 'prisma/postgres/schema.prisma']) {
  execFileSync('npx', ['prisma', 'generate', '--schema', schema], { stdio: 'inherit', env });
}
