/**
 * The shape of a patient handout: plain, JSON-serialisable content that is stored as a snapshot and rendered as is.
 * The schema is checked when a stored handout is read back (the database is a boundary).
 */
import { z } from 'zod';
import { Stance } from '@/lib/kb/schema';

export const Block = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('paragraph'), text: z.string().min(1) }),
  z.strictObject({ kind: z.literal('list'), items: z.array(z.string().min(1)).min(1) }),
]);
export type Block = z.infer<typeof Block>;

export const SectionId = z.enum([
  'what-and-why',
  'alongside',
  'how-to-take',
  'what-to-expect',
  'stop-and-call',
  'questions',
  'label',
  'important',
  'not-for-you',
  'also-discussed',
  'general',
  'why-none',
  'good-to-know',
  'contact',
]);
export type SectionId = z.infer<typeof SectionId>;

export const Section = z.strictObject({ id: SectionId, heading: z.string().min(1), blocks: z.array(Block).min(1) });
export type Section = z.infer<typeof Section>;

/**
 * The clinic's own name and phone number, printed under "When to call". Never the patient's details: the workspace
 * says so beside the fields, and the API takes nothing else.
 */
export const Clinic = z.strictObject({
  name: z.string().max(80).nullable(),
  phone: z.string().max(30).nullable(),
});
export type Clinic = z.infer<typeof Clinic>;

export const Reader = z.enum(['self', 'child', 'mother']);

export const HandoutProduct = z.strictObject({
  suggestionId: z.string(),
  adjunctId: z.string(),
  /** Plain name, used as the product's heading. */
  name: z.string(),
  stance: Stance,
  /** One plain line on where it stands, shown under the name. */
  standing: z.string(),
  sections: z.array(Section),
});
export type HandoutProduct = z.infer<typeof HandoutProduct>;

export const HandoutContent = z.strictObject({
  format: z.literal(1),
  title: z.string(),
  conditionId: z.string(),
  /** The condition in plain words. */
  conditionName: z.string(),
  /** ISO timestamp of issue. */
  issuedAt: z.iso.datetime(),
  /** The issue date as printed, e.g. "27 November 2026" (UTC). */
  issuedOn: z.string(),
  rulesetVersion: z.string(),
  /** Who the sheet speaks to: the patient, a parent about their child, or a mother about herself and her baby. */
  reader: Reader.default('self'),
  intro: z.array(Block).min(1),
  /**
   * What matters about this patient whatever product is chosen (hard stops first, then warnings), printed at the top
   * of page 1.
   */
  important: Section.nullable(),
  /** On a sheet with no product to take: why none is suggested. Absent in older snapshots. */
  whyNone: Section.nullable().default(null),
  general: Section,
  products: z.array(HandoutProduct),
  /** Sections that read the same for every product, printed once after the products (only with two or more). */
  shared: z.strictObject({ heading: z.string(), sections: z.array(Section).min(1) }).nullable(),
  /** Selected products the patient must not take, with the plain reason. */
  notForYou: Section.nullable(),
  /**
   * Products with too little research, listed briefly when the sheet also has products worth acting on (so the sheet
   * stays on one or two pages and the patient's attention stays on what was suggested). Absent in older snapshots.
   */
  alsoDiscussed: Section.nullable().default(null),
  /** On a sheet with no product to take: when to call (the clinic's details print under it). */
  contact: Section.nullable().default(null),
  /** Information about this patient that asks for no action, printed with the background. */
  goodToKnow: Section.nullable().default(null),
  clinic: Clinic.nullable().default(null),
  footer: z.string(),
});
export type HandoutContent = z.infer<typeof HandoutContent>;

/** The de-identified request that produced a handout. No field for a name, birth date or record number exists. */
export const HandoutInput = z.strictObject({
  condition: z.string(),
  regimen: z.array(z.string()),
  factors: z.array(z.string()),
  age: z.number().int().nullable(),
  ageMonths: z.number().int().min(0).max(23).nullable().optional().meta({
    description: 'For a child under 2, the age in months (handouts saved before months were asked have none).',
  }),
  suggestionIds: z.array(z.string()),
});
export type HandoutInput = z.infer<typeof HandoutInput>;
