/**
 * Zod schemas for HL7 CDS Hooks 2.0: the request a CDS Client sends, the FHIR R4 shapes we read from it, the
 * response we send (cards), discovery and feedback. Request and FHIR shapes are loose (`z.looseObject`): clients send
 * extra fields, and we read only what we need. Response shapes encode the invariants of HL7's logical models
 * (../shared/cds-hooks/logical-models: cds-resp-1…7, cds-fb-1…3), so a test can hold our cards to them.
 */
import { z } from 'zod';

/** A value that should be an array but is sometimes sent as one object (real clients do this with `category`). */
export const arrayish = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === undefined || value === null ? undefined : Array.isArray(value) ? value : [value]),
    z.array(item).optional(),
  );

/** An optional string that tolerates junk (a number, an object) by reading it as absent. */
const text = z.string().optional().catch(undefined);

// ---------------------------------------------------------------------------------------------------------------
// FHIR R4 (only the parts we read)

export const Coding = z.looseObject({ system: text, code: text, display: text });
export type Coding = z.infer<typeof Coding>;

export const CodeableConcept = z.looseObject({ coding: arrayish(Coding).catch(undefined), text });
export type CodeableConcept = z.infer<typeof CodeableConcept>;

const Reference = z.looseObject({ reference: text, display: text });

export const FhirPatient = z.looseObject({
  resourceType: z.literal('Patient'),
  id: text,
  birthDate: text,
});
export type FhirPatient = z.infer<typeof FhirPatient>;

export const FhirCondition = z.looseObject({
  resourceType: z.literal('Condition'),
  id: text,
  // R4: CodeableConcept. STU3 and DSTU2 send a plain code string (see `legacyFhirReason`).
  clinicalStatus: z.union([CodeableConcept, z.string()]).optional().catch(undefined),
  verificationStatus: z.union([CodeableConcept, z.string()]).optional().catch(undefined),
  code: CodeableConcept.optional().catch(undefined),
});
export type FhirCondition = z.infer<typeof FhirCondition>;

export const FhirDosage = z.looseObject({
  text,
  route: CodeableConcept.optional().catch(undefined),
});

export const FhirMedicationRequest = z.looseObject({
  resourceType: z.literal('MedicationRequest'),
  id: text,
  status: text,
  intent: text,
  category: arrayish(CodeableConcept).catch(undefined),
  medicationCodeableConcept: CodeableConcept.optional().catch(undefined),
  medicationReference: Reference.optional().catch(undefined),
  dosageInstruction: arrayish(FhirDosage).catch(undefined),
  reasonCode: arrayish(CodeableConcept).catch(undefined),
});
export type FhirMedicationRequest = z.infer<typeof FhirMedicationRequest>;

export const FhirAllergyIntolerance = z.looseObject({
  resourceType: z.literal('AllergyIntolerance'),
  id: text,
  clinicalStatus: z.union([CodeableConcept, z.string()]).optional().catch(undefined),
  verificationStatus: z.union([CodeableConcept, z.string()]).optional().catch(undefined),
  type: text,
  category: arrayish(z.string()).catch(undefined),
  code: CodeableConcept.optional().catch(undefined),
  reaction: arrayish(z.looseObject({ substance: CodeableConcept.optional().catch(undefined) })).catch(undefined),
});
export type FhirAllergyIntolerance = z.infer<typeof FhirAllergyIntolerance>;

/** Any resource: only its type is required. */
export const FhirResource = z.looseObject({ resourceType: z.string().min(1) });
export type FhirResource = z.infer<typeof FhirResource>;

export const FhirBundle = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: text,
  // Entries are read one by one (mapping/resources.ts): one malformed entry must not hide the others.
  entry: arrayish(z.unknown()).catch(undefined),
});

// ---------------------------------------------------------------------------------------------------------------
// Requests

/** Reference strings are short; anything longer is not a real id. */
const Id = z.string().trim().min(1).max(256);

export const CdsHooksRequest = z.looseObject({
  hook: z.string().min(1).max(100),
  hookInstance: Id,
  fhirServer: z.string().max(2048).optional(),
  fhirAuthorization: z.looseObject({}).optional(),
  context: z.looseObject({}),
  prefetch: z.record(z.string(), z.unknown()).nullish(),
});
export type CdsHooksRequest = z.infer<typeof CdsHooksRequest>;

export const PatientViewContext = z.looseObject({
  userId: z.string().optional(),
  patientId: Id,
  encounterId: z.string().optional(),
});
export type PatientViewContext = z.infer<typeof PatientViewContext>;

export const OrderSelectContext = z.looseObject({
  userId: z.string().optional(),
  patientId: Id,
  encounterId: z.string().optional(),
  selections: arrayish(z.string()),
  draftOrders: z.looseObject({
    resourceType: z.string(),
    entry: arrayish(z.looseObject({ resource: z.unknown().optional() })),
  }),
});
export type OrderSelectContext = z.infer<typeof OrderSelectContext>;

// ---------------------------------------------------------------------------------------------------------------
// Discovery

export const CdsService = z.looseObject({
  hook: z.string().min(1),
  title: z.string().optional(),
  description: z.string().min(1),
  id: z.string().regex(/^[A-Za-z0-9._~-]+$/, { error: 'a service id is one URL path segment' }),
  prefetch: z.record(z.string(), z.string()).optional(),
  usageRequirements: z.string().optional(),
});
export type CdsService = z.infer<typeof CdsService>;

export const CdsDiscoveryResponse = z.looseObject({ services: z.array(CdsService) });
export type CdsDiscoveryResponse = z.infer<typeof CdsDiscoveryResponse>;

// ---------------------------------------------------------------------------------------------------------------
// Responses (cards)

export const Indicator = z.enum(['info', 'warning', 'critical']);
export type Indicator = z.infer<typeof Indicator>;

/** An override reason: the service MUST give `display` (cds-resp-4). */
export const OverrideReason = z.looseObject({
  code: z.string().min(1),
  system: z.string().min(1),
  display: z.string().min(1),
});
export type OverrideReason = z.infer<typeof OverrideReason>;

export const CardSource = z.looseObject({
  label: z.string().min(1),
  url: z.url().optional(),
  icon: z.url().optional(),
  topic: Coding.optional(),
});

export const Action = z
  .looseObject({
    type: z.enum(['create', 'update', 'delete']),
    // cds-resp-5: every action has a description.
    description: z.string().min(1),
    resource: FhirResource.optional(),
    resourceId: z.string().optional(),
  })
  .refine((a) => a.type === 'delete' || a.resource !== undefined, {
    error: 'create and update actions carry the resource (spec 2.0, Action.resource)',
  });
export type Action = z.infer<typeof Action>;

export const Suggestion = z.looseObject({
  label: z.string().min(1),
  uuid: z.string().min(1).optional(),
  isRecommended: z.boolean().optional(),
  actions: z.array(Action).optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const Link = z
  .looseObject({
    label: z.string().min(1),
    url: z.url(),
    type: z.enum(['absolute', 'smart']),
    appContext: z.string().optional(),
    autolaunchable: z.boolean().optional(),
  })
  // cds-resp-3: appContext only for SMART links.
  .refine((l) => l.type === 'smart' || l.appContext === undefined, {
    error: 'appContext is only for smart links (cds-resp-3)',
  });
export type Link = z.infer<typeof Link>;

export const Card = z
  .looseObject({
    uuid: z.string().min(1).optional(),
    // "One-sentence, <140-character summary".
    summary: z.string().min(1).max(139, { error: 'summary must be under 140 characters' }),
    detail: z.string().optional(),
    indicator: Indicator,
    source: CardSource,
    suggestions: z.array(Suggestion).optional(),
    selectionBehavior: z.enum(['at-most-one', 'any']).optional(),
    overrideReasons: z.array(OverrideReason).optional(),
    links: z.array(Link).optional(),
  })
  .superRefine((card, ctx) => {
    // cds-resp-6: suggestions imply selectionBehavior.
    if (card.suggestions?.length && !card.selectionBehavior) {
      ctx.addIssue({
        code: 'custom',
        path: ['selectionBehavior'],
        message: 'suggestions require selectionBehavior (cds-resp-6)',
      });
    }
    // cds-resp-1: at most one recommended suggestion when at-most-one.
    if (
      card.selectionBehavior === 'at-most-one' &&
      (card.suggestions ?? []).filter((s) => s.isRecommended).length > 1
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['suggestions'],
        message: 'at-most-one allows one recommended suggestion (cds-resp-1)',
      });
    }
  });
export type Card = z.infer<typeof Card>;

export const CdsHooksResponse = z.looseObject({
  cards: z.array(Card),
  systemActions: z.array(Action).optional(),
});
export type CdsHooksResponse = z.infer<typeof CdsHooksResponse>;

// ---------------------------------------------------------------------------------------------------------------
// Feedback

export const MAX_USER_COMMENT = 500;
/** A card offers a handful of suggestions; more accepted ones than this is not real feedback (and made rows large). */
export const MAX_ACCEPTED_SUGGESTIONS = 20;
export const MAX_FEEDBACK_ITEMS = 100;

export const FeedbackItem = z
  .looseObject({
    card: z.string().trim().min(1).max(200),
    // cds-fb-1.
    outcome: z.enum(['accepted', 'overridden'], { error: "outcome must be 'accepted' or 'overridden'" }),
    acceptedSuggestions: z
      .array(z.looseObject({ id: z.string().trim().min(1).max(200) }))
      .max(MAX_ACCEPTED_SUGGESTIONS, { error: `at most ${MAX_ACCEPTED_SUGGESTIONS} accepted suggestions per card` })
      .optional(),
    overrideReason: z
      .looseObject({
        reason: z
          .looseObject({
            code: z.string().max(200).optional(),
            system: z.string().max(500).optional(),
            display: z.string().max(500).optional(),
          })
          .optional(),
        userComment: z.string().optional(),
      })
      // cds-fb-3: a reason, a comment, or both.
      .refine((o) => o.reason !== undefined || (o.userComment ?? '').trim() !== '', {
        error: 'overrideReason needs a reason, a userComment, or both (cds-fb-3)',
      })
      .optional(),
    outcomeTimestamp: z.iso.datetime({
      offset: true,
      error: 'outcomeTimestamp must be an ISO 8601 date-time, e.g. 2021-12-11T10:05:31Z',
    }),
  })
  // cds-fb-2: an accepted outcome names the accepted suggestion(s).
  .refine((f) => f.outcome !== 'accepted' || (f.acceptedSuggestions?.length ?? 0) > 0, {
    error: "an 'accepted' outcome needs acceptedSuggestions (cds-fb-2)",
    path: ['acceptedSuggestions'],
  });
export type FeedbackItem = z.infer<typeof FeedbackItem>;

export const FeedbackRequest = z.looseObject({
  feedback: z
    .array(FeedbackItem)
    .min(1, { error: 'feedback must list at least one entry' })
    .max(MAX_FEEDBACK_ITEMS, { error: `at most ${MAX_FEEDBACK_ITEMS} feedback entries per call` }),
});
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;
