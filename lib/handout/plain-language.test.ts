import { describe, expect, it } from 'vitest';
import { getKnowledgeBase, knowledgeBaseInput, loadKnowledgeBase } from '@/lib/kb';
import { OVERCLAIM } from '@/lib/kb/audit';
import { scopeCovers, type KnowledgeBase } from '@/lib/kb/model';
import { Certainty, Stance } from '@/lib/kb/schema';
import {
  adjunctFingerprint,
  alertFingerprint,
  caveatFingerprint,
  conditionFingerprint,
  statementFingerprint,
} from './fingerprint';
import * as plain from './plain-language';
import { fire, producibleHandouts } from './producible';
import { handoutTextUnits } from './readability';

/** Alerts the engine raises from cross-references between questions, outside the safety rules. */
const ENGINE_ALERTS = getKnowledgeBase().data.crossReferences.map((x) => x.id);

/** Every knowledge-base id and code a handout may need wording for, and which are missing or stale. */
function plainLanguageProblems(kb: KnowledgeBase): string[] {
  const problems: string[] = [];
  const check = (kind: string, needed: string[], table: Record<string, unknown>) => {
    for (const id of needed) if (!(id in table)) problems.push(`${kind} "${id}" has no plain-language text`);
    for (const id of Object.keys(table))
      if (!needed.includes(id))
        problems.push(`${kind} "${id}" has plain-language text but is not in the knowledge base`);
  };
  check(
    'adjunct',
    kb.data.adjuncts.map((a) => a.id),
    plain.adjunctPlain,
  );
  check(
    'statement',
    kb.data.statements.map((s) => s.id),
    plain.statementPlain,
  );
  check(
    'condition',
    kb.data.conditions.map((c) => c.id),
    plain.conditionPlain,
  );
  check(
    'alert code',
    [...new Set([...kb.data.safetyRules.map((r) => r.alertCode), ...ENGINE_ALERTS])],
    plain.alertPlain,
  );
  check(
    'caveat',
    [...kb.data.standardCaveats.map((c) => c.code), kb.data.topicalInteractionNote.code],
    plain.caveatPlain,
  );
  return problems;
}

function staleFingerprints(kb: KnowledgeBase): string[] {
  const stale: string[] = [];
  const check = (
    kind: string,
    table: Record<string, { fingerprint: string }>,
    current: (kb: KnowledgeBase, id: string) => string | null,
  ) => {
    for (const [id, entry] of Object.entries(table)) {
      const now = current(kb, id);
      if (now !== null && now !== entry.fingerprint) {
        stale.push(
          `${kind} "${id}" changed in the knowledge base since its plain-language text was written: re-read it, update the text, then set fingerprint: '${now}'`,
        );
      }
    }
  };
  check('adjunct', plain.adjunctPlain, adjunctFingerprint);
  check('statement', plain.statementPlain, statementFingerprint);
  check('condition', plain.conditionPlain, conditionFingerprint);
  check('alert code', plain.alertPlain, alertFingerprint);
  check('caveat', plain.caveatPlain, caveatFingerprint);
  return stale;
}

const kb = getKnowledgeBase();

describe('plain-language coverage', () => {
  it('has text for every adjunct, statement, condition, alert code and standard caveat of the knowledge base, and nothing else', () => {
    expect(plainLanguageProblems(kb)).toEqual([]);
  });

  it('has text for every certainty and every stance', () => {
    for (const c of Certainty.options) expect(plain.certaintyPlain[c]).toMatch(/\w/);
    for (const s of Stance.options) expect(plain.stancePlain[s]).toMatch(/\w/);
  });

  it('notices an adjunct, a statement or an alert code added to the knowledge base without plain-language text', () => {
    const extended = loadKnowledgeBase({
      ...knowledgeBaseInput,
      adjuncts: [...knowledgeBaseInput.adjuncts, { ...knowledgeBaseInput.adjuncts[0]!, id: 'new-strain' }],
      statements: [
        ...knowledgeBaseInput.statements,
        { ...knowledgeBaseInput.statements[0]!, id: 'new-statement', adjunctId: 'new-strain' },
      ],
      safetyRules: [
        ...knowledgeBaseInput.safetyRules,
        { ...knowledgeBaseInput.safetyRules[0]!, id: 'new-rule', alertCode: 'new-alert' },
      ],
    });
    expect(plainLanguageProblems(extended)).toEqual([
      'adjunct "new-strain" has no plain-language text',
      'statement "new-statement" has no plain-language text',
      'alert code "new-alert" has no plain-language text',
    ]);
  });

  it('was written against the knowledge base as it is now (fingerprints match)', () => {
    expect(staleFingerprints(kb)).toEqual([]);
  });

  it('notices when a knowledge-base entry changes after its plain-language text was written', () => {
    const changed = loadKnowledgeBase({
      ...knowledgeBaseInput,
      adjuncts: knowledgeBaseInput.adjuncts.map((a) =>
        a.id === 'lgg-perinatal' ? { ...a, dose: '2×10¹⁰ CFU a day' } : a,
      ),
    });
    expect(staleFingerprints(changed)).toEqual([
      expect.stringContaining('adjunct "lgg-perinatal" changed in the knowledge base'),
    ]);
  });
});

describe('plain-language honesty', () => {
  const all = producibleHandouts(kb, new Date('2026-11-27T00:00:00Z'));

  it('never overclaims (cure, proven, guaranteed, safe for everyone, …) in any handout', () => {
    const found = all.flatMap((h) => handoutTextUnits(h.content).filter((t) => OVERCLAIM.test(t)));
    expect([...new Set(found)]).toEqual([]);
  });

  it('prints every alert that can reach a handout somewhere among the producible handouts', () => {
    const printed = new Set(all.flatMap((h) => handoutTextUnits(h.content)));
    const fired = new Set(all.flatMap((h) => h.recommendation.alerts.map((a) => a.code)));
    for (const rule of kb.data.safetyRules) {
      // A handout can print a rule only for a condition whose regimen can fire it and which grades a product in its
      // scope (no graded product contains a yeast; spirulina is only in an acne product, and acne has no
      // immunosuppressant to tick, though the CDS service can read one from the record).
      const printable = kb.data.conditions.some(
        (c) =>
          fire(kb, c.id, rule.trigger) !== null &&
          (rule.appliesTo === 'none' ||
            (kb.statementsByCondition.get(c.id) ?? []).some((s) =>
              scopeCovers(rule.appliesTo, kb.adjunctsById.get(s.adjunctId)!),
            )),
      );
      if (!printable) continue;
      expect(fired, `alert ${rule.alertCode} never fires`).toContain(rule.alertCode);
    }
    for (const [code, entry] of Object.entries(plain.alertPlain)) {
      // Rules that touch no adjunct in the knowledge base (yeast rules: no yeast product is graded) cannot print.
      const reachable =
        entry.scope === 'patient' ||
        all.some((h) => h.recommendation.suggestions.some((s) => s.caveats.some((c) => c.code === code)));
      if (!reachable) continue;
      const texts = [entry.text, entry.reason].filter(Boolean) as string[];
      expect(
        texts.some((t) => printed.has(t)),
        `alert ${code} is never printed`,
      ).toBe(true);
    }
  });
});
