import { describe, expect, it } from 'vitest';
import { checkEnv, parseEnv } from './env';

describe('environment (lib/env.ts)', () => {
  it('fills the documented defaults', () => {
    const parsed = parseEnv({});
    expect(parsed.ok && parsed.env).toMatchObject({
      PORT: 3000,
      HOSTNAME: '0.0.0.0',
      WRITE_RATE_LIMIT_PER_MINUTE: 60,
      WRITE_RATE_LIMIT_BURST: 30,
      TRUST_PROXY: 0,
      RATE_LIMIT_DISABLED: false,
      CDS_AUTH: 'on',
      DATABASE_POOL_SIZE: 10,
      FEEDBACK_RETENTION_DAYS: 400,
      CONTENT_REPORT_RETENTION_DAYS: 400,
    });
  });

  it('refuses bad values, naming the variable (issue 14: WRITE_RATE_LIMIT_PER_MINUTE=sixty gave Retry-After: NaN)', () => {
    expect(checkEnv({ WRITE_RATE_LIMIT_PER_MINUTE: 'sixty', CDS_AUTH: 'off' })).toEqual([
      expect.stringMatching(/^WRITE_RATE_LIMIT_PER_MINUTE must be a whole number .*"sixty"/),
    ]);
    for (const [name, value] of [
      ['WRITE_RATE_LIMIT_BURST', '0'],
      ['PORT', '70000'],
      ['TRUST_PROXY', 'yes'],
      ['CDS_AUTH', 'maybe'],
      ['APP_ORIGIN', 'https://x.example/path'],
      ['APP_ORIGIN', 'javascript:alert(1)'],
      ['RATE_LIMIT_DISABLED', 'sure'],
      ['DATABASE_POOL_SIZE', '-1'],
      ['CSP_FRAME_ANCESTORS', "'self'\r\nX: y"],
      ['FEEDBACK_RETENTION_DAYS', '0'],
      ['FEEDBACK_RETENTION_DAYS', '3651'],
      ['FEEDBACK_RETENTION_DAYS', 'forever'],
      ['CONTENT_REPORT_RETENTION_DAYS', '0'],
      ['CONTENT_REPORT_RETENTION_DAYS', 'forever'],
    ]) {
      const problems = checkEnv({ CDS_AUTH: 'off', [name!]: value });
      expect(problems.length, `${name}=${value}`).toBe(1);
      expect(problems[0]).toMatch(new RegExp(`^${name} `));
    }
  });

  it('requires APP_ORIGIN when CDS authentication is on, and keeps TRUST_PROXY=1 meaning one proxy', () => {
    expect(checkEnv({})).toEqual([
      expect.stringMatching(/^APP_ORIGIN must be set when CDS Hooks authentication is on/),
    ]);
    expect(checkEnv({ APP_ORIGIN: 'https://gutskin.example.org/' })).toEqual([]);
    expect(checkEnv({ CDS_AUTH: 'off' })).toEqual([]);
    // A production start needs APP_ORIGIN even with authentication off: links never follow the Host header.
    expect(checkEnv({ CDS_AUTH: 'off', NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^APP_ORIGIN must be set for a production start/),
    ]);
    expect(checkEnv({ CDS_AUTH: 'off', NODE_ENV: 'production', APP_ORIGIN: 'http://localhost:3000' })).toEqual([]);
    const parsed = parseEnv({ TRUST_PROXY: '1', APP_ORIGIN: 'https://a.example/' });
    expect(parsed.ok && parsed.env.TRUST_PROXY).toBe(1);
    expect(parsed.ok && parsed.env.APP_ORIGIN).toBe('https://a.example');
  });
});
