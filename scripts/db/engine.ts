/**
 * Drives Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm) through a driver adapter.
 * The Prisma CLI's native schema engine is downloaded at run time, which these machines cannot do; the Wasm build
 * ships inside the npm package. See docs/decisions/0002-offline-migrations-wasm-schema-engine.md.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DatabaseTarget } from '../../lib/db/url';

type Engine = import('@prisma/schema-engine-wasm').SchemaEngine;

const require = createRequire(import.meta.url);
const emptyFilter = { externalTables: [], externalEnums: [] };

// The Wasm build reports Rust panics through this global; keep the last message so errors say what went wrong.
const panicRegistry = {
  last: '',
  set_message(message: string) {
    this.last = message;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
export const lastEnginePanic = () => panicRegistry.last;

/** The engine build (a commit hash of prisma-engines) this Wasm module was compiled from. */
export const wasmEngineBuild = async () => (await loadWasm()).version();

// One instance per process: the bindings cache views of the instance's memory, so a second instantiation breaks them.
let wasmModule: Promise<typeof import('@prisma/schema-engine-wasm')> | undefined;
const loadWasm = () => (wasmModule ??= instantiateWasm());

async function instantiateWasm(): Promise<typeof import('@prisma/schema-engine-wasm')> {
  const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bg = await import(pathToFileURL(bgPath).href);
  const bytes = await readFile(path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bg;
}

async function adapterFactoryFor(target: DatabaseTarget) {
  if (target.provider === 'sqlite') {
    const { PrismaBetterSqlite3 } = await import('@prisma/adapter-better-sqlite3');
    return new PrismaBetterSqlite3({ url: target.filePath });
  }
  const { PrismaPg } = await import('@prisma/adapter-pg');
  return new PrismaPg({ connectionString: target.url });
}

export async function openSchemaEngine(
  target: DatabaseTarget,
  schemaText: string,
  schemaPath: string,
): Promise<Engine> {
  const wasm = await loadWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(await adapterFactoryFor(target));
  const log = (line: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(line);
  };
  return wasm.SchemaEngine.new({ datamodels: [[schemaPath, schemaText]] }, log, factory);
}

export async function readMigrationsList(migrationsDir: string) {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      const content = await readFile(file, 'utf8').then(
        (value) => ({ tag: 'ok' as const, value }),
        (error: Error) => ({ tag: 'error' as const, value: error.message }),
      );
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null);
  return {
    baseDir: path.resolve(migrationsDir),
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

export async function applyMigrations(engine: Engine, migrationsDir: string): Promise<string[]> {
  const migrationsList = await readMigrationsList(migrationsDir);
  const out = await engine.applyMigrations({ migrationsList, filters: emptyFilter });
  return out.appliedMigrationNames;
}

/** SQL that takes a database from the `from` schema (or nothing) to the `to` schema. */
export async function diffSchemas(
  engine: Engine,
  from: string | null,
  to: string,
  schemaPath: string,
): Promise<string> {
  const asTarget = (content: string) => ({ tag: 'schemaDatamodel' as const, files: [{ path: schemaPath, content }] });
  const result = await engine.diff({
    from: from === null ? { tag: 'empty' } : asTarget(from),
    to: asTarget(to),
    script: true,
    exitCode: null,
    filters: emptyFilter,
  });
  return result.stdout ?? '';
}
