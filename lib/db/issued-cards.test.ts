/** Recording issued cards never fails the CDS answer and holds it at most for the budget. */
import { describe, expect, it } from 'vitest';
import type { IssuedCard } from '@/lib/cds/ledger';
import { recordIssuedCards } from './issued-cards';

const card: IssuedCard = {
  serviceId: 'gutskin-patient-view',
  cardUuid: 'c',
  rulesetVersion: 'v',
  indicator: 'warning',
  summary: 'A safety card',
  kind: 'safety',
  ruleId: 'r',
  conditionIds: ['psoriasis'],
  suggestions: [],
  overrideReasons: [],
};

describe('recordIssuedCards', () => {
  it('waits for a write that finishes within the budget', async () => {
    let written = false;
    await recordIssuedCards([card], {
      budgetMs: 1000,
      write: async (cards) => {
        await new Promise((r) => setTimeout(r, 20));
        written = true;
        return cards.length;
      },
    });
    expect(written).toBe(true);
  });

  it('lets the answer go after the budget when the database hangs', async () => {
    const started = performance.now();
    await recordIssuedCards([card], { budgetMs: 50, write: () => new Promise<number>(() => undefined) });
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(45);
    expect(waited).toBeLessThan(500);
  });

  it('logs a failed write with the service and a count, and resolves', async () => {
    const logged: string[] = [];
    await expect(
      recordIssuedCards([card, card], {
        log: (m) => logged.push(m),
        write: () => Promise.reject(new Error('database is locked\nmore')),
      }),
    ).resolves.toBeUndefined();
    expect(logged).toEqual([
      'CDS gutskin-patient-view: 2 issued card(s) could not be recorded in the ledger, so feedback on them will be refused; the cards were sent: database is locked',
    ]);
  });
});
