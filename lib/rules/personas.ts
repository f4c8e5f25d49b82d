/** Named clinical personas for tests: each reads like a case vignette. */
import type { RecommendationInput } from './types';

export const Personas = {
  acneOnDoxycycline: {
    condition: 'acne-vulgaris',
    regimen: ['adapalene', 'benzoyl-peroxide', 'oral-doxycycline'],
    factors: [],
    age: 22,
  },
  acneOnIsotretinoinPregnant: { condition: 'acne-vulgaris', regimen: ['isotretinoin'], factors: ['pregnant'], age: 27 },
  psoriasisTopicalOnly: { condition: 'psoriasis', regimen: ['calcipotriene-betamethasone'], factors: [], age: 45 },
  psoriasisOnMethotrexate: {
    condition: 'psoriasis',
    regimen: ['topical-corticosteroid', 'methotrexate'],
    factors: [],
    age: 45,
  },
  psoriasisImmunocompromised: {
    condition: 'psoriasis',
    regimen: ['topical-corticosteroid'],
    factors: ['immunocompromised'],
    age: 60,
  },
  childWithEczemaAndMilkAllergy: {
    condition: 'atopic-dermatitis',
    regimen: ['emollients', 'topical-corticosteroid'],
    factors: ['milk-allergy'],
    age: 6,
  },
  adultWithEczema: { condition: 'atopic-dermatitis', regimen: ['topical-calcineurin-inhibitor'], factors: [], age: 34 },
  pregnantMotherPrevention: {
    condition: 'atopic-dermatitis-prevention',
    regimen: [],
    factors: ['pregnant', 'family-history-atopy'],
    age: 31,
  },
  pretermNewbornPrevention: {
    condition: 'atopic-dermatitis-prevention',
    regimen: [],
    factors: ['preterm-or-hospitalised-neonate'],
    age: 0,
  },
  rosaceaOnDoxycycline: {
    condition: 'rosacea',
    regimen: ['topical-ivermectin', 'oral-doxycycline'],
    factors: [],
    age: 50,
  },
  seborrheicOnItraconazole: {
    condition: 'seborrheic-dermatitis',
    regimen: ['topical-ketoconazole', 'oral-itraconazole'],
    factors: [],
    age: 40,
  },
  hidradenitisOnAdalimumab: { condition: 'hidradenitis-suppurativa', regimen: ['tnf-inhibitor'], factors: [], age: 35 },
  icuPatientWithCentralLine: {
    condition: 'psoriasis',
    regimen: [],
    factors: ['critically-ill', 'central-venous-catheter'],
    age: 70,
  },
} satisfies Record<string, RecommendationInput>;
