/**
 * Issue 14, F1: one anonymous request of ~4.5 MB nested JSON exhausted the production heap inside JSON.parse and took
 * the server down. Reproduced in a child process with the production heap flags: our reader refuses the body (the
 * depth scan stops it in the first 64 KB chunk) and the process lives on; the worst shapes the reader does accept,
 * four at once, parse well inside the heap. (A bare JSON.parse of the same body under these flags does not finish:
 * it thrashes the collector for minutes, which is why it is not run here as a control.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const { nodeFlags } = JSON.parse(readFileSync('scripts/lib/runtime.json', 'utf8')) as { nodeFlags: string[] };
const child = path.join(import.meta.dirname, '__fixtures__', 'hostile-body-child.ts');

const run = (mode: string) =>
  spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', child, mode], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '' },
  });

describe('hostile JSON bodies under the production heap', () => {
  it('our reader refuses it by depth before JSON.parse, whatever the size limit, and the process survives', () => {
    const r = run('reader');
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number>;
    console.log(`hostile body figures under ${nodeFlags.join(' ')}: ${JSON.stringify(result)}`);
    expect(result.hostileAtCdsLimit).toBe(400);
    expect(result.hostileAt8MiB).toBe(400);
    expect(result.worstCaseParsed).toBe(4);
    expect(result.peakHeapMB).toBeLessThan(120);
  }, 60_000);
});
