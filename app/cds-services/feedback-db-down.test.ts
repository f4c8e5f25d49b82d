/** Feedback when the database cannot be opened: 503 problem+json with Retry-After, never a 500. */
import { describe, expect, it } from 'vitest';
import { GET as csv } from '@/app/api/v1/cds-feedback.csv/route';
import { reference } from '@/lib/cds/__fixtures__/load';
import { UNREACHABLE_DATABASE_URL } from '@/lib/db/testing';
import { POST as feedback } from './[id]/feedback/route';

describe('database down', () => {
  it('answers feedback and the CSV export with 503 and Retry-After', async () => {
    process.env.DATABASE_URL = UNREACHABLE_DATABASE_URL;
    process.env.CDS_AUTH = 'off';
    const res = await feedback(
      new Request('http://localhost/cds-services/gutskin-patient-view/feedback', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(reference('spec-21-example-suggestion-accepted.json')),
      }),
      { params: Promise.resolve({ id: 'gutskin-patient-view' }) },
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('retry-after')).toBe('30');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await res.json()) as { detail: string }).detail).toMatch(/database is unavailable/);

    const exported = await csv(new Request('http://localhost/api/v1/cds-feedback.csv'));
    expect(exported.status).toBe(503);
    expect(exported.headers.get('retry-after')).toBeTruthy();
  });
});
