import { describe, expect, it } from 'vitest';
import { recommend } from '@/lib/rules/engine';
import { getKnowledgeBase } from '.';
import {
  citationCount,
  citationsOf,
  evidencePageParams,
  evidencePath,
  findStatement,
  letterClaimsForCondition,
  letterReferences,
  resolveSources,
} from './citations';

const kb = getKnowledgeBase();

describe('citationsOf', () => {
  it('finds every kind of item that cites Jung 2013', () => {
    const c = citationsOf(kb, 'jung-2013');
    expect(c.statements.map((s) => s.statement.id)).toEqual(['acne-jung-mix-with-minocycline']);
    expect(c.conditionSummaries.map((x) => x.id)).toEqual(['acne-vulgaris']);
    expect(c.letterClaimsAppraisal.map((l) => l.id)).toEqual(
      expect.arrayContaining(['acne-barrier', 'substantial-evidence']),
    );
    expect(c.letterClaimsCited).toEqual([]);
    expect(c.caveats.map((x) => x.code)).toEqual(['alongside-not-instead']);
  });

  it('separates the letter citing a source from our appraisal citing it', () => {
    const c = citationsOf(kb, 'buhas-2023');
    expect(c.letterClaimsCited.map((l) => l.id)).toEqual(['psoriasis-anti-inflammatory']);
    expect(c.letterClaimsAppraisal.map((l) => l.id)).toEqual(['psoriasis-anti-inflammatory']);
  });

  it('finds condition notes and the topical-interaction note', () => {
    expect(citationsOf(kb, 'moludi-2021').conditionNotes.map((n) => n.note.id)).toEqual([
      'psoriasis-meta-analyses-disagree',
    ]);
    expect(citationsOf(kb, 'ajhp-2010-probiotics').caveats.map((c) => c.code)).toContain(
      'no-known-interaction-topicals',
    );
  });

  it('finds the co-therapy facts and the safety checks derived from a product label', () => {
    const c = citationsOf(kb, 'label-isotretinoin');
    expect(c.regimenFacts.map((o) => o.id)).toEqual(['isotretinoin']);
    expect(c.safetyRules.map((r) => r.id)).toContain('isotretinoin-pregnancy');
    expect(citationsOf(kb, 'label-neoral').regimenFacts.map((o) => o.id)).toEqual(['ciclosporin']);
  });

  it('every source in the knowledge base is cited by at least one item (no orphan source pages)', () => {
    const orphans = kb.data.sources.filter((s) => citationCount(citationsOf(kb, s.id)) === 0).map((s) => s.id);
    expect(orphans).toEqual([]);
  });

  it('answers nothing for an unknown source', () => {
    expect(citationCount(citationsOf(kb, 'nope'))).toBe(0);
  });
});

describe('evidence page addresses', () => {
  it('match the evidenceUrl of every suggestion the engine makes, one page per statement', () => {
    const urls = kb.data.conditions.flatMap((c) =>
      recommend(kb, { condition: c.id, regimen: [], factors: [], age: null }).suggestions.map((s) => s.evidenceUrl),
    );
    expect(evidencePageParams(kb).map(evidencePath).sort()).toEqual([...urls].sort());
    expect(new Set(urls).size).toBe(kb.data.statements.length);
  });

  it('finds a statement by condition and adjunct, and nothing for an unknown pair', () => {
    expect(findStatement(kb, 'psoriasis', 'navarro-lopez-psoriasis-three-strain')?.id).toBe(
      'psoriasis-navarro-lopez-mix',
    );
    expect(findStatement(kb, 'psoriasis', 'lgg-perinatal')).toBeUndefined();
    expect(findStatement(kb, 'nope', 'nope')).toBeUndefined();
  });
});

describe('letter helpers', () => {
  it("lists the letter's five references: four narrative reviews and one non-randomised trial", () => {
    const refs = letterReferences(kb);
    expect(refs).toHaveLength(5);
    expect(refs.filter((s) => s.type === 'narrative-review')).toHaveLength(4);
    expect(refs.filter((s) => s.type === 'cohort').map((s) => s.id)).toEqual(['buhas-2023']);
  });

  it('finds the letter claims about a condition', () => {
    expect(letterClaimsForCondition(kb, kb.conditionsById.get('psoriasis')!).map((l) => l.id)).toEqual([
      'psoriasis-anti-inflammatory',
    ]);
    expect(letterClaimsForCondition(kb, kb.conditionsById.get('hidradenitis-suppurativa')!)).toEqual([]);
  });

  it('resolves source ids in order and refuses unknown ones', () => {
    expect(resolveSources(kb, ['jung-2013', 'khalid-2025']).map((s) => s.id)).toEqual(['jung-2013', 'khalid-2025']);
    expect(() => resolveSources(kb, ['nope'])).toThrow(/nope/);
  });
});
