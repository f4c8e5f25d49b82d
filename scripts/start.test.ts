/** Issue 14, F9: `npm start` exited 0 when its server died from a signal, so Restart=on-failure never restarted it. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { exitStatus } from './start.mjs';

describe('scripts/start.mjs exit status', () => {
  it("is the child's code, or 128 + the signal number when a signal killed it", () => {
    expect(exitStatus(0, null)).toBe(0);
    expect(exitStatus(1, null)).toBe(1);
    expect(exitStatus(null, 'SIGKILL')).toBe(137);
    expect(exitStatus(null, 'SIGTERM')).toBe(143);
    expect(exitStatus(null, 'SIGABRT')).toBe(134);
    expect(exitStatus(null, 'SIGBUS')).toBe(135);
    expect(exitStatus(null, null)).toBe(1);
  });
});
