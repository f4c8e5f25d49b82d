import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { fixture, reference } from './__fixtures__/load';
import { type ChartRead, PREGNANCY_NOT_READ, viewsFromChart } from './chart-view';
import { answerHook } from './hooks';
import { CdsHooksResponse } from './schemas';
import { findService } from './services';
import { idsFor } from './uuid';

const kb = getKnowledgeBase();
const NOW = new Date('2026-11-27T10:00:00Z');
const ORIGIN = 'https://gutskin.example.org';

/** A chart read as the launch reads it: each prefetch key of a request fixture, all read in full. */
function chartOf(prefetch: Record<string, unknown>): ChartRead {
  const part = (key: string) => ({ ok: true as const, value: prefetch[key] ?? null, partial: null });
  return {
    patient: part('patient'),
    conditions: part('conditions'),
    medications: part('medications'),
    allergies: part('allergies'),
  };
}

/** The workspace links of the cards the CDS service answers for the same request. */
function cardWorkspaceQueries(body: unknown, smartLaunchUrl?: string) {
  const service = findService('gutskin-patient-view')!;
  const answer = answerHook(kb, service, body, {
    now: NOW,
    origin: ORIGIN,
    ids: (h) => idsFor(service.id, h),
    smartLaunchUrl,
  });
  if (answer.status !== 200) throw new Error(`status ${answer.status}`);
  // The response stays valid CDS Hooks 2.0 with the smart link (appContext only on smart links, cds-resp-3).
  expect(CdsHooksResponse.safeParse(answer.body).success).toBe(true);
  const links = answer.body.cards.flatMap((c) => c.links ?? []);
  return {
    absolute: [
      ...new Set(
        links
          .filter((l) => l.type === 'absolute' && l.url.startsWith(`${ORIGIN}/?`))
          .map((l) => l.url.slice(ORIGIN.length + 2)),
      ),
    ],
    smart: links.filter((l) => l.type === 'smart'),
  };
}

describe('viewsFromChart: the workspace a SMART launch opens', () => {
  it('fills the same view as the CDS card for the same record (same mapping), each part marked with its source', () => {
    const body = reference('team-patient-view-request-derm-example.json');
    const { views, notFound } = viewsFromChart(kb, chartOf(body.prefetch), 'example', NOW);
    expect(views).toHaveLength(1);
    const [view] = views;
    expect(view!.condition).toMatchObject({ id: 'psoriasis', via: expect.stringMatching(/^SNOMED CT 9014002/) });
    expect(view!.regimen.map((r) => r.id)).toContain('methotrexate');
    expect(view!.regimen.find((r) => r.id === 'methotrexate')!.via).toMatch(/Methotrexate 2\.5 MG Oral Tablet/);
    expect(view!.factors).toContainEqual(
      expect.objectContaining({ id: 'milk-allergy', via: expect.stringMatching(/^allergy:/) }),
    );
    expect(view!.age).toEqual({ value: 51, unit: 'years', via: 'from the birth date' });
    expect(cardWorkspaceQueries(body).absolute).toEqual([view!.query]);
    // No identifier in the query.
    expect(view!.query).not.toMatch(/example|Chalmers|1974/);
    expect(notFound).toContain(PREGNANCY_NOT_READ);
    expect(notFound.some((l) => /Nystatin/.test(l))).toBe(true);
  });

  it('a child under 2 is given in months', () => {
    const body = fixture('infant-atopic-dermatitis');
    const [view] = viewsFromChart(kb, chartOf(body.prefetch), 'ad-baby', NOW).views;
    expect(view!.age).toMatchObject({ value: 8, unit: 'months' });
    expect(view!.query).toMatch(/ageMonths=8/);
  });

  it('a list that could not be read is said, with what it means for the safety checks, and nothing is made up', () => {
    const body = reference('team-patient-view-request-derm-example.json');
    const chart = chartOf(body.prefetch);
    chart.medications = { ok: false, reason: 'the server answered HTTP 500' };
    chart.allergies = { ok: true, value: body.prefetch.allergies, partial: 'more than 5 pages; the first 5 were read' };
    const { views, notFound } = viewsFromChart(kb, chart, 'example', NOW);
    expect(views[0]!.regimen).toEqual([]);
    expect(notFound).toContain(
      'The medication list could not be read (the server answered HTTP 500): the safety checks that rest on it use only what you enter.',
    );
    expect(notFound).toContain('The allergy list was read only in part (more than 5 pages; the first 5 were read).');
    expect(notFound.some((l) => l.startsWith('No active medication'))).toBe(false);
  });

  it('leaves out another patient’s condition, and says when no covered condition or birth date was found', () => {
    const body = reference('team-patient-view-request-derm-example.json');
    for (const entry of body.prefetch.conditions.entry) entry.resource.subject = { reference: 'Patient/someone-else' };
    delete body.prefetch.patient.birthDate;
    const { views, notFound } = viewsFromChart(kb, chartOf(body.prefetch), 'example', NOW);
    expect(views).toEqual([]);
    expect(notFound).toContain(
      'No active condition this tool covers was found in the record (it reads SNOMED CT and ICD-10 codes): choose the condition yourself.',
    );
    expect(notFound).toContain('No birth date in the record: age is not filled.');
    expect(notFound.some((l) => /not attributable to this patient (was|were) left out/.test(l))).toBe(true);
  });

  it('a CDS card’s condition (appContext) leads; one the knowledge base does not know is ignored', () => {
    const body = reference('team-patient-view-request-derm-example.json');
    body.prefetch.conditions.entry.push({
      resource: {
        resourceType: 'Condition',
        id: 'ad',
        clinicalStatus: { coding: [{ code: 'active' }] },
        code: { coding: [{ system: 'http://snomed.info/sct', code: '24079001', display: 'Atopic dermatitis' }] },
        subject: { reference: 'Patient/example' },
      },
    });
    const chart = chartOf(body.prefetch);
    const plain = viewsFromChart(kb, chart, 'example', NOW).views.map((v) => v.condition.id);
    expect(plain).toHaveLength(2);
    const led = viewsFromChart(kb, chart, 'example', NOW, plain[1]).views.map((v) => v.condition.id);
    expect(led).toEqual([plain[1], plain[0]]);
    expect(viewsFromChart(kb, chart, 'example', NOW, 'not-a-condition').views.map((v) => v.condition.id)).toEqual(
      plain,
    );
  });
});

describe('the smart link of a card', () => {
  it('is there only when SMART launch is set up, and its appContext is the card’s workspace view', () => {
    const body = fixture('infant-atopic-dermatitis');
    expect(cardWorkspaceQueries(body).smart).toEqual([]);
    const { absolute, smart } = cardWorkspaceQueries(body, `${ORIGIN}/launch`);
    expect(smart.length).toBeGreaterThan(0);
    for (const link of smart) {
      expect(link).toMatchObject({ url: `${ORIGIN}/launch`, type: 'smart' });
      expect(absolute).toContain(link.appContext);
      expect(link.appContext).not.toMatch(/ad-baby/);
    }
  });
});
