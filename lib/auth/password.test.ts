import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('staff password hashes', () => {
  it('verify the right password only, with a fresh salt each time, and never store the password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toContain('correct');
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('refuse a hash they cannot read or whose cost is out of bounds, instead of throwing', async () => {
    const good = await hashPassword('correct horse battery');
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('correct horse battery', good.replace('$32768$', '$1024$'))).toBe(false);
    expect(await verifyPassword('correct horse battery', good.replace('$32768$', '$4194304$'))).toBe(false);
    expect(await verifyPassword('x'.repeat(10_000), good)).toBe(false);
  });
});
