/**
 * The recommendation response (GET /api/v1/recommendations) as a Zod schema: the one definition of the public
 * contract (docs/api.md). The TypeScript types in ./types.ts are inferred from it, tests parse every answer with it, and
 * docs/api/recommendation.schema.json is generated from it (`npm run docs:generate`).
 */
import { z } from 'zod';
import { Certainty, Confidence, Severity, SourceType, Stance, Strength } from '@/lib/kb/schema';

const d = (description: string) => ({ description });

export const Caveat = z.strictObject({
  code: z.string().min(1),
  severity: Severity,
  text: z.string().min(1),
  sourceIds: z.array(z.string()).min(1),
});

/** One part of the product as studied, with how well it was checked (evidence addendum 2). */
export const AsStudiedPart = z
  .strictObject({
    part: z.enum(['product', 'dose', 'form', 'duration', 'background']),
    label: z.string().min(1).meta(d('Row label, e.g. "Background treatment".')),
    text: z
      .string()
      .min(1)
      .meta(d('What was read, or "Not reported in what we could read." when nothing was (`reported` false).')),
    confidence: Confidence.meta(
      d(
        'confirmed; partly (part read, sources disagree or summaries only); unverified (not read: never shown as fact).',
      ),
    ),
    reported: z.boolean(),
    unknown: z
      .string()
      .min(1)
      .nullable()
      .meta(d('For partly or unverified parts: what is not known and what that means for the prescriber.')),
    sourceIds: z.array(z.string()),
  })
  // What was not checked says so: a partly checked or unread part always says what is not known.
  .refine((p) => p.confidence === 'confirmed' || p.unknown !== null, {
    error: 'a part not fully checked must say what is not known',
  });

/** A suggested (or advised-against) adjunct, graded, with its caveats and how to review it. */
export const Suggestion = z.strictObject({
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
    asStudied: z
      .strictObject({
        trialSourceId: z.string(),
        parts: z.array(AsStudiedPart).length(5),
        conflicts: z.array(
          z.strictObject({ text: z.string().min(1), confidence: Confidence, sourceIds: z.array(z.string()).min(1) }),
        ),
      })
      .meta(
        d(
          'The product exactly as its trial gave it, part by part with confidence, and the trial’s conflicts of interest.',
        ),
      ),
  }),
  stance: Stance,
  evidenceStance: Stance.meta(d('The stance the evidence alone supports, before patient factors.')),
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
      afterWeeks: z
        .number()
        .int()
        .min(1)
        .nullable()
        .meta(
          d('The trial’s length, when a response can be judged (null for prevention, or where it was not reported).'),
        ),
      text: z.string().min(1),
      stopIf: z.array(z.string()).min(1),
      sourceIds: z.array(z.string()).min(1),
    })
    .nullable()
    .meta(d('When to judge whether it worked and when to stop; null for an avoided product.')),
  rationale: z.string().min(1),
  evidenceUrl: z.string().regex(/^\/evidence\/[a-z0-9-]+\/[a-z0-9-]+$/),
  trace: z.array(z.string()).min(1),
});

export const Alert = z
  .strictObject({
    code: z.string(),
    severity: Severity,
    text: z.string(),
    summary: z
      .string()
      .max(139)
      .meta(d('One line under 140 characters that names the subject (a CDS card’s summary).')),
    sourceIds: z.array(z.string()),
    regimenIds: z
      .array(z.string())
      .meta(
        d(
          'The regimen options of the patient’s own treatment this alert concerns (empty when it is about the ' +
            'products). When any alert has them, nothing in the answer, the handout or a CDS card tells the patient ' +
            'to keep using them.',
        ),
      ),
  })
  // Only a label fact about the patient's own drug may be unsourced, and only when it says nothing was read.
  .refine((a) => a.sourceIds.length > 0 || a.regimenIds.length > 0, {
    error: 'an alert about the products must cite a source',
  });

export const SourceRef = z.strictObject({
  id: z.string(),
  type: SourceType,
  label: z.string(),
  citation: z.string(),
  year: z.number().int().nullable(),
  doi: z.string().nullable(),
  pmid: z.string().nullable(),
  url: z.url(),
  ocebmLevel: z.number().int().min(1).max(5),
});

export const RecommendationResponse = z
  .strictObject({
    rulesetVersion: z.string().regex(/^\d{4}\.\d{1,2}\.\d+\+[0-9a-f]{7}$/),
    knowledgeBase: z
      .strictObject({
        version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/),
        releaseDate: z.iso.date(),
        lastReviewed: z.iso.date(),
      })
      .meta(
        d(
          'The knowledge-base release the answer comes from: its version, its release date and when its content was last reviewed (the answer shows the dates).',
        ),
      ),
    input: z.strictObject({
      condition: z.string(),
      regimen: z.array(z.string()),
      factors: z.array(z.string()),
      age: z.number().int().min(0).max(120).nullable(),
      ageMonths: z.number().int().min(0).max(23).nullable(),
    }),
    regimenUnderReview: z
      .boolean()
      .meta(d('True when an alert concerns the patient’s own regimen: the doctor needs to review it.')),
    condition: z.strictObject({
      id: z.string(),
      name: z.string(),
      question: z.enum(['treatment', 'prevention']),
      evidenceStatus: z.enum(['some-evidence', 'insufficient-evidence', 'evidence-against-routine-use']),
      summary: z.string(),
      sourceIds: z.array(z.string()).min(1),
      conditionUrl: z.string().regex(/^\/conditions\//),
    }),
    conclusion: z
      .strictObject({
        status: z.union([Stance, z.literal('evidence-against-routine-use')]),
        text: z.string().min(10),
      })
      .meta(d('One plain sentence on where the evidence stands for this question, never empty.')),
    suggestions: z.array(Suggestion),
    alerts: z.array(Alert),
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
    sources: z.array(SourceRef),
  })
  .meta({ title: 'Recommendation', description: 'The answer of GET /api/v1/recommendations.' });
