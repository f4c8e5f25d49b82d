export const schemaFiles = {
  sqlite: { schema: 'prisma/schema.prisma', migrations: 'prisma/migrations' },
  postgresql: { schema: 'prisma/postgres/schema.prisma', migrations: 'prisma/postgres/migrations' },
} as const;

/** The schema as of the newest migration, kept so the next migration can be computed without a shadow database. */
export const migratedSnapshot = 'prisma/migrations/.schema-at-last-migration.prisma';
