/**
 * Every handout the knowledge base can produce, near enough: each condition, with inputs that fire each safety rule
 * (through the real engine), ages outside the studied ranges, topical regimens, and everything at once; and for each,
 * the default selection, each suggestion alone and none. Used by the readability and coverage tests.
 */
import type { KnowledgeBase } from '@/lib/kb/model';
import type { SafetyTrigger } from '@/lib/kb/schema';
import { recommend } from '@/lib/rules/engine';
import type { RecommendationInput, RecommendationOut } from '@/lib/rules/types';
import { buildHandout } from './build';
import type { HandoutContent } from './content';

export interface ProducedHandout {
  label: string;
  input: RecommendationInput;
  recommendation: RecommendationOut;
  suggestionIds: string[];
  content: HandoutContent;
}

type InputParts = { regimen: string[]; factors: string[]; age: number | null };

/** An input for this condition that fires the trigger, or null when no regimen of the condition can. */
export function fire(kb: KnowledgeBase, conditionId: string, trigger: SafetyTrigger): InputParts | null {
  const regimenIds = kb.conditionsById.get(conditionId)!.regimenOptionIds;
  if ('ageBelow' in trigger) return { regimen: [], factors: [], age: Math.max(0, trigger.ageBelow - 1) };
  if ('anyOf' in trigger) {
    for (const alternative of trigger.anyOf) {
      const input = fire(kb, conditionId, alternative);
      if (input) return input;
    }
    return null;
  }
  const parts = 'allOf' in trigger ? trigger.allOf : [trigger];
  const out: InputParts = { regimen: [], factors: [], age: null };
  for (const part of parts) {
    if ('always' in part) continue;
    if ('factor' in part) out.factors.push(part.factor);
    else if ('ageBelow' in part) out.age = Math.max(0, Math.ceil(part.ageBelow) - 1);
    else if ('regimenOption' in part) {
      if (!regimenIds.includes(part.regimenOption)) return null;
      out.regimen.push(part.regimenOption);
    } else if ('immunosuppressiveDrugsAtLeast' in part) {
      const ids = regimenIds.filter((r) =>
        kb.regimenById.get(r)!.flags.some((f) => kb.flagsById.get(f)?.immunosuppressive),
      );
      if (ids.length < part.immunosuppressiveDrugsAtLeast) return null;
      out.regimen.push(...ids.slice(0, part.immunosuppressiveDrugsAtLeast));
    } else {
      const id = regimenIds.find((r) => kb.regimenById.get(r)!.flags.includes(part.regimenFlag));
      if (!id) return null;
      out.regimen.push(id);
    }
  }
  return out;
}

/**
 * The factors, in order, that one patient of this age can have together (a newborn is not pregnant, and a
 * hospitalised newborn is not also breastfeeding): a handout is only ever made for a plausible patient.
 */
function plausibleFactors(kb: KnowledgeBase, factorIds: readonly string[], age: number | null): string[] {
  const kept: string[] = [];
  for (const id of factorIds) {
    const factor = kb.factorsById.get(id)!;
    const range = factor.plausibleAges;
    if (range && age !== null && (age < range.min || age > range.max)) continue;
    const clash = kept.some((k) => factor.excludes.includes(k) || kb.factorsById.get(k)!.excludes.includes(id));
    if (!clash) kept.push(id);
  }
  return kept;
}

export function producibleInputs(kb: KnowledgeBase): { label: string; input: RecommendationInput }[] {
  const inputs: { label: string; input: RecommendationInput }[] = [];
  const avoidFactors = new Set(
    kb.data.safetyRules.flatMap((r) => (r.effect === 'avoid' && 'factor' in r.trigger ? [r.trigger.factor] : [])),
  );
  for (const condition of kb.data.conditions) {
    const add = (label: string, p: InputParts) =>
      inputs.push({
        label: `${condition.id} · ${label}`,
        input: { condition: condition.id, ...p, factors: plausibleFactors(kb, p.factors, p.age) },
      });
    const regimens = condition.regimenOptionIds.map((id) => kb.regimenById.get(id)!);
    add('nothing reported', { regimen: [], factors: [], age: null });
    for (const rule of kb.data.safetyRules) {
      const p = fire(kb, condition.id, rule.trigger);
      if (p) add(`rule ${rule.id}`, p);
    }
    for (const age of [0, 10, 16, 40, 80]) add(`age ${age}`, { regimen: [], factors: [], age });
    const topical = regimens.find((r) => r.route === 'topical');
    if (topical) add('a topical', { regimen: [topical.id], factors: [], age: 30 });
    // Everything that cautions or advises at once (the longest printable sheet), then everything at all.
    const flagged = [...new Set(regimens.flatMap((r) => r.flags))].flatMap(
      (flag) => regimens.find((r) => r.flags.includes(flag))?.id ?? [],
    );
    const cautions = kb.data.factors.map((f) => f.id).filter((f) => !avoidFactors.has(f));
    add('every caution', {
      regimen: [...new Set([...(topical ? [topical.id] : []), ...flagged])],
      factors: cautions,
      age: 0,
    });
    add('every factor', { regimen: flagged, factors: kb.data.factors.map((f) => f.id), age: 80 });
  }
  return inputs;
}

export function producibleHandouts(kb: KnowledgeBase, issuedAt: Date): ProducedHandout[] {
  const out: ProducedHandout[] = [];
  for (const { label, input } of producibleInputs(kb)) {
    const recommendation = recommend(kb, input);
    const ids = recommendation.suggestions.map((s) => s.id);
    const selections: [string, string[]][] = [
      ['all', ids],
      ['none', []],
      ...ids.map((id): [string, string[]] => [id, [id]]),
    ];
    for (const [which, suggestionIds] of selections) {
      out.push({
        label: `${label} · ${which}`,
        input,
        recommendation,
        suggestionIds,
        content: buildHandout(kb, recommendation, suggestionIds, issuedAt),
      });
    }
  }
  return out;
}
