import { defineConfig } from 'prisma/config';

// The Prisma CLI is used here only for `prisma generate`; migrations run through scripts/db (WebAssembly engine),
// because the CLI's native schema engine cannot be downloaded on our machines.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/gutskin.db' },
});
