/**
 * Fingerprints of the knowledge-base entries that plain-language wording restates. Stored next to the wording in
 * ./plain-language.ts; a test fails when an entry changes, so the wording is re-read before it prints again.
 */
import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '@/lib/kb/model';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 8);

export function adjunctFingerprint(kb: KnowledgeBase, id: string): string | null {
  const a = kb.adjunctsById.get(id);
  return a
    ? hash([
        a.name,
        a.kind,
        a.live,
        a.organisms,
        a.otherIngredients,
        a.form,
        a.dose,
        a.duration,
        a.doseVerified,
        a.asStudied,
      ])
    : null;
}

export function statementFingerprint(kb: KnowledgeBase, id: string): string | null {
  const s = kb.data.statements.find((x) => x.id === id);
  return s
    ? hash([s.claim, s.population, s.comparator, s.outcome, s.effect, s.certainty, s.baseStance, s.rationale, s.limits])
    : null;
}

export function conditionFingerprint(kb: KnowledgeBase, id: string): string | null {
  const c = kb.conditionsById.get(id);
  return c ? hash([c.name, c.question, c.summary, c.evidenceStatus]) : null;
}

/** Every safety rule that raises the alert code (several rules may share one). */
export function alertFingerprint(kb: KnowledgeBase, code: string): string | null {
  const rules = kb.data.safetyRules.filter((r) => r.alertCode === code);
  return rules.length ? hash(rules.map((r) => [r.trigger, r.appliesTo, r.effect, r.text, r.caveat])) : null;
}

export function caveatFingerprint(kb: KnowledgeBase, code: string): string | null {
  const c = [...kb.data.standardCaveats, kb.data.topicalInteractionNote].find((x) => x.code === code);
  return c ? hash(c.text) : null;
}
