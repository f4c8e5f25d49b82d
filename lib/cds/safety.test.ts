import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { recommend } from '@/lib/rules/engine';
import type { MedicationFinding } from './mapping';
import { applyOtherMedicationRules, otherFlags } from './safety';

const kb = getKnowledgeBase();
const finding = (label: string, flags: MedicationFinding['flags']): MedicationFinding => ({
  label,
  optionId: null,
  route: 'systemic',
  flags,
  via: 'ingredient',
  note: null,
  draft: false,
});

describe('drugs outside the regimen list get the KB regimen-flag rules', () => {
  const acne = recommend(kb, { condition: 'acne-vulgaris', regimen: [], factors: [], age: 30 });

  it('an acne patient on adalimumab (a biologic not in the acne list): live products capped at consider-with-caution', () => {
    expect(acne.suggestions.some((s) => s.stance === 'consider')).toBe(true);
    const out = applyOtherMedicationRules(kb, acne, [finding('Adalimumab 40 MG/0.4ML pen', ['biologic'])]);
    for (const s of out.suggestions) {
      expect(s.stance).not.toBe('consider');
      expect(s.caveats.map((c) => c.code)).toContain('biologic');
      expect(s.trace).toContainEqual(expect.stringMatching(/^cds:other-medication:biologic-caution/));
    }
    const alert = out.alerts.find((a) => a.code === 'biologic');
    expect(alert).toMatchObject({ severity: 'warning' });
    expect(alert?.text).toContain('Adalimumab 40 MG/0.4ML pen');
    for (const id of alert!.sourceIds) expect(out.sources.map((s) => s.id)).toContain(id);
    expect(out.conclusion.status).toBe('consider-with-caution');
  });

  it('a systemic immunosuppressant outside the list is a caution, never "avoid" and never the immunocompromised alert', () => {
    const out = applyOtherMedicationRules(kb, acne, [
      finding('Tacrolimus 1 MG Oral Capsule (Tacrolimus (systemic))', ['systemic-immunosuppressant']),
    ]);
    expect(out.alerts.map((a) => a.code)).toContain('systemic-immunosuppressant');
    expect(out.alerts.map((a) => a.code)).not.toContain('live-microbes-immunocompromised');
    expect(
      out.suggestions.every(
        (s) => s.stance !== 'avoid' || acne.suggestions.find((x) => x.id === s.id)?.stance === 'avoid',
      ),
    ).toBe(true);
  });

  it('leaves the recommendation untouched when no extra flag applies', () => {
    expect(applyOtherMedicationRules(kb, acne, [])).toBe(acne);
    // Oral antibiotic and antifungal flags are handled as patient factors by mapping.ts, not here.
    expect(
      otherFlags([finding('Itraconazole', ['oral-antifungal']), finding('Clindamycin', ['oral-antibiotic'])]),
    ).toEqual([]);
    expect(applyOtherMedicationRules(kb, acne, [finding('Itraconazole', ['oral-antifungal'])])).toBe(acne);
  });

  it('does not repeat what the regimen already triggered', () => {
    const psoriasis = recommend(kb, { condition: 'psoriasis', regimen: ['methotrexate'], factors: [], age: 50 });
    const out = applyOtherMedicationRules(kb, psoriasis, [
      finding('Azathioprine 50 MG Oral Tablet', ['systemic-immunosuppressant']),
    ]);
    expect(out).toBe(psoriasis);
  });

  it('applies the teratogen rule only together with pregnancy, as the KB says', () => {
    const notPregnant = recommend(kb, { condition: 'psoriasis', regimen: [], factors: [], age: 25 });
    expect(
      applyOtherMedicationRules(kb, notPregnant, [finding('Isotretinoin 20 MG Oral Capsule', ['teratogen'])]),
    ).toBe(notPregnant);
    const pregnant = recommend(kb, { condition: 'psoriasis', regimen: [], factors: ['pregnant'], age: 25 });
    const out = applyOtherMedicationRules(kb, pregnant, [finding('Isotretinoin 20 MG Oral Capsule', ['teratogen'])]);
    expect(out.alerts.find((a) => a.code === 'teratogen-in-pregnancy')?.severity).toBe('critical');
  });
});
