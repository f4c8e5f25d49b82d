import { expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { buildHandout } from '@/lib/handout/build';
import { recommend } from '@/lib/rules/engine';
import { getDb, withDb } from './client';
import { listFeedback, saveFeedback } from './feedback';
import { findHandout, saveHandout } from './handouts';
import { pingDatabase } from './health';
import { describeEachDatabase } from './database-suites';

describeEachDatabase('database', (kind) => {
  it('answers a real query', async () => {
    await expect(pingDatabase()).resolves.toBeUndefined();
  });

  it('round-trips a handout record', async () => {
    const id = `test-${kind}-1`;
    await withDb((p) =>
      p.handout.create({
        data: { id, rulesetVersion: 'v', conditionId: 'psoriasis', inputJson: '{}', contentJson: '{"a":1}' },
      }),
    );
    const row = await withDb((p) => p.handout.findUnique({ where: { id } }));
    expect(row).toMatchObject({ id, conditionId: 'psoriasis', contentJson: '{"a":1}' });
    expect(row!.createdAt).toBeInstanceOf(Date);
  });

  it('saves and finds a handout snapshot through the repository', async () => {
    const kb = getKnowledgeBase();
    const input = { condition: 'psoriasis', regimen: ['topical-corticosteroid'], factors: [], age: 45 };
    const recommendation = recommend(kb, input);
    const suggestionIds = recommendation.suggestions.map((s) => s.id);
    const content = buildHandout(kb, recommendation, suggestionIds, new Date('2026-11-27T10:00:00Z'));
    const id = await saveHandout({ input: { ...input, suggestionIds }, content });
    const found = await findHandout(id);
    expect(found?.content).toEqual(content);
    expect(found?.input.suggestionIds).toEqual(suggestionIds);
    expect(await findHandout('A'.repeat(22))).toBeNull();
  });

  it('stores CDS feedback and lists it newest first', async () => {
    await saveFeedback(
      'gutskin-patient-view',
      [
        {
          card: 'card-1',
          outcome: 'accepted',
          acceptedSuggestions: [{ id: 's-1' }],
          outcomeTimestamp: '2026-11-27T10:00:00Z',
        },
        {
          card: 'card-2',
          outcome: 'overridden',
          overrideReason: {
            reason: { code: 'patient-declined', system: 'https://example.org/r', display: 'Patient declined' },
            userComment: 'x'.repeat(900),
          },
          outcomeTimestamp: '2026-11-27T10:01:00Z',
        },
      ],
      new Date('2026-11-27T10:02:00Z'),
    );
    const listed = await listFeedback(10);
    expect(listed.map((f) => f.cardUuid).sort()).toEqual(['card-1', 'card-2']);
    const overridden = listed.find((f) => f.cardUuid === 'card-2')!;
    expect(overridden.overrideReason?.display).toBe('Patient declined');
    expect(overridden.userComment).toHaveLength(500);
    expect(listed.find((f) => f.cardUuid === 'card-1')!.acceptedSuggestionIds).toEqual(['s-1']);
  });

  it('talks to the kind of database the URL names', async () => {
    const client = await getDb();
    const query = kind === 'sqlite' ? 'SELECT sqlite_version() AS v' : 'SELECT version() AS v';
    const [row] = await client.$queryRawUnsafe<{ v: string }[]>(query);
    expect(row!.v).toMatch(kind === 'sqlite' ? /^3\./ : /PostgreSQL/);
  });
});
