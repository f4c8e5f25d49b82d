/** The recommendation response as a Zod schema: the public contract (../shared/design/api.md) checked in tests. */
import { z } from 'zod';
import { Certainty, Confidence, Severity, SourceType, Stance, Strength } from '@/lib/kb/schema';

const Caveat = z.strictObject({
  code: z.string().min(1),
  severity: Severity,
  text: z.string().min(1),
  sourceIds: z.array(z.string()).min(1),
});

export const RecommendationResponse = z.strictObject({
  rulesetVersion: z.string().regex(/^\d{4}\.\d{1,2}\.\d+\+[0-9a-f]{7}$/),
  knowledgeBase: z.strictObject({
    version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/),
    releaseDate: z.iso.date(),
    lastReviewed: z.iso.date(),
  }),
  input: z.strictObject({
    condition: z.string(),
    regimen: z.array(z.string()),
    factors: z.array(z.string()),
    age: z.number().int().min(0).max(120).nullable(),
    ageMonths: z.number().int().min(0).max(23).nullable(),
  }),
  regimenUnderReview: z.boolean(),
  condition: z.strictObject({
    id: z.string(),
    name: z.string(),
    question: z.enum(['treatment', 'prevention']),
    evidenceStatus: z.enum(['some-evidence', 'insufficient-evidence', 'evidence-against-routine-use']),
    summary: z.string(),
    sourceIds: z.array(z.string()).min(1),
    conditionUrl: z.string().startsWith('/conditions/'),
  }),
  conclusion: z.strictObject({
    status: z.union([Stance, z.literal('evidence-against-routine-use')]),
    text: z.string().min(10),
  }),
  suggestions: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+:[a-z0-9-]+$/),
      adjunct: z.strictObject({
        id: z.string(),
        name: z.string(),
        kind: z.enum(['probiotic', 'prebiotic', 'synbiotic']),
        live: z.boolean(),
        strains: z.array(z.string()),
        otherIngredients: z.array(z.string()),
        form: z.string(),
        dose: z.string(),
        duration: z.string(),
        doseVerified: z.boolean(),
        asStudied: z.strictObject({
          trialSourceId: z.string(),
          parts: z
            .array(
              z
                .strictObject({
                  part: z.enum(['product', 'dose', 'form', 'duration', 'background']),
                  label: z.string().min(1),
                  text: z.string().min(1),
                  confidence: Confidence,
                  reported: z.boolean(),
                  unknown: z.string().min(1).nullable(),
                  sourceIds: z.array(z.string()),
                })
                // What was not checked says so: a partly checked or unread part always says what is not known.
                .refine((p) => p.confidence === 'confirmed' || p.unknown !== null, {
                  error: 'a part not fully checked must say what is not known',
                }),
            )
            .length(5),
          conflicts: z.array(
            z.strictObject({ text: z.string().min(1), confidence: Confidence, sourceIds: z.array(z.string()).min(1) }),
          ),
        }),
      }),
      stance: Stance,
      evidenceStance: Stance,
      evidence: z.strictObject({
        certainty: Certainty,
        strength: Strength,
        summary: z.string(),
        population: z.string(),
        outcome: z.string(),
        effect: z.string(),
        downgrades: z.array(z.strictObject({ domain: z.string(), reason: z.string() })),
        sourceIds: z.array(z.string()).min(1),
      }),
      caveats: z.array(Caveat).min(1),
      review: z
        .strictObject({
          afterWeeks: z.number().int().min(1).nullable(),
          text: z.string().min(1),
          stopIf: z.array(z.string()).min(1),
          sourceIds: z.array(z.string()).min(1),
        })
        .nullable(),
      rationale: z.string().min(1),
      evidenceUrl: z.string().regex(/^\/evidence\/[a-z0-9-]+\/[a-z0-9-]+$/),
      trace: z.array(z.string()).min(1),
    }),
  ),
  alerts: z.array(
    z
      .strictObject({
        code: z.string(),
        severity: Severity,
        text: z.string(),
        summary: z.string().max(139),
        sourceIds: z.array(z.string()),
        regimenIds: z.array(z.string()),
      })
      // Only a label fact about the patient's own drug may be unsourced, and only when it says nothing was read.
      .refine((a) => a.sourceIds.length > 0 || a.regimenIds.length > 0, {
        error: 'an alert about the products must cite a source',
      }),
  ),
  notes: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.string(),
      title: z.string(),
      text: z.string(),
      sourceIds: z.array(z.string()).min(1),
    }),
  ),
  assumptions: z.array(z.strictObject({ factor: z.string(), text: z.string() })),
  sources: z.array(
    z.strictObject({
      id: z.string(),
      type: SourceType,
      label: z.string(),
      citation: z.string(),
      year: z.number().int().nullable(),
      doi: z.string().nullable(),
      pmid: z.string().nullable(),
      url: z.url(),
      ocebmLevel: z.number().int().min(1).max(5),
    }),
  ),
});
