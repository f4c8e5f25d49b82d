/** The recommendation the engine takes and returns: the public contract is docs/api.md. */
import type { z } from 'zod';
import type { RegimenFlag } from '@/lib/kb/schema';
import type { Alert, AsStudiedPart, Caveat, RecommendationResponse, SourceRef, Suggestion } from './response-schema';

/** A medicine the patient takes that is not one of the condition's regimen options (read from an EHR record). */
export interface OtherMedication {
  /** As the record names it. */
  label: string;
  /** The regimen option it matches, when it is one for another condition (e.g. isotretinoin in a rosacea answer). */
  optionId: string | null;
  /** Drug-class flags it carries. */
  flags: RegimenFlag[];
}

export interface RecommendationInput {
  condition: string;
  regimen: string[];
  factors: string[];
  /** Whole years, 0–120, or null when not given. With `ageMonths`, the whole years those months make. */
  age: number | null;
  /** Age in months (0–23) when given that way, for infants; null otherwise. */
  ageMonths?: number | null;
  /** Medicines outside the condition's regimen list: their safety rules apply all the same. */
  otherMedications?: OtherMedication[];
}

// The response types are inferred from the Zod schema that defines the contract (./response-schema.ts), so the two
// cannot drift apart.
export type CaveatOut = z.output<typeof Caveat>;
/** One part of the product as studied, with how well it was checked (evidence addendum 2). */
export type AsStudiedPartOut = z.output<typeof AsStudiedPart>;
export type SuggestionOut = z.output<typeof Suggestion>;
export type AlertOut = z.output<typeof Alert>;
export type SourceOut = z.output<typeof SourceRef>;
export type RecommendationOut = z.output<typeof RecommendationResponse>;
