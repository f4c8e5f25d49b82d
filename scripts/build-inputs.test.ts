/** Issue 19: a build is stale when any input of the build changed since it was made, and only then. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP, buildInputs, buildStaleness, buildStamp, isBuildInput } from './lib/build-inputs.mjs';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
/** What scripts/build.mjs does after `next build`: a build id, and the record of the inputs. */
const build = (id = 'build-1') => {
  const inputs = buildInputs(root, {});
  write('.next/BUILD_ID', id);
  write(BUILD_STAMP, JSON.stringify(buildStamp(inputs, id)));
};
const staleness = () => buildStaleness(root, buildInputs(root, {}));

describe.each([
  ['a git checkout', true],
  ['an unpacked archive (no git)', false],
])('build staleness in %s', (_, git) => {
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'gutskin-build-inputs-'));
    write('.gitignore', 'node_modules/\n.next/\n');
    write('app/page.tsx', 'export default function Page() {}\n');
    write('proxy.ts', 'export function proxy() {}\n');
    write('next.config.ts', 'export default {};\n');
    write('package-lock.json', '{}\n');
    write('public/icon.svg', '<svg/>\n');
    write('e2e/page.spec.ts', 'test()\n');
    write('docs/guide.md', '# Guide\n');
    write('lib/x.test.ts', 'it()\n');
    write('node_modules/dep/index.js', 'module.exports = 1;\n');
    if (git) {
      execFileSync('git', ['init', '-q'], { cwd: root });
      execFileSync('git', ['add', '-A'], { cwd: root });
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is fresh for an unchanged tree, and when only tests, e2e specs, docs or dependencies changed', () => {
    build();
    expect(staleness()).toBeNull();
    write('e2e/page.spec.ts', 'test("changed")\n');
    write('docs/guide.md', '# Changed\n');
    write('lib/x.test.ts', 'it("changed")\n');
    write('node_modules/dep/index.js', 'module.exports = 2;\n');
    expect(staleness()).toBeNull();
  });

  it.each(['proxy.ts', 'next.config.ts', 'package-lock.json', 'public/icon.svg', 'app/page.tsx'])(
    'is stale when %s changed, naming it',
    (file) => {
      build();
      write(file, 'changed\n');
      expect(staleness()).toMatchObject({ changed: [file] });
      expect(staleness()?.reason).toContain(file);
    },
  );

  it('is stale when a source file is added (before git add) or deleted', () => {
    build();
    write('app/new/page.tsx', 'export default function New() {}\n');
    expect(staleness()?.changed).toEqual(['app/new/page.tsx']);
    build('build-2');
    unlinkSync(path.join(root, 'proxy.ts'));
    expect(staleness()?.changed).toEqual(['proxy.ts']);
  });

  it('is stale with no build, with no record, or with a record of another build', () => {
    expect(staleness()?.reason).toMatch(/no build/);
    write('.next/BUILD_ID', 'plain-next-build');
    expect(staleness()?.reason).toMatch(/no record of its inputs/);
    build('build-1');
    write('.next/BUILD_ID', 'build-2');
    expect(staleness()?.reason).toMatch(/another build/);
  });

  it('counts build-time public environment (NEXT_PUBLIC_*) as an input', () => {
    build();
    expect(buildStaleness(root, buildInputs(root, { NEXT_PUBLIC_X: '1', PORT: '3000' }))?.changed).toEqual([
      'env:NEXT_PUBLIC_X',
    ]);
    expect(buildStaleness(root, buildInputs(root, { PORT: '4000' }))).toBeNull();
  });
});

describe('the inputs of this repository', () => {
  const inputs = Object.keys(buildInputs('.', {}));

  it('include every file the build reads, outside app/ and lib/ too', () => {
    for (const file of [
      'proxy.ts',
      'next.config.ts',
      'instrumentation.ts',
      'package.json',
      'package-lock.json',
      'postcss.config.mjs',
      'tsconfig.json',
      'prisma/schema.prisma',
      'app/layout.tsx',
      'app/globals.css',
      'lib/env.ts',
      'scripts/csp-hashes.ts',
    ])
      expect(inputs).toContain(file);
    expect(inputs.some((f) => f.startsWith('components/'))).toBe(true);
    expect(inputs.some((f) => f.startsWith('public/'))).toBe(true);
  });

  it('leave out tests, e2e, docs and the scripts that run beside the server', () => {
    expect(inputs.filter((f) => !isBuildInput(f))).toEqual([]);
    for (const file of ['e2e/shell.spec.ts', 'docs/security.md', 'README.md', 'scripts/fuzz.ts', 'lib/env.test.ts'])
      expect(isBuildInput(file)).toBe(false);
    expect(
      inputs.some((f) => f.startsWith('node_modules/') || f.startsWith('.next/') || f.startsWith('lib/generated/')),
    ).toBe(false);
  });
});
