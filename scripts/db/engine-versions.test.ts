import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wasmEngineBuild } from './engine';

// The generated clients and the Wasm migration engine must come from one prisma-engines build, or migrations may
// create what the client cannot read (see docs/decisions/0002-offline-migrations-wasm-schema-engine.md).
const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = { ...manifest.dependencies, ...manifest.devDependencies };
const prismaPackages = Object.keys(declared).filter((name) => name === 'prisma' || name.startsWith('@prisma/'));
const releasePackages = prismaPackages.filter((name) => name !== '@prisma/schema-engine-wasm');

const installedVersion = (name: string) =>
  (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

function generatedClientBuilds(): Array<{ client: string; engineVersion: string; clientVersion: string }> {
  const generated = path.join(root, 'lib/generated');
  return readdirSync(generated).map((client) => {
    const text = readFileSync(path.join(generated, client, 'internal/class.ts'), 'utf8');
    const field = (name: string) => new RegExp(`"${name}":\\s*"([^"]+)"`).exec(text)?.[1] ?? '(missing)';
    return { client, engineVersion: field('engineVersion'), clientVersion: field('clientVersion') };
  });
}

describe('Prisma packages and engines', () => {
  it('pins every Prisma package to one exact release', () => {
    expect(releasePackages.length).toBeGreaterThanOrEqual(4);
    const versions = new Set(releasePackages.map((name) => declared[name]));
    expect([...versions], `declared: ${releasePackages.map((n) => `${n}@${declared[n]}`).join(', ')}`).toHaveLength(1);
    const [release] = [...versions];
    expect(release).toMatch(/^\d+\.\d+\.\d+$/);
    for (const name of releasePackages) expect(installedVersion(name), name).toBe(release);
  });

  it('pins the Wasm schema engine to the build the CLI ships with', () => {
    const cliEngines = (
      JSON.parse(readFileSync(require.resolve('@prisma/engines-version/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    expect(declared['@prisma/schema-engine-wasm']).toBe(cliEngines);
  });

  it('generates every client from the engine build the migrations run on', async () => {
    const build = await wasmEngineBuild();
    expect(build).toMatch(/^[0-9a-f]{40}$/);
    const release = declared['prisma'];
    const clients = generatedClientBuilds();
    expect(clients.map((c) => c.client).sort()).toEqual(['postgres', 'sqlite']);
    for (const client of clients)
      expect(client).toEqual({ client: client.client, engineVersion: build, clientVersion: release });
  });
});
