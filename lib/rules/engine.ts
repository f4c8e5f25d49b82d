/**
 * The rules engine: knowledge base + validated input → recommendation. Pure and deterministic: no clock, no
 * randomness, no I/O; the same input on the same knowledge base gives the same output.
 *
 * Safety first: every safety rule can only lower a stance (stances are combined with `mostCautious`), so adding
 * a risk factor never makes an answer more permissive.
 */
import type { KnowledgeBase } from '@/lib/kb/model';
import type { Adjunct, SafetyRule, SafetyTrigger, Severity, Stance } from '@/lib/kb/schema';
import type { AlertOut, CaveatOut, RecommendationInput, RecommendationOut, SourceOut, SuggestionOut } from './types';

/** From most to least permissive. */
export const STANCE_ORDER: readonly Stance[] = ['consider', 'consider-with-caution', 'insufficient-evidence', 'avoid'];
const SEVERITY_ORDER: readonly Severity[] = ['critical', 'warning', 'info'];

export const permissiveness = (stance: Stance): number => STANCE_ORDER.length - 1 - STANCE_ORDER.indexOf(stance);

export function mostCautious(a: Stance, b: Stance): Stance {
  return permissiveness(a) <= permissiveness(b) ? a : b;
}

/** The most permissive stance each safety effect leaves (advice changes nothing). */
export const EFFECT_CAP: Record<SafetyRule['effect'], Stance | null> = {
  avoid: 'avoid',
  caution: 'consider-with-caution',
  advice: null,
};

/** What safety triggers are tested against. */
export interface SafetyContext {
  factors: ReadonlySet<string>;
  regimenFlags: ReadonlySet<string>;
  age: number | null;
}

export function triggerFires(trigger: SafetyTrigger, ctx: SafetyContext): boolean {
  if ('allOf' in trigger) return trigger.allOf.every((t) => triggerFires(t, ctx));
  if ('anyOf' in trigger) return trigger.anyOf.some((t) => triggerFires(t, ctx));
  if ('factor' in trigger) return ctx.factors.has(trigger.factor);
  if ('regimenFlag' in trigger) return ctx.regimenFlags.has(trigger.regimenFlag);
  return ctx.age !== null && ctx.age < trigger.ageBelow;
}

/** Whether a safety rule concerns this adjunct (its organisms, whether it is live, whether it holds prebiotics). */
export function ruleApplies(rule: SafetyRule, adjunct: Adjunct): boolean {
  switch (rule.appliesTo) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'live':
      return adjunct.live;
    case 'yeast':
      return adjunct.organisms.some((o) => o.kingdom === 'yeast');
    case 'bacterial':
      return adjunct.organisms.some((o) => o.kingdom === 'bacterium');
    case 'prebiotic':
      return adjunct.kind !== 'probiotic';
  }
}

function strainLabel(o: Adjunct['organisms'][number]): string {
  return o.strain ? `${o.species} ${o.strain}` : `${o.species} (strain not given in our sources)`;
}

function conclusionFor(
  kb: KnowledgeBase,
  conditionId: string,
  suggestions: SuggestionOut[],
): RecommendationOut['conclusion'] {
  const condition = kb.conditionsById.get(conditionId)!;
  if (condition.evidenceStatus === 'evidence-against-routine-use') {
    return {
      status: 'evidence-against-routine-use',
      text: `Routine probiotic or prebiotic treatment is not recommended for ${condition.name.toLowerCase()}: the best evidence suggests little or no benefit. Any product shown below rests on a single small trial.`,
    };
  }
  const best = suggestions.reduce<Stance>(
    (acc, s) => (permissiveness(s.stance) > permissiveness(acc) ? s.stance : acc),
    'avoid',
  );
  if (suggestions.length === 0 || condition.evidenceStatus === 'insufficient-evidence') {
    return {
      status: 'insufficient-evidence',
      text:
        suggestions.length === 0
          ? `Insufficient evidence: no trial of a specific probiotic or prebiotic product was found for ${condition.name.toLowerCase()}, so none is suggested.`
          : `Insufficient evidence to suggest a probiotic or prebiotic for ${condition.name.toLowerCase()}; the studies below are shown so you can judge them.`,
    };
  }
  if (best === 'avoid') {
    return {
      status: 'avoid',
      text: 'Patient factors rule out the studied live products for this patient. See the alerts.',
    };
  }
  if (best === 'insufficient-evidence') {
    return {
      status: 'insufficient-evidence',
      text: `Insufficient evidence for this patient: the studied products were tested in other groups (see each product's caveats, for example the ages studied), so none is suggested.`,
    };
  }
  if (condition.question === 'prevention') {
    return {
      status: best,
      text: 'A specific product has low-certainty evidence for preventing eczema in babies at high risk, with a conditional guideline suggestion. It is an option to discuss with the family, not required care, and not a treatment for existing eczema.',
    };
  }
  return {
    status: best,
    text: `Specific products have low-certainty evidence as an add-on to usual treatment of ${condition.name.toLowerCase()}. They are options to discuss, not required care.`,
  };
}

/**
 * Advice on how to take products (e.g. spacing from an antibiotic) says nothing useful when every product it concerns
 * is "avoid" for this patient, and would read as if taking them were fine. The yeast advice stays: it concerns
 * products outside the list (no suggested product is a yeast).
 */
function adviceIsMoot(kb: KnowledgeBase, rule: SafetyRule, suggestions: readonly SuggestionOut[]): boolean {
  if (rule.effect !== 'advice' || rule.appliesTo === 'none' || rule.appliesTo === 'yeast') return false;
  const concerned = suggestions.filter((s) => ruleApplies(rule, kb.adjunctsById.get(s.adjunct.id)!));
  return concerned.length > 0 && concerned.every((s) => s.stance === 'avoid');
}

export function recommend(kb: KnowledgeBase, input: RecommendationInput): RecommendationOut {
  const condition = kb.conditionsById.get(input.condition);
  if (!condition) throw new Error(`Unknown condition "${input.condition}" (validate input before calling the engine)`);

  const regimen = input.regimen.map((id) => {
    const option = kb.regimenById.get(id);
    if (!option || !condition.regimenOptionIds.includes(id))
      throw new Error(`Regimen "${id}" does not apply to ${condition.id}`);
    return option;
  });
  const ctx: SafetyContext = {
    factors: new Set(input.factors),
    regimenFlags: new Set(regimen.flatMap((r) => r.flags)),
    age: input.age,
  };
  const firedRules = kb.data.safetyRules.filter((rule) => triggerFires(rule.trigger, ctx));
  const topicals = regimen.filter((r) => r.route === 'topical');

  const suggestions: SuggestionOut[] = (kb.statementsByCondition.get(condition.id) ?? []).map((statement) => {
    const adjunct = kb.adjunctsById.get(statement.adjunctId)!;
    const trace = [
      `statement:${statement.id}`,
      `evidence:${statement.certainty}/${statement.strength}→${statement.baseStance}`,
    ];
    let stance = statement.baseStance;
    const caveats: CaveatOut[] = [];

    for (const rule of firedRules) {
      if (!ruleApplies(rule, adjunct)) continue;
      const cap = EFFECT_CAP[rule.effect];
      if (cap) {
        const before = stance;
        stance = mostCautious(stance, cap);
        trace.push(`safety:${rule.id}${before !== stance ? `→${stance}` : ''}`);
      } else {
        trace.push(`advice:${rule.id}`);
      }
      if (!caveats.some((c) => c.code === rule.alertCode)) {
        caveats.push({ code: rule.alertCode, severity: rule.severity, text: rule.caveat, sourceIds: rule.sourceIds });
      }
    }

    if (stance === 'avoid') {
      // How to take a product (spacing, pregnancy notes) is moot once it is not to be taken.
      const advice = new Set(firedRules.filter((r) => r.effect === 'advice').map((r) => r.alertCode));
      for (let i = caveats.length - 1; i >= 0; i--) if (advice.has(caveats[i]!.code)) caveats.splice(i, 1);
    }

    const { min, max } = statement.studiedAges;
    if (input.age !== null && (input.age < min || input.age > max)) {
      const before = stance;
      stance = mostCautious(stance, 'insufficient-evidence');
      trace.push(`age:outside-studied-range-${min}-${max}${before !== stance ? `→${stance}` : ''}`);
      caveats.push({
        code: 'outside-studied-ages',
        severity: 'warning',
        text: `Studied in ages ${min}–${max}; this patient is ${input.age}, so the result may not apply.`,
        sourceIds: statement.sourceIds,
      });
    }

    for (const limit of statement.limits) {
      caveats.push({ code: 'evidence-limits', severity: 'info', text: limit, sourceIds: statement.sourceIds });
    }
    if (!adjunct.doseVerified) {
      caveats.push({
        code: 'dose-unverified',
        severity: 'warning',
        text: 'The studied dose was not checked in our sources: use the product exactly as studied, or do not use it.',
        sourceIds: statement.sourceIds,
      });
    }
    for (const standard of kb.data.standardCaveats) caveats.push({ ...standard });
    if (topicals.length > 0) {
      const note = kb.data.topicalInteractionNote;
      trace.push('interaction:topicals-none-documented');
      caveats.push({ ...note, text: `${topicals.map((t) => t.name).join('; ')}: ${note.text}` });
    }

    return {
      id: `${condition.id}:${adjunct.id}`,
      adjunct: {
        id: adjunct.id,
        name: adjunct.name,
        kind: adjunct.kind,
        live: adjunct.live,
        strains: adjunct.organisms.map(strainLabel),
        otherIngredients: adjunct.otherIngredients,
        form: adjunct.form,
        dose: adjunct.dose,
        duration: adjunct.duration,
        doseVerified: adjunct.doseVerified,
      },
      stance,
      evidenceStance: statement.baseStance,
      evidence: {
        certainty: statement.certainty,
        strength: statement.strength,
        summary: statement.claim,
        population: statement.population,
        outcome: statement.outcome,
        effect: statement.effect,
        downgrades: statement.downgrades.map((d) => ({ ...d })),
        sourceIds: statement.sourceIds,
      },
      caveats: [...caveats].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)),
      rationale: statement.rationale,
      evidenceUrl: `/evidence/${condition.id}/${adjunct.id}`,
      trace,
    };
  });
  suggestions.sort((a, b) => permissiveness(b.stance) - permissiveness(a.stance));

  const alerts = new Map<string, AlertOut>();
  for (const rule of firedRules) {
    if (adviceIsMoot(kb, rule, suggestions)) continue;
    const existing = alerts.get(rule.alertCode);
    if (existing) {
      existing.sourceIds = [...new Set([...existing.sourceIds, ...rule.sourceIds])];
    } else {
      alerts.set(rule.alertCode, {
        code: rule.alertCode,
        severity: rule.severity,
        text: rule.text,
        sourceIds: [...rule.sourceIds],
      });
    }
  }
  if (condition.id === 'atopic-dermatitis' && (ctx.factors.has('pregnant') || (input.age !== null && input.age < 1))) {
    alerts.set('see-prevention', {
      code: 'see-prevention',
      severity: 'info',
      text: 'Preventing eczema in a baby at high risk is a different question with different evidence: choose "Atopic dermatitis: prevention in infants at high risk".',
      sourceIds: ['wao-glad-p-2015'],
    });
  }
  const sortedAlerts = [...alerts.values()].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );

  const implied = new Set<string>(input.factors);
  if (ctx.regimenFlags.has('oral-antibiotic')) implied.add('oral-antibiotics');
  if (ctx.regimenFlags.has('oral-antifungal')) implied.add('oral-antifungals');
  const assumptions = kb.data.factors
    .filter((f) => !implied.has(f.id))
    .map((f) => ({ factor: f.id, text: `${f.name}: not reported, so taken as absent. Check before acting.` }));
  if (input.age === null) {
    assumptions.push({
      factor: 'age',
      text: 'Age: not given, so age-specific cautions (infants, studied age ranges) were not applied.',
    });
  }

  const notes = (kb.notesByCondition.get(condition.id) ?? []).map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    text: n.text,
    sourceIds: n.sourceIds,
  }));

  const cited = new Set<string>(condition.summarySourceIds);
  for (const s of suggestions) {
    s.evidence.sourceIds.forEach((id) => cited.add(id));
    s.caveats.forEach((c) => c.sourceIds.forEach((id) => cited.add(id)));
  }
  sortedAlerts.forEach((a) => a.sourceIds.forEach((id) => cited.add(id)));
  notes.forEach((n) => n.sourceIds.forEach((id) => cited.add(id)));
  cited.add('khalid-2025');
  const sources: SourceOut[] = [...cited].sort().map((id) => toSourceOut(kb, id));

  return {
    rulesetVersion: kb.rulesetVersion,
    input: { condition: condition.id, regimen: [...input.regimen], factors: [...input.factors], age: input.age },
    condition: {
      id: condition.id,
      name: condition.name,
      question: condition.question,
      evidenceStatus: condition.evidenceStatus,
      summary: condition.summary,
      sourceIds: condition.summarySourceIds,
      conditionUrl: `/conditions/${condition.id}`,
    },
    conclusion: conclusionFor(kb, condition.id, suggestions),
    suggestions,
    alerts: sortedAlerts,
    notes,
    assumptions,
    sources,
  };
}

export function sourceUrl(source: { doi?: string; pmid?: string; pmcid?: string; url?: string }): string {
  if (source.doi) return `https://doi.org/${source.doi}`;
  if (source.pmid) return `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`;
  if (source.pmcid) return `https://pmc.ncbi.nlm.nih.gov/articles/${source.pmcid}/`;
  return source.url ?? '';
}

export function toSourceOut(kb: KnowledgeBase, id: string): SourceOut {
  const s = kb.sourcesById.get(id);
  if (!s) throw new Error(`Unknown source "${id}"`);
  return {
    id: s.id,
    type: s.type,
    label: s.label,
    citation: s.citation,
    year: s.year,
    doi: s.doi ?? null,
    pmid: s.pmid ?? null,
    url: sourceUrl(s),
    ocebmLevel: s.ocebmLevel,
  };
}
