/**
 * A chart read after a SMART launch → the workspace views it fills, through the same mapping the CDS service uses
 * (readPatient, engineInputFor): one view per knowledge-base condition found, each with the workspace query
 * (condition, regimen, factors, age; no identifiers) and what in it came from the record, plus the plain list of what
 * was not found or not used. Pure: the clock comes in as `now`, the chart as already-read resources.
 *
 * Pregnancy and breastfeeding are not read (lib/cds/mapping: no pregnancy code is verified in our sources); the list says
 * so every time, so nobody takes an unticked box for "not pregnant".
 */
import type { KnowledgeBase } from '@/lib/kb/model';
import { workspaceUrl } from './cards';
import { engineInputFor, forContextPatient, noneIgnored, readPatient, resourcesIn } from './mapping';
import type { PrefetchKey } from './services';

/** What reading one part of the chart gave: data (maybe only in part), or a failure with its reason. */
export type ChartPart = { ok: true; value: unknown; partial: string | null } | { ok: false; reason: string };

export type ChartRead = Record<PrefetchKey, ChartPart>;

export interface RecordItem {
  id: string;
  name: string;
  /** Where in the record it was read, e.g. "SNOMED CT 9014002: Psoriasis" or "allergy: Cow's milk". */
  via: string;
}

export interface RecordView {
  /** The workspace query (without "?") this view opens; the "from the record" marks show only there. */
  query: string;
  condition: RecordItem;
  regimen: RecordItem[];
  factors: RecordItem[];
  age: { value: number; unit: 'years' | 'months'; via: string } | null;
  /** Notes for this view only (a medication counted for safety but not expressible in the workspace). */
  notes: string[];
}

export interface FromRecord {
  /** One view per knowledge-base condition in the chart (at most 4), the first (or the card's) leading. */
  views: RecordView[];
  /** What was not found in the record, could not be read, or was read but not used: plain sentences. */
  notFound: string[];
}

const LIST_LABEL: Record<PrefetchKey, string> = {
  patient: 'The patient record (birth date)',
  conditions: 'The condition list',
  medications: 'The medication list',
  allergies: 'The allergy list',
};

const MAX_VIEWS = 4;

export const PREGNANCY_NOT_READ =
  'Pregnancy and breastfeeding are not read from the record (no verified code for them in the knowledge base): tick them yourself if they apply.';

/**
 * The views and the not-found list for a chart. `patientId` keeps another patient's resources out (as in a CDS call);
 * `preferredCondition` (from a CDS card's appContext) leads when it is a knowledge-base condition.
 */
export function viewsFromChart(
  kb: KnowledgeBase,
  chart: ChartRead,
  patientId: string,
  now: Date,
  preferredCondition?: string | null,
): FromRecord {
  const notFound: string[] = [];
  const resources: unknown[] = [];
  for (const key of Object.keys(LIST_LABEL) as PrefetchKey[]) {
    const part = chart[key];
    if (!part.ok) {
      notFound.push(
        `${LIST_LABEL[key]} could not be read (${part.reason})${key === 'medications' || key === 'allergies' ? ': the safety checks that rest on it use only what you enter' : ''}.`,
      );
      continue;
    }
    if (part.partial) notFound.push(`${LIST_LABEL[key]} was read only in part (${part.partial}).`);
    resources.push(...resourcesIn(part.value));
  }
  const ignored = noneIgnored();
  const findings = readPatient(kb, { prefetch: forContextPatient(resources, patientId, ignored), drafts: [] }, now);
  const left = ignored.otherPatient + ignored.unattributed;
  if (left)
    notFound.push(
      `${left} resource${left === 1 ? '' : 's'} not attributable to this patient ${left === 1 ? 'was' : 'were'} left out.`,
    );

  const conditionIds = findings.conditions.map((c) => c.conditionId);
  if (preferredCondition && kb.conditionsById.has(preferredCondition)) {
    const at = conditionIds.indexOf(preferredCondition);
    if (at > 0) conditionIds.splice(at, 1);
    if (at !== 0) conditionIds.unshift(preferredCondition);
  }
  if (chart.conditions.ok && conditionIds.length === 0)
    notFound.push(
      'No active condition this tool covers was found in the record (it reads SNOMED CT and ICD-10 codes): choose the condition yourself.',
    );
  if (chart.patient.ok && findings.age === null && !findings.unmapped.some((u) => u.startsWith('Birth date')))
    notFound.push('No birth date in the record: age is not filled.');
  if (chart.medications.ok && findings.medications.length === 0)
    notFound.push('No active medication in the record: tick the current treatment yourself if there is one.');
  if (chart.allergies.ok && !findings.factors.some((f) => f.via.startsWith('allergy:')))
    notFound.push('No allergy in the record matches one this tool checks (milk, egg, soy, yeast).');
  notFound.push(...findings.unmapped, PREGNANCY_NOT_READ);

  const views: RecordView[] = conditionIds.slice(0, MAX_VIEWS).map((conditionId) => {
    const { input, otherMedications, factorSources } = engineInputFor(kb, findings, conditionId);
    const condition = kb.conditionsById.get(conditionId)!;
    const found = findings.conditions.find((c) => c.conditionId === conditionId);
    const notes = otherMedications.map(
      (m) =>
        `${m.label}: in the record, not a treatment option for ${condition.name.toLowerCase()} in this tool${m.flags.length ? `; what it implies is ticked (${m.flags.join(', ')})` : ''}. CDS cards count it for safety; the workspace cannot hold it.`,
    );
    return {
      query: workspaceUrl('', input).slice(2),
      condition: { id: conditionId, name: condition.name, via: found?.via ?? 'from the CDS card that launched this' },
      regimen: input.regimen.map((id) => ({
        id,
        name: kb.regimenById.get(id)?.name ?? id,
        via: findings.medications
          .filter((m) => m.optionId === id)
          .map((m) => (m.note ? `${m.label} (${m.note})` : m.label))
          .join('; '),
      })),
      factors: input.factors.map((id) => ({
        id,
        name: kb.factorsById.get(id)?.name ?? id,
        via: factorSources[id] ?? 'from the record',
      })),
      age:
        input.ageMonths !== null && input.ageMonths !== undefined
          ? { value: input.ageMonths, unit: 'months', via: 'from the birth date' }
          : input.age !== null
            ? { value: Math.min(input.age, 90), unit: 'years', via: 'from the birth date' }
            : null,
      notes,
    };
  });
  return { views, notFound };
}
