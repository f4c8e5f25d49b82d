/**
 * Drugs the record lists that are not regimen options of the condition being answered (for example a rosacea
 * patient on adalimumab for Crohn's disease) cannot go into the engine's regimen: the engine accepts only the
 * condition's own options. Their oral-antibiotic / oral-antifungal flags become patient factors in mapping.ts; their
 * other flags (systemic immunosuppressant, biologic, JAK inhibitor, teratogen) are applied here, with the knowledge
 * base's own regimen-flag safety rules: the same triggers, stance caps, caveats and alert texts the engine would have
 * applied had the drug been in the list. Like the engine, this can only make an answer more cautious.
 */
import type { KnowledgeBase } from '@/lib/kb/model';
import type { RegimenFlag, Stance } from '@/lib/kb/schema';
import {
  EFFECT_CAP,
  mostCautious,
  permissiveness,
  ruleApplies,
  toSourceOut,
  triggerFires,
  type SafetyContext,
} from '@/lib/rules/engine';
import type { RecommendationOut } from '@/lib/rules/types';
import { FACTOR_FOR_FLAG, type MedicationFinding } from './mapping';

/** The flags of other medications that mapping.ts did not already turn into patient factors. */
export function otherFlags(medications: readonly MedicationFinding[]): RegimenFlag[] {
  return [...new Set(medications.flatMap((m) => m.flags).filter((f) => FACTOR_FOR_FLAG[f] === undefined))];
}

/** Applies the KB's regimen-flag rules for drugs outside the condition's list. Returns a new recommendation. */
export function applyOtherMedicationRules(
  kb: KnowledgeBase,
  rec: RecommendationOut,
  medications: readonly MedicationFinding[],
): RecommendationOut {
  const extra = otherFlags(medications);
  if (extra.length === 0) return rec;
  const ownFlags = rec.input.regimen.flatMap((id) => kb.regimenById.get(id)?.flags ?? []);
  const base: SafetyContext = {
    factors: new Set(rec.input.factors),
    regimenFlags: new Set(ownFlags),
    age: rec.input.age,
  };
  const widened: SafetyContext = { ...base, regimenFlags: new Set([...ownFlags, ...extra]) };
  const rules = kb.data.safetyRules.filter((r) => triggerFires(r.trigger, widened) && !triggerFires(r.trigger, base));
  if (rules.length === 0) return rec;

  const out: RecommendationOut = structuredClone(rec);
  const drugs = medications.filter((m) => m.flags.some((f) => extra.includes(f))).map((m) => m.label);
  for (const s of out.suggestions) {
    const adjunct = kb.adjunctsById.get(s.adjunct.id);
    if (!adjunct) continue;
    for (const rule of rules) {
      if (!ruleApplies(rule, adjunct)) continue;
      const cap = EFFECT_CAP[rule.effect];
      const before = s.stance;
      if (cap) s.stance = mostCautious(s.stance, cap);
      s.trace.push(`cds:other-medication:${rule.id}${before !== s.stance ? `→${s.stance}` : ''}`);
      if (!s.caveats.some((c) => c.code === rule.alertCode)) {
        s.caveats.unshift({
          code: rule.alertCode,
          severity: rule.severity,
          text: rule.caveat,
          sourceIds: [...rule.sourceIds],
        });
      }
    }
  }
  out.suggestions.sort((a, b) => permissiveness(b.stance) - permissiveness(a.stance));

  for (const rule of rules) {
    const existing = out.alerts.find((a) => a.code === rule.alertCode);
    if (existing) existing.sourceIds = [...new Set([...existing.sourceIds, ...rule.sourceIds])];
    else
      out.alerts.push({
        code: rule.alertCode,
        severity: rule.severity,
        text: `${rule.text} (From the record: ${drugs.join('; ')}.)`,
        sourceIds: [...rule.sourceIds],
      });
  }
  const order = ['critical', 'warning', 'info'];
  out.alerts.sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));

  const cited = new Set(out.sources.map((s) => s.id));
  for (const id of rules.flatMap((r) => r.sourceIds)) {
    if (!cited.has(id)) {
      out.sources.push(toSourceOut(kb, id));
      cited.add(id);
    }
  }
  out.sources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  if (
    out.conclusion.status !== 'evidence-against-routine-use' &&
    out.conclusion.status !== 'insufficient-evidence' &&
    out.suggestions.length
  ) {
    const best = out.suggestions.reduce<Stance>(
      (acc, s) => (permissiveness(s.stance) > permissiveness(acc) ? s.stance : acc),
      'avoid',
    );
    out.conclusion = { ...out.conclusion, status: mostCautious(out.conclusion.status, best) };
  }
  return out;
}
