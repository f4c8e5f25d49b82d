/** Caveat grouping and per-suggestion sources, on a tiny knowledge base built for the test (lib/kb/testing.ts). */
import { describe, expect, it } from 'vitest';
import { tinyKnowledgeBase } from '@/lib/kb/testing';
import type { KnowledgeBaseInput, SafetyRuleInput } from '@/lib/kb/schema';
import { groupCaveats, suggestionSourceIds } from './caveat-groups';
import { recommend } from './engine';
import type { RecommendationInput, RecommendationOut } from './types';

const ask = (input: Partial<RecommendationInput>): RecommendationInput => ({
  condition: 'test-condition',
  regimen: [],
  factors: [],
  age: 30,
  ...input,
});

const spacing = (appliesTo: SafetyRuleInput['appliesTo']): SafetyRuleInput => ({
  id: 'antibiotic-spacing',
  topic: 'interaction',
  trigger: { regimenFlag: 'oral-antibiotic' },
  appliesTo,
  effect: 'advice',
  severity: 'warning',
  alertCode: 'antibiotic-spacing',
  text: 'Oral antibiotic: take the product 2 hours apart (test).',
  caveat: 'Take 2 hours apart from the antibiotic (test).',
  sourceIds: ['label'],
});

/** Each statement cites its own trial; the general caveat cites a source about another condition. */
function ownSources(d: KnowledgeBaseInput) {
  const base = d.sources[0]!;
  const own: Record<string, string> = {
    'bug-only': 'trial-bug',
    'bug-with-alga': 'trial-alga',
    'fibre-only': 'trial-fibre',
  };
  for (const id of [...Object.values(own), 'other-condition-ma'])
    d.sources.push({ ...base, id, label: `Test source ${id}` });
  for (const s of d.statements) s.sourceIds = [own[s.adjunctId]!];
  d.standardCaveats[0]!.sourceIds = ['other-condition-ma'];
}

const byAdjunct = (out: RecommendationOut, adjunctId: string) =>
  out.suggestions.find((s) => s.adjunct.id === adjunctId)!;

/** Every caveat of every suggestion is still shown somewhere: shared, on its card, or said by an alert. */
function expectNothingLost(out: RecommendationOut) {
  const g = groupCaveats(out);
  for (const s of out.suggestions)
    for (const c of s.caveats) {
      const shown =
        g.shared.some((x) => x.code === c.code && x.text === c.text) ||
        g.specific[s.id]!.some((x) => x.code === c.code && x.text === c.text) ||
        (g.saidByAlert.includes(c.code) && out.alerts.some((a) => a.code === c.code));
      expect(shown, `${s.id}: ${c.code}`).toBe(true);
    }
}

describe('groupCaveats', () => {
  it('shows a caveat every suggestion carries once, above the cards, and not on any card', () => {
    const kb = tinyKnowledgeBase((d) => d.statements.forEach((s) => (s.limits = [`Only ${s.adjunctId} was studied.`])));
    const out = recommend(kb, ask({ regimen: ['cream'] }));
    const g = groupCaveats(out);
    expect(g.shared.map((c) => c.code).sort()).toEqual(['alongside-not-instead', 'no-known-interaction-topicals']);
    for (const s of out.suggestions) {
      const codes = g.specific[s.id]!.map((c) => c.code);
      expect(codes).not.toContain('alongside-not-instead');
      expect(codes).not.toContain('no-known-interaction-topicals');
      expect(codes).toContain('evidence-limits');
    }
    expectNothingLost(out);
  });

  it('keeps on its cards a caveat only some suggestions carry', () => {
    const kb = tinyKnowledgeBase((d) => d.safetyRules.push(spacing('bacterial')));
    const out = recommend(kb, ask({ regimen: ['antibiotic'] }));
    const g = groupCaveats(out);
    expect(g.shared.map((c) => c.code)).not.toContain('antibiotic-spacing');
    expect(g.saidByAlert).toEqual([]);
    expect(g.specific[byAdjunct(out, 'bug-only').id]!.map((c) => c.code)).toContain('antibiotic-spacing');
    expect(g.specific[byAdjunct(out, 'bug-with-alga').id]!.map((c) => c.code)).toContain('antibiotic-spacing');
    expect(g.specific[byAdjunct(out, 'fibre-only').id]!.map((c) => c.code)).not.toContain('antibiotic-spacing');
    expectNothingLost(out);
  });

  it('does not repeat a caveat on every card that an alert already says, and leaves the alert alone', () => {
    const kb = tinyKnowledgeBase((d) => d.safetyRules.push(spacing('all')));
    const out = recommend(kb, ask({ regimen: ['antibiotic'] }));
    const alertsBefore = structuredClone(out.alerts);
    const g = groupCaveats(out);
    expect(out.alerts.map((a) => a.code)).toContain('antibiotic-spacing');
    expect(g.saidByAlert).toEqual(['antibiotic-spacing']);
    expect(g.shared.map((c) => c.code)).not.toContain('antibiotic-spacing');
    for (const s of out.suggestions) expect(g.specific[s.id]!.map((c) => c.code)).not.toContain('antibiotic-spacing');
    expect(out.alerts).toEqual(alertsBefore);
    expectNothingLost(out);
  });

  it('never groups a critical caveat away from the card it concerns', () => {
    const out = recommend(tinyKnowledgeBase(), ask({ factors: ['immunocompromised'] }));
    const g = groupCaveats(out);
    // The live products are avoided; the prebiotic is not: the caveat is specific, so it stays on those cards.
    for (const id of ['bug-only', 'bug-with-alga'])
      expect(g.specific[byAdjunct(out, id).id]!.map((c) => c.code)).toContain('immunocompromised-live');
    expect(g.shared.map((c) => c.code)).not.toContain('immunocompromised-live');
    expect(out.alerts.map((a) => a.code)).toContain('immunocompromised-live');
    expectNothingLost(out);
  });

  it('shows a caveat repeated on one card once', () => {
    const out = recommend(tinyKnowledgeBase(), ask({}));
    const s = out.suggestions[0]!;
    const twice = { ...out, suggestions: [{ ...s, caveats: [...s.caveats, ...s.caveats] }] };
    const g = groupCaveats(twice);
    expect(g.specific[s.id]!).toHaveLength(new Set(s.caveats.map((c) => c.code + c.text)).size);
  });

  it('lifts nothing out of a single suggestion', () => {
    const kb = tinyKnowledgeBase((d) => {
      d.statements = d.statements.filter((s) => s.adjunctId === 'fibre-only');
    });
    const out = recommend(kb, ask({ regimen: ['cream'] }));
    const g = groupCaveats(out);
    expect(g.shared).toEqual([]);
    expect(g.specific[out.suggestions[0]!.id]).toEqual(out.suggestions[0]!.caveats);
  });
});

describe('suggestionSourceIds', () => {
  it("lists a card's own trial and specific caveats, not other cards' trials or the general caveats' sources", () => {
    const kb = tinyKnowledgeBase((d) => {
      ownSources(d);
      d.safetyRules.push({ ...spacing('bacterial'), sourceIds: ['label'] });
    });
    const out = recommend(kb, ask({ regimen: ['antibiotic'] }));
    const g = groupCaveats(out);
    const fibre = byAdjunct(out, 'fibre-only');
    const bug = byAdjunct(out, 'bug-only');
    const fibreSources = suggestionSourceIds(fibre, g.specific[fibre.id]!);
    const bugSources = suggestionSourceIds(bug, g.specific[bug.id]!);
    expect(fibreSources).toContain('trial-fibre');
    expect(fibreSources).not.toContain('trial-bug');
    expect(fibreSources).not.toContain('trial-alga');
    expect(fibreSources).not.toContain('other-condition-ma');
    expect(fibreSources).not.toContain('label');
    expect(bugSources).toEqual(expect.arrayContaining(['trial-bug', 'label']));
    expect(bugSources).not.toContain('trial-fibre');
    expect(bugSources).not.toContain('other-condition-ma');
    // The general caveat's source is still cited, once, where that caveat is shown.
    expect(g.shared.find((c) => c.code === 'alongside-not-instead')!.sourceIds).toEqual(['other-condition-ma']);
  });
});
