/** Issue 19: the CSP hashes follow the build on disk, so a rebuild under a running server does not block its pages. */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cspHashesFrom } from './csp-hashes';

let dir: string;
let file: string;
/** As scripts/csp-hashes.ts writes it: whole, then renamed into place. */
const writeBuild = (routes: Record<string, string[]>) => {
  writeFileSync(`${file}.tmp`, JSON.stringify(routes));
  renameSync(`${file}.tmp`, file);
};

describe('CSP hashes read per build', () => {
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gutskin-csp-'));
    file = path.join(dir, 'csp-hashes.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('picks up the hashes of a rebuild without a restart, keeping those of the pages already served', () => {
    writeBuild({ '/evidence': ['old'], '/_not-found': ['nf1'] });
    const hashes = cspHashesFrom(file);
    expect(hashes().byRoute.get('/evidence')).toEqual(['old']);
    expect(hashes().errorPages).toEqual(['nf1']);
    writeBuild({ '/evidence': ['new'], '/methods': ['m'], '/_not-found': ['nf2'], '/_global-error': ['ge'] });
    expect(hashes().byRoute.get('/evidence')).toEqual(['old', 'new']);
    expect(hashes().byRoute.get('/methods')).toEqual(['m']);
    expect(hashes().errorPages).toEqual(['nf1', 'nf2', 'ge']);
  });

  it('does not read the file again while it is unchanged', () => {
    writeBuild({ '/': ['a'] });
    const hashes = cspHashesFrom(file);
    const first = hashes();
    expect(hashes()).toBe(first);
  });

  it('keeps the last good hashes while the file is missing or half-written, and reads it once it is whole', () => {
    const hashes = cspHashesFrom(file);
    expect(hashes().byRoute.size).toBe(0);
    writeBuild({ '/': ['a'] });
    expect(hashes().byRoute.get('/')).toEqual(['a']);
    writeFileSync(file, '{"/": ["b"');
    expect(hashes().byRoute.get('/')).toEqual(['a']);
    writeBuild({ '/': ['b'] });
    expect(hashes().byRoute.get('/')).toEqual(['a', 'b']);
    rmSync(file);
    expect(hashes().byRoute.get('/')).toEqual(['a', 'b']);
  });
});
