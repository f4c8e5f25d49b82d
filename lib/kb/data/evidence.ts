/**
 * Adjuncts as studied (strain-exact), the evidence statements that grade them per condition, and condition-level
 * notes (guidelines, pooled analyses of mixed strains, gaps). Grades follow docs/knowledge-base.md:
 * GRADE certainty per condition × adjunct from the trials underneath (never from the letter), SORT for strength.
 */
import type { KnowledgeBaseInput } from '../schema';

type AdjunctInput = KnowledgeBaseInput['adjuncts'][number];
type StatementInput = KnowledgeBaseInput['statements'][number];
type NoteInput = KnowledgeBaseInput['conditionNotes'][number];

export const adjuncts: AdjunctInput[] = [
  {
    id: 'jung-three-strain-lactobacillus-bifidobacterium',
    ingredientIds: [
      'lactobacillus-acidophilus-unspecified',
      'lactobacillus-delbrueckii-bulgaricus-unspecified',
      'bifidobacterium-bifidum-unspecified',
    ],
    name: 'L. acidophilus + L. delbrueckii bulgaricus + B. bifidum (Jung 2013 mix)',
    kind: 'probiotic',
    form: 'Capsule',
    dose: 'Per capsule: L. acidophilus 5×10⁹ + L. bulgaricus 5×10⁹ + B. bifidum 20×10⁹ CFU; 2 capsules a day',
    duration: '12 weeks',
    doseVerified: true,
    asStudied: {
      trialSourceId: 'jung-2013',
      product: {
        text: null,
        confidence: 'unverified',
        unknown:
          'No brand or manufacturer was named in what we could read, and the strains have no designations, so no product on sale can be matched to the one studied.',
        sourceIds: ['jung-2013'],
      },
      form: { confidence: 'confirmed', sourceIds: ['jung-2013'] },
      dose: { confidence: 'confirmed', sourceIds: ['jung-2013'] },
      duration: { confidence: 'confirmed', sourceIds: ['jung-2013'] },
      background: {
        text: 'Minocycline, in one of three open-label arms (probiotic alone, minocycline alone, or both)',
        confidence: 'partly',
        unknown: 'The minocycline dose was not reported in what we could read.',
        sourceIds: ['jung-2013'],
      },
    },
  },
  {
    id: 'lactobacillus-rhamnosus-sp1',
    ingredientIds: ['lactobacillus-rhamnosus-sp1'],
    name: 'Lactobacillus rhamnosus SP1',
    kind: 'probiotic',
    form: 'Liquid',
    dose: '3×10⁹ CFU a day',
    duration: '12 weeks',
    doseVerified: true,
    asStudied: {
      trialSourceId: 'fabbrocini-2016',
      product: {
        text: 'Test material supplied in part by Biodue S.p.A.',
        confidence: 'partly',
        unknown: 'No brand name was reported in what we could read, so the studied product cannot be named.',
        sourceIds: ['fabbrocini-2016'],
      },
      form: { confidence: 'confirmed', sourceIds: ['fabbrocini-2016'] },
      dose: { confidence: 'confirmed', sourceIds: ['fabbrocini-2016'] },
      duration: { confidence: 'confirmed', sourceIds: ['fabbrocini-2016'] },
      background: {
        text: null,
        confidence: 'unverified',
        unknown: 'Whether patients used other acne treatment during the trial was not reported in what we could read.',
        sourceIds: ['fabbrocini-2016'],
      },
      conflicts: [
        {
          text: 'Biodue S.p.A. partly supplied the test material and was a partial sponsor.',
          confidence: 'confirmed',
          sourceIds: ['fabbrocini-2016'],
        },
      ],
    },
  },
  {
    id: 'lactobacillus-rhamnosus-cect-30031-arthrospira',
    ingredientIds: ['lactobacillus-rhamnosus-cect-30031', 'arthrospira-platensis'],
    name: 'Lactobacillus rhamnosus CECT 30031 + Arthrospira platensis',
    kind: 'probiotic',
    form: 'Capsule',
    dose: 'CFU of L. rhamnosus and mg of spirulina per capsule not reported in what we could read; one capsule a day (from a secondary source only)',
    duration: '12 weeks',
    doseVerified: false,
    asStudied: {
      trialSourceId: 'eguren-2024',
      product: {
        text: 'No brand named. The likely registry record (NCT04570319) gives the product code Bths-08 and the sponsor Bionou Research S.L.',
        confidence: 'partly',
        unknown:
          'The registry record is matched to the paper by ages, design and sites, not by a number the paper gives, so no product on sale can be matched to the one studied with certainty.',
        sourceIds: ['eguren-2024', 'nct04570319'],
      },
      form: { confidence: 'confirmed', sourceIds: ['eguren-2024'] },
      dose: {
        confidence: 'partly',
        unknown:
          'The amount per capsule (CFU of L. rhamnosus, mg of spirulina) was not reported in what we could read, and one capsule a day comes from a secondary source only, so the studied amount cannot be matched.',
        sourceIds: ['eguren-2024'],
      },
      duration: { confidence: 'confirmed', sourceIds: ['eguren-2024'] },
      background: {
        text: null,
        confidence: 'unverified',
        unknown:
          'Whether patients used other acne treatment was not reported in what we could read. The likely registry record asked them to follow the study’s dietary advice.',
        sourceIds: ['eguren-2024', 'nct04570319'],
      },
      conflicts: [
        {
          text: 'The corresponding author lists a bioithas.com address, and the likely registry record names Bionou Research S.L. as sponsor (the match to the paper is inferred).',
          confidence: 'partly',
          sourceIds: ['eguren-2024', 'nct04570319'],
        },
      ],
    },
  },
  {
    id: 'navarro-lopez-psoriasis-three-strain',
    ingredientIds: [
      'bifidobacterium-longum-cect-7347',
      'bifidobacterium-animalis-lactis-cect-8145',
      'lactobacillus-rhamnosus-cect-8361',
    ],
    name: 'B. longum CECT 7347 + B. lactis CECT 8145 + L. rhamnosus CECT 8361',
    kind: 'probiotic',
    form: 'Capsule',
    dose: '1×10⁹ CFU per capsule, 1 capsule a day',
    duration: '12 weeks',
    doseVerified: true,
    asStudied: {
      trialSourceId: 'navarro-lopez-2019',
      product: {
        text: null,
        confidence: 'unverified',
        unknown:
          'No brand was named in what we could read; a product would have to list all three strains with these designations.',
        sourceIds: ['navarro-lopez-2019'],
      },
      form: { confidence: 'confirmed', sourceIds: ['navarro-lopez-2019', 'zhu-2024-psoriasis-ma'] },
      dose: { confidence: 'confirmed', sourceIds: ['navarro-lopez-2019', 'zhu-2024-psoriasis-ma'] },
      duration: { confidence: 'confirmed', sourceIds: ['navarro-lopez-2019', 'zhu-2024-psoriasis-ma'] },
      background: {
        text: 'A topical corticosteroid in both arms. One review table gives betamethasone dipropionate + calcipotriol once daily if PASI ≥6 and mometasone furoate if PASI <6; another gives betamethasone + calcipotriol for all patients',
        confidence: 'partly',
        unknown:
          'The topical regimen by severity is reported inconsistently, so which steroid the benefit was found with is uncertain.',
        sourceIds: ['navarro-lopez-2019', 'zhu-2024-psoriasis-ma'],
      },
      conflicts: [
        {
          text: 'The strain mixture’s use in psoriasis is patented (ES2873889T3; assignees Bionou Research S.L. and Biopolis S.L.), and trial authors are among the inventors.',
          confidence: 'confirmed',
          sourceIds: ['patent-es2873889t3'],
        },
      ],
    },
  },
  {
    id: 'bacillus-spores-with-fos-xos-gos',
    ingredientIds: [
      'bacillus-indicus-hu36',
      'bacillus-subtilis-hu58',
      'bacillus-coagulans-sc208',
      'bacillus-licheniformis-sl307',
      'bacillus-clausii-sc109',
      'fructo-oligosaccharides',
      'xylo-oligosaccharides',
      'galacto-oligosaccharides',
    ],
    name: 'Five-strain Bacillus spore probiotic + FOS/XOS/GOS (Buhaş 2023)',
    kind: 'synbiotic',
    form: 'Form not reported in the checked text',
    dose: 'CFU, grams of prebiotic and units a day not reported in what we could read; no brand can be named',
    duration: 'Probiotic 12 weeks; prebiotics 8 weeks',
    doseVerified: false,
    asStudied: {
      trialSourceId: 'buhas-2023',
      product: {
        text: null,
        confidence: 'unverified',
        unknown: 'Brand and manufacturer were not reported in what we could read, so no product can be named.',
        sourceIds: ['buhas-2023'],
      },
      form: {
        confidence: 'unverified',
        unknown: 'The form (capsule, powder or other) was not reported in what we could read.',
        sourceIds: ['buhas-2023'],
      },
      dose: {
        confidence: 'unverified',
        unknown:
          'The CFU, the grams of prebiotic and the units a day were not reported in what we could read, so the studied amount is unknown.',
        sourceIds: ['buhas-2023'],
      },
      duration: {
        confidence: 'partly',
        unknown: 'The 8 weeks of prebiotics was read only in the paper’s plain-language summary.',
        sourceIds: ['buhas-2023'],
      },
      background: {
        text: 'Topical anti-psoriatic therapy in both groups',
        confidence: 'confirmed',
        sourceIds: ['buhas-2023'],
      },
    },
  },
  {
    id: 'navarro-lopez-ad-three-strain',
    ingredientIds: [
      'bifidobacterium-animalis-lactis-cect-8145',
      'bifidobacterium-longum-cect-7347',
      'lactobacillus-casei-cect-9104',
    ],
    name: 'B. lactis CECT 8145 + B. longum CECT 7347 + L. casei CECT 9104',
    kind: 'probiotic',
    form: 'Capsule',
    dose: '1×10⁹ CFU in total, one capsule a day (read in summaries, not in the paper)',
    duration: '12 weeks',
    doseVerified: false,
    asStudied: {
      trialSourceId: 'navarro-lopez-2018',
      product: {
        text: null,
        confidence: 'unverified',
        unknown:
          'No brand was named in what we could read; a product would have to list all three strains with these designations.',
        sourceIds: ['navarro-lopez-2018'],
      },
      form: {
        confidence: 'partly',
        unknown: 'Read in summaries of the trial that agree with each other, not in the paper itself.',
        sourceIds: ['navarro-lopez-2018'],
      },
      dose: {
        confidence: 'partly',
        unknown: 'Read in summaries of the trial that agree with each other, not in the paper itself.',
        sourceIds: ['navarro-lopez-2018'],
      },
      duration: { confidence: 'confirmed', sourceIds: ['navarro-lopez-2018'] },
      background: {
        text: 'A topical corticosteroid for flares, in both arms (steroid-days were counted as an outcome)',
        confidence: 'partly',
        unknown: 'Which topical corticosteroid, and how strong, was not reported in what we could read.',
        sourceIds: ['navarro-lopez-2018'],
      },
      conflicts: [
        {
          text: 'Three authors were employed by Biopolis, the strain developer (read in a secondary summary).',
          confidence: 'partly',
          sourceIds: ['navarro-lopez-2018'],
        },
      ],
    },
  },
  {
    id: 'lgg-perinatal',
    ingredientIds: ['lactobacillus-rhamnosus-gg'],
    name: 'Lactobacillus rhamnosus GG (LGG), mother then infant',
    kind: 'probiotic',
    form: 'Capsules for the mother (Valio Ltd); how it was given after birth (to the baby or the breastfeeding mother) was not read',
    dose: '1×10¹⁰ CFU a day',
    duration: 'To the mother for 2–4 weeks before delivery, then for 6 months after birth',
    doseVerified: true,
    asStudied: {
      trialSourceId: 'kalliomaki-2001',
      product: { text: 'LGG from Valio Ltd, Helsinki', confidence: 'confirmed', sourceIds: ['kalliomaki-2001'] },
      form: {
        confidence: 'partly',
        unknown:
          'How it was given after birth (to the baby, or to the breastfeeding mother) was not reported in what we could read.',
        sourceIds: ['kalliomaki-2001'],
      },
      dose: { confidence: 'confirmed', sourceIds: ['kalliomaki-2001'] },
      duration: { confidence: 'confirmed', sourceIds: ['kalliomaki-2001'] },
      background: {
        text: 'None: a prevention trial in families, not an add-on to treatment',
        confidence: 'confirmed',
        sourceIds: ['kalliomaki-2001'],
      },
      conflicts: [
        {
          text: 'The LGG came from its maker, Valio Ltd; the trial was funded by the Finnish Foundation for Paediatric Research, the National Technology Agency of Finland and the Allergy Research Foundation.',
          confidence: 'confirmed',
          sourceIds: ['kalliomaki-2001'],
        },
      ],
    },
  },
  {
    id: 'escherichia-coli-nissle-1917',
    ingredientIds: ['escherichia-coli-nissle-1917'],
    name: 'Escherichia coli Nissle 1917',
    kind: 'probiotic',
    form: 'Capsule',
    dose: '2 capsules a day as a maintenance dose; CFU per capsule and brand not reported in what we could read',
    duration: '1 month',
    doseVerified: false,
    asStudied: {
      trialSourceId: 'manzhalii-2016',
      product: {
        text: null,
        confidence: 'unverified',
        unknown: 'No brand was named in what we could read, so the studied product cannot be named.',
        sourceIds: ['manzhalii-2016'],
      },
      form: { confidence: 'confirmed', sourceIds: ['manzhalii-2016'] },
      dose: {
        confidence: 'partly',
        unknown:
          'The amount per capsule (CFU) was not reported in what we could read, so 2 capsules a day cannot be turned into an amount.',
        sourceIds: ['manzhalii-2016'],
      },
      duration: { confidence: 'confirmed', sourceIds: ['manzhalii-2016'] },
      background: {
        text: 'A vegetarian diet and topical tetracycline, steroid or retinoid ointments, in both arms',
        confidence: 'confirmed',
        sourceIds: ['manzhalii-2016'],
      },
    },
  },
  {
    id: 'lactobacillus-paracasei-ncc-2461',
    ingredientIds: ['lactobacillus-paracasei-ncc-2461'],
    name: 'Lactobacillus paracasei NCC 2461 (ST11)',
    kind: 'probiotic',
    form: 'Sachet',
    dose: '1×10⁹ CFU a day',
    duration: '56 days',
    doseVerified: true,
    asStudied: {
      trialSourceId: 'reygagne-2017',
      product: {
        text: null,
        confidence: 'unverified',
        unknown: 'No brand was named in what we could read, so the studied product cannot be named.',
        sourceIds: ['reygagne-2017'],
      },
      form: { confidence: 'confirmed', sourceIds: ['reygagne-2017'] },
      dose: { confidence: 'confirmed', sourceIds: ['reygagne-2017'] },
      duration: { confidence: 'confirmed', sourceIds: ['reygagne-2017'] },
      background: {
        text: 'None stated: healthy men with dandruff, not patients on a treatment',
        confidence: 'partly',
        unknown: 'Whether any scalp treatment was allowed during the trial was not reported in what we could read.',
        sourceIds: ['reygagne-2017'],
      },
      conflicts: [
        {
          text: 'The authors were affiliated with L’Oréal Research & Innovation, Nestlé Research Center and SEDIFA Laboratory.',
          confidence: 'confirmed',
          sourceIds: ['reygagne-2017'],
        },
      ],
    },
  },
  {
    id: 'lactobacillus-reuteri-atcc-55730',
    ingredientIds: ['lactobacillus-reuteri-atcc-55730'],
    name: 'Lactobacillus reuteri ATCC 55730',
    kind: 'probiotic',
    form: 'Form not reported in the checked text',
    dose: '1×10⁸ CFU; how often it was taken was not reported in the checked text',
    duration: 'Duration not reported in the checked text',
    doseVerified: false,
    asStudied: {
      trialSourceId: 'can-2024-urticaria',
      product: {
        text: null,
        confidence: 'unverified',
        unknown:
          'No brand or manufacturer was named in what we could read; a product would have to contain L. reuteri ATCC 55730 itself.',
        sourceIds: ['can-2024-urticaria'],
      },
      form: {
        confidence: 'unverified',
        unknown: 'The form (capsule, drops, tablet or other) was not reported in what we could read.',
        sourceIds: ['can-2024-urticaria'],
      },
      dose: {
        confidence: 'unverified',
        unknown:
          'The 1×10⁸ CFU was read, but how often it was taken was not, and addendum 2 did not check this study: the studied amount cannot be matched.',
        sourceIds: ['can-2024-urticaria'],
      },
      duration: {
        confidence: 'unverified',
        unknown:
          'How long it was taken was not reported in what we could read, so there is no trial length to judge it by.',
        sourceIds: ['can-2024-urticaria'],
      },
      background: {
        text: 'Ebastine in both groups',
        confidence: 'partly',
        unknown: 'The ebastine dose was not reported in what we could read.',
        sourceIds: ['can-2024-urticaria'],
      },
    },
  },
];

export const statements: StatementInput[] = [
  // Acne.
  {
    id: 'acne-jung-mix-with-minocycline',
    conditionId: 'acne-vulgaris',
    adjunctId: 'jung-three-strain-lactobacillus-bifidobacterium',
    claim: 'Adding this three-strain probiotic to minocycline reduced total acne lesions more than minocycline alone.',
    population: 'Women aged 18–35 with acne (45 randomised).',
    comparator: 'Minocycline alone, or the probiotic alone (three arms).',
    outcome: 'Total lesion count at weeks 8–12.',
    effect: 'Fewer lesions with the combination than with either single arm (p<.01 vs minocycline alone).',
    certainty: 'very-low',
    downgrades: [
      { domain: 'risk-of-bias', reason: 'Open label: neither patients nor assessors were blinded.' },
      { domain: 'imprecision', reason: 'One small trial: 45 women in three arms, about 15 per arm.' },
      {
        domain: 'indirectness',
        reason: 'No strain designations were given, so no product on sale can be matched to the one studied.',
      },
    ],
    strength: 'C',
    baseStance: 'insufficient-evidence',
    rationale:
      'One open-label randomised trial found fewer lesions when this three-species capsule was added to minocycline than with minocycline alone. It is a single small unblinded trial in women aged 18–35, and the strain designations were not given in our sources, so no product on sale can be matched to the one studied: it cannot be suggested as a product, only shown so the evidence can be judged.',
    limits: [
      'Strain designations not given in our sources: no product can be matched to the one studied.',
      'A single small, unblinded trial; women aged 18–35 only.',
      'Studied alongside minocycline; not studied with topical treatment alone.',
    ],
    studiedAges: { min: 18, max: 35, asReported: 'women aged 18–35', sourceId: 'jung-2013' },
    reviewAfter: { weeks: 12, outcome: 'total lesion count' },
    sourceIds: ['jung-2013', 'cureus-2025-acne-ma'],
  },
  {
    id: 'acne-l-rhamnosus-sp1',
    conditionId: 'acne-vulgaris',
    adjunctId: 'lactobacillus-rhamnosus-sp1',
    claim:
      'L. rhamnosus SP1 changed skin markers of insulin signalling and more patients were rated improved than with placebo.',
    population: '20 adults with acne (pilot).',
    comparator: 'Placebo liquid.',
    outcome: 'Skin IGF1 and FOXO1 expression; global improvement rating.',
    effect: 'IGF1 expression −32%, FOXO1 +65%; adjusted OR 28.4 (95% CI 2.2–411) for improvement.',
    certainty: 'very-low',
    downgrades: [
      { domain: 'imprecision', reason: '20 participants; the confidence interval spans 2 to 411.' },
      { domain: 'indirectness', reason: 'Main outcomes are gene-expression markers rather than lesion counts.' },
      { domain: 'risk-of-bias', reason: 'Pilot trial, partly industry-funded.' },
    ],
    strength: 'C',
    baseStance: 'insufficient-evidence',
    rationale:
      'A 20-person pilot trial mainly measured skin gene expression. The clinical estimate is too imprecise to guide treatment, so this strain is shown for transparency rather than as a suggestion.',
    limits: ['Pilot trial of 20 adults; very imprecise clinical estimate.', 'Partly industry-funded.'],
    studiedAges: {
      min: 18,
      max: 120,
      asReported: 'adults (mean age 33.7; no age range reported)',
      sourceId: 'fabbrocini-2016',
    },
    reviewAfter: { weeks: 12, outcome: 'a global improvement rating' },
    sourceIds: ['fabbrocini-2016'],
  },
  {
    id: 'acne-l-rhamnosus-cect-30031',
    conditionId: 'acne-vulgaris',
    adjunctId: 'lactobacillus-rhamnosus-cect-30031-arthrospira',
    claim: 'L. rhamnosus CECT 30031 with Arthrospira platensis improved acne severity more often than placebo.',
    population: 'Adolescents and young adults aged 12–30 with acne.',
    comparator: 'Placebo.',
    outcome: 'Acne severity (AGSS) improvement; lesion counts.',
    effect:
      'AGSS improved in 50% vs 29.4% (p=.03); non-inflammatory lesions −18.6 vs −10.5 (p=.03); total lesions not significant (p=.06).',
    certainty: 'low',
    downgrades: [
      { domain: 'imprecision', reason: 'One trial; the total lesion count was not significantly different.' },
      {
        domain: 'indirectness',
        reason: 'The product also contains spirulina, so the effect cannot be credited to the strain alone.',
      },
    ],
    strength: 'B',
    baseStance: 'consider',
    rationale:
      'One double-blind placebo-controlled trial found acne severity improved in half of those taking this product against under a third on placebo, with similar adverse events. Total lesion counts did not differ significantly and the amount per capsule was not reported in what we could read, so it is at most an optional add-on to standard acne care.',
    limits: [
      'One trial; total lesions not significantly different.',
      'The amount per capsule was not reported in what we could read and no brand is named, so the studied product and amount cannot be matched exactly.',
    ],
    studiedAges: { min: 12, max: 30, asReported: 'ages 12–30', sourceId: 'eguren-2024' },
    reviewAfter: { weeks: 12, outcome: 'acne severity (AGSS) and lesion counts' },
    excludedPatients: [
      {
        trigger: {
          anyOf: [
            { factor: 'oral-antibiotics' },
            { regimenFlag: 'oral-antibiotic' },
            { factor: 'oral-antifungals' },
            { regimenFlag: 'oral-antifungal' },
            { regimenOption: 'topical-clindamycin' },
          ],
        },
        who: 'patients who used antibiotics or antifungals, on the skin or by mouth, in the previous 2 weeks',
        sourceIds: ['nct04570319'],
        confidence: 'partly',
      },
      {
        trigger: { regimenOption: 'isotretinoin' },
        who: 'patients who took a systemic retinoid (isotretinoin) in the previous 6 months',
        sourceIds: ['nct04570319'],
        confidence: 'partly',
      },
    ],
    sourceIds: ['eguren-2024', 'cureus-2025-acne-ma'],
  },

  // Psoriasis.
  {
    id: 'psoriasis-navarro-lopez-mix',
    conditionId: 'psoriasis',
    adjunctId: 'navarro-lopez-psoriasis-three-strain',
    claim: 'Added to a topical corticosteroid regimen, this three-strain mix increased PASI75 responses.',
    population:
      'Adults 18–70 with mild–moderate plaque psoriasis, no systemic therapy or biologic within 3 months (88 analysed).',
    comparator:
      'Placebo, on a topical corticosteroid in both arms (the regimen by PASI is reported inconsistently: betamethasone + calcipotriol if PASI ≥6 and mometasone if <6 in one review table, betamethasone + calcipotriol for all in another).',
    outcome: 'PASI75 at 12 weeks; PGA 0/1; relapse over 6 months.',
    effect: 'PASI75 66.7% vs 41.9% (p<.05); PGA 0/1 48.9% vs 30.2%; fewer relapses over 6 months.',
    certainty: 'low',
    downgrades: [
      { domain: 'imprecision', reason: 'A single trial of 88 patients.' },
      {
        domain: 'inconsistency',
        reason: 'Meta-analyses of probiotics in psoriasis disagree (PASI75 not significant in the largest).',
      },
    ],
    strength: 'B',
    baseStance: 'consider',
    rationale:
      'One double-blind randomised trial found more PASI75 responses when this specific mix was added to a topical corticosteroid regimen, with fewer relapses over six months. It is one trial of 88 patients, other strains give inconsistent results in meta-analyses, and patients on systemic treatment were excluded, so it can be discussed as an optional add-on to topical treatment in mild–moderate plaque psoriasis.',
    limits: [
      'A single trial of this mix (88 patients).',
      'Patients on systemic therapy or biologics were excluded: no data for them.',
    ],
    studiedAges: { min: 18, max: 70, asReported: 'adults aged 18–70', sourceId: 'navarro-lopez-2019' },
    reviewAfter: { weeks: 12, outcome: 'PASI (75% improvement)' },
    excludedPatients: [
      {
        trigger: { anyOf: [{ regimenFlag: 'systemic-immunosuppressant' }, { regimenFlag: 'biologic' }] },
        who: 'patients who took systemic corticosteroids, methotrexate, ciclosporin or a biologic in the previous 3 months',
        sourceIds: ['navarro-lopez-2019'],
      },
      {
        trigger: { anyOf: [{ factor: 'oral-antibiotics' }, { regimenFlag: 'oral-antibiotic' }] },
        who: 'patients who took antibiotics in the previous 2 weeks',
        sourceIds: ['navarro-lopez-2019'],
      },
    ],
    sourceIds: ['navarro-lopez-2019', 'zhu-2024-psoriasis-ma', 'jcd-2024-psoriasis-ma'],
  },
  {
    id: 'psoriasis-buhas-synbiotic',
    conditionId: 'psoriasis',
    adjunctId: 'bacillus-spores-with-fos-xos-gos',
    claim:
      'In a non-randomised open-label study, patients given a Bacillus spore probiotic with prebiotics improved more than controls.',
    population:
      '63 patients with psoriasis on topical therapy (42 supplemented, 21 controls, allocated by order of enrolment).',
    comparator: 'Topical therapy without supplements.',
    outcome: 'PASI, DLQI, inflammatory markers; gut microbiome in 15 patients.',
    effect:
      'Better PASI, DLQI and inflammatory markers in the supplemented group; microbiota moved toward an anti-inflammatory profile in the 15 analysed.',
    certainty: 'very-low',
    downgrades: [
      { domain: 'risk-of-bias', reason: 'Not randomised, not blinded, and the groups differed at baseline.' },
      { domain: 'imprecision', reason: 'Small; microbiome data from 15 patients only.' },
    ],
    strength: 'C',
    baseStance: 'insufficient-evidence',
    rationale:
      'This is the study the founding letter cites for an anti-inflammatory shift. It was not randomised or blinded, the groups differed at the start, and the dose and product were not reported in the text we checked. It cannot show that the supplement caused the improvement.',
    limits: ['Non-randomised, open-label, baseline imbalance.', 'Dose and product not reported in the checked text.'],
    studiedAges: null,
    reviewAfter: { weeks: 12, outcome: 'PASI and DLQI' },
    sourceIds: ['buhas-2023'],
    letterClaimIds: ['psoriasis-anti-inflammatory'],
  },

  // Atopic dermatitis (treatment).
  {
    id: 'ad-navarro-lopez-mix-children',
    conditionId: 'atopic-dermatitis',
    adjunctId: 'navarro-lopez-ad-three-strain',
    claim:
      'In children with moderate eczema, SCORAD fell more with this three-strain mix than with placebo, with fewer topical-steroid days.',
    population: '50 children aged 4–17 with moderate atopic dermatitis, single centre.',
    comparator: 'Placebo, with usual topical care.',
    outcome: 'SCORAD at 12 weeks; topical-steroid days.',
    effect:
      'SCORAD fell 19.2 points more than with placebo (−83% vs −24%); steroid use 161/2084 vs 220/2032 patient-days.',
    certainty: 'very-low',
    downgrades: [
      { domain: 'risk-of-bias', reason: 'Single centre, and the authors are linked to the strain developer.' },
      { domain: 'imprecision', reason: 'One small trial (50 children).' },
      {
        domain: 'inconsistency',
        reason: 'Cochrane and pooled paediatric analyses find small or no effects for probiotics overall.',
      },
    ],
    strength: 'C',
    baseStance: 'insufficient-evidence',
    rationale:
      'A single small trial of this specific mix in children found a large SCORAD fall, but its authors are linked to the strain developer, and the wider evidence (Cochrane; the AAD does not recommend probiotics for established eczema) points to little or no benefit. The result needs confirming before it can guide treatment.',
    limits: ['One small single-centre trial; authors linked to the strain developer.', 'Children 4–17 only.'],
    studiedAges: { min: 4, max: 17, asReported: 'children aged 4–17', sourceId: 'navarro-lopez-2018' },
    reviewAfter: { weeks: 12, outcome: 'SCORAD and topical-steroid use' },
    excludedPatients: [
      {
        trigger: { anyOf: [{ regimenFlag: 'systemic-immunosuppressant' }, { regimenFlag: 'jak-inhibitor' }] },
        who: 'children who took systemic immunosuppressive drugs in the previous 3 months',
        sourceIds: ['navarro-lopez-2018'],
        confidence: 'partly',
      },
      {
        trigger: { anyOf: [{ factor: 'oral-antibiotics' }, { regimenFlag: 'oral-antibiotic' }] },
        who: 'children who took antibiotics in the previous 2 weeks',
        sourceIds: ['navarro-lopez-2018'],
        confidence: 'partly',
      },
    ],
    sourceIds: ['navarro-lopez-2018', 'makrgeorgou-2018-cochrane', 'aad-ad-2014-section-4'],
  },

  // Atopic dermatitis (prevention).
  {
    id: 'ad-prevention-lgg-perinatal',
    conditionId: 'atopic-dermatitis-prevention',
    adjunctId: 'lgg-perinatal',
    claim:
      'LGG given to mothers before delivery and then for 6 months after birth halved eczema at age 2 in a family-history-of-atopy population.',
    population: '159 mothers with a family history of atopy, and their infants.',
    comparator: 'Placebo.',
    outcome: 'Eczema by age 2.',
    effect: 'Eczema at 2 years 23% vs 46% (RR 0.51, 95% CI 0.32–0.84; NNT 4.5).',
    certainty: 'low',
    downgrades: [
      {
        domain: 'inconsistency',
        reason: 'Other prevention trials are inconsistent (a four-strain mix did not reduce eczema overall).',
      },
      { domain: 'imprecision', reason: 'One trial of this regimen (159 families).' },
    ],
    strength: 'B',
    baseStance: 'consider',
    rationale:
      'The World Allergy Organization conditionally suggests probiotics for pregnant and breastfeeding mothers of infants at high risk of allergy and for the infants themselves. The LGG regimen here is the one that halved eczema at age 2 in a double-blind trial, but other trials disagree. It is an option to discuss with families at high risk, not a treatment for existing eczema.',
    limits: [
      'Prevention trials disagree; the guideline suggestion is conditional.',
      'Studied in families with a history of atopy.',
    ],
    studiedAges: null,
    reviewAfter: null,
    studiedIn: [
      {
        trigger: { factor: 'family-history-atopy' },
        who: 'families with atopic disease in the mother, or a first-degree relative or partner with eczema, hay fever or asthma',
        check: 'Tick "Family history of atopy" if that applies.',
        sourceIds: ['kalliomaki-2001'],
      },
      {
        trigger: { anyOf: [{ factor: 'pregnant' }, { factor: 'breastfeeding' }, { ageBelow: 0.5 }] },
        who: 'mothers in late pregnancy and babies up to 6 months old',
        check: 'It was given to the mother from 2–4 weeks before delivery and for 6 months after birth.',
        sourceIds: ['kalliomaki-2001'],
      },
    ],
    sourceIds: ['kalliomaki-2001', 'wao-glad-p-2015', 'allen-2014'],
  },

  // Rosacea and seborrheic dermatitis.
  {
    id: 'rosacea-e-coli-nissle',
    conditionId: 'rosacea',
    adjunctId: 'escherichia-coli-nissle-1917',
    claim: 'In mixed facial papulopustular dermatoses, more patients responded with E. coli Nissle 1917 than without.',
    population:
      '57 patients with acne, papulopustular rosacea or seborrheic dermatitis; results not given for rosacea alone.',
    comparator: 'No probiotic; both arms on a vegetarian diet and topical treatment.',
    outcome: 'Overall response at 1 month.',
    effect: 'Response 89% vs 56% (p<.01) across all diagnoses.',
    certainty: 'very-low',
    downgrades: [
      { domain: 'risk-of-bias', reason: 'Not blinded.' },
      { domain: 'indirectness', reason: 'Mixed diagnoses; rosacea results not reported separately.' },
      { domain: 'imprecision', reason: 'Small (57 patients).' },
    ],
    strength: 'C',
    baseStance: 'insufficient-evidence',
    rationale:
      'The only trial touching rosacea pooled it with other facial dermatoses, was not blinded and changed diet in both arms; a small blinded trial of another probiotic in rosacea found no benefit. There is not enough evidence to suggest a probiotic for rosacea.',
    limits: [
      'Not blinded; rosacea not reported separately.',
      'A small blinded rosacea trial of another probiotic was negative.',
    ],
    studiedAges: null,
    reviewAfter: { weeks: 4, outcome: 'overall response' },
    sourceIds: ['manzhalii-2016', 'rsd-2024-rosacea'],
  },
  {
    id: 'sd-l-paracasei-dandruff',
    conditionId: 'seborrheic-dermatitis',
    adjunctId: 'lactobacillus-paracasei-ncc-2461',
    claim: 'L. paracasei NCC 2461 reduced dandruff and scalp redness in healthy men with dandruff.',
    population: '60 healthy men aged 18–60 with moderate–severe dandruff (not diagnosed seborrheic dermatitis).',
    comparator: 'Placebo.',
    outcome: 'Free and adherent dandruff, erythema, global score at 56 days.',
    effect: 'All improved vs placebo (p<.05); no adverse events.',
    certainty: 'very-low',
    downgrades: [
      { domain: 'indirectness', reason: 'Dandruff in healthy volunteers, not diagnosed seborrheic dermatitis.' },
      { domain: 'imprecision', reason: 'One sponsored trial of 60 men.' },
    ],
    strength: 'C',
    baseStance: 'insufficient-evidence',
    rationale:
      'The only randomised trial is in healthy men with dandruff, sponsored by L’Oréal and Nestlé. No trial in diagnosed seborrheic dermatitis was found, so there is not enough evidence to suggest it for this condition.',
    limits: ['Healthy volunteers with dandruff, not seborrheic dermatitis.', "Sponsored by L'Oréal and Nestlé."],
    studiedAges: { min: 18, max: 60, asReported: 'healthy men aged 18–60', sourceId: 'reygagne-2017' },
    reviewAfter: { weeks: 8, outcome: 'dandruff and scalp redness' },
    sourceIds: ['reygagne-2017'],
  },
  {
    id: 'sd-e-coli-nissle',
    conditionId: 'seborrheic-dermatitis',
    adjunctId: 'escherichia-coli-nissle-1917',
    claim: 'In mixed facial papulopustular dermatoses, more patients responded with E. coli Nissle 1917 than without.',
    population:
      '57 patients with acne, papulopustular rosacea or seborrheic dermatitis; results not given for seborrheic dermatitis alone.',
    comparator: 'No probiotic; both arms on a vegetarian diet and topical treatment.',
    outcome: 'Overall response at 1 month.',
    effect: 'Response 89% vs 56% (p<.01) across all diagnoses.',
    certainty: 'very-low',
    downgrades: [
      { domain: 'risk-of-bias', reason: 'Not blinded.' },
      { domain: 'indirectness', reason: 'Mixed diagnoses; seborrheic dermatitis not reported separately.' },
      { domain: 'imprecision', reason: 'Small (57 patients).' },
    ],
    strength: 'C',
    baseStance: 'insufficient-evidence',
    rationale:
      'This unblinded study pooled seborrheic dermatitis with other facial dermatoses and changed diet in both arms, so it cannot show a benefit in seborrheic dermatitis.',
    limits: ['Not blinded; seborrheic dermatitis not reported separately.'],
    studiedAges: null,
    reviewAfter: { weeks: 4, outcome: 'overall response' },
    sourceIds: ['manzhalii-2016'],
  },

  // Chronic urticaria.
  {
    id: 'urticaria-l-reuteri-atcc-55730-with-ebastine',
    conditionId: 'chronic-urticaria',
    adjunctId: 'lactobacillus-reuteri-atcc-55730',
    claim:
      'In a non-randomised study, more patients with chronic urticaria responded when L. reuteri ATCC 55730 was added to ebastine than with ebastine alone.',
    population:
      '60 patients with chronic urticaria (30 + 30, not randomised); ages and exclusions not checked in our sources.',
    comparator: 'Ebastine alone.',
    outcome: 'Proportion of responders.',
    effect: 'Responders 83.3% vs 50%.',
    certainty: 'very-low',
    downgrades: [
      {
        domain: 'risk-of-bias',
        reason: 'Not randomised: the groups may have differed in ways that explain the result.',
      },
      { domain: 'imprecision', reason: 'One small study of 60 patients.' },
    ],
    strength: 'C',
    baseStance: 'insufficient-evidence',
    rationale:
      'This is the only study of a named strain in chronic urticaria that we found. It was not randomised and had 60 patients, so it cannot show that the probiotic caused the difference. Pooled trials of different probiotics added to antihistamines are positive, but they cannot vouch for this strain, and the two randomised trials we found did not name their strains. It is shown so the evidence can be judged, not as a suggestion.',
    limits: [
      'A single non-randomised study of 60 patients.',
      'How often the 1×10⁸ CFU dose was taken, the form and the duration were not reported in the checked text.',
      'Studied alongside ebastine; not studied without an antihistamine.',
    ],
    studiedAges: null,
    reviewAfter: null,
    sourceIds: ['can-2024-urticaria', 'tan-2025-urticaria-ma'],
  },
];

export const conditionNotes: NoteInput[] = [
  {
    id: 'acne-pooled-mixed-strains',
    conditionId: 'acne-vulgaris',
    kind: 'pooled-evidence',
    title: 'Pooled trials of different strains',
    text: 'A 2025 meta-analysis of 4 RCTs (227 patients) found lower odds of worse acne severity (OR 0.48, 95% CI 0.29–0.79) and fewer non-inflammatory lesions, but no significant effect on inflammatory lesions. It pools different products, so it cannot vouch for any one of them.',
    sourceIds: ['cureus-2025-acne-ma'],
  },
  {
    id: 'acne-doxycycline-trial-unnamed-strain',
    conditionId: 'acne-vulgaris',
    kind: 'trial',
    title: 'A trial with doxycycline and adapalene (strain not checked)',
    text: 'In 80 patients with moderate acne on doxycycline and adapalene, a probiotic capsule improved severity more than placebo (p<.001). The strain was not checked and reports disagree on the dose, so no product is suggested from it.',
    sourceIds: ['atefi-2025'],
  },
  {
    id: 'acne-aad-2024',
    conditionId: 'acne-vulgaris',
    kind: 'guideline',
    title: 'AAD acne guideline 2024',
    text: 'Makes no recommendation on probiotics; evidence was too thin for any recommendation on dietary change or alternative therapies. Its strong recommendations are benzoyl peroxide, topical retinoids, topical antibiotics, doxycycline, and isotretinoin for severe acne.',
    sourceIds: ['aad-acne-2024'],
  },
  {
    id: 'psoriasis-meta-analyses-disagree',
    conditionId: 'psoriasis',
    kind: 'pooled-evidence',
    title: 'Meta-analyses of different strains disagree',
    text: 'Across 7 RCTs, PASI75 was 33.6% vs 23.6% (RR 1.40, 95% CI 0.98–1.98), not significant, though mean PASI and CRP fell. A 5-RCT analysis found a PASI benefit; a 3-RCT analysis did not. A randomised trial (Moludi 2021) reported PASI −5.26 vs +0.48 (p=.049), but what was given is reported inconsistently: a Lactobacillus drink against no supplement in its abstract, a four-species capsule against placebo in a review table.',
    sourceIds: ['zhu-2024-psoriasis-ma', 'jcd-2024-psoriasis-ma', 'jir-2021-psoriasis-ma', 'moludi-2021'],
  },
  {
    id: 'psoriasis-guideline',
    conditionId: 'psoriasis',
    kind: 'guideline',
    title: 'AAD–NPF 2021 guideline',
    text: 'Makes no recommendation for complementary or alternative therapies because evidence is lacking; probiotics are not among the modalities listed.',
    sourceIds: ['aad-npf-psoriasis-2021'],
  },
  {
    id: 'ad-cochrane',
    conditionId: 'atopic-dermatitis',
    kind: 'pooled-evidence',
    title: 'Cochrane review: little or no difference',
    text: 'Currently available probiotic strains probably make little or no difference to patient-rated eczema symptoms (moderate certainty, Cochrane) and may make little or no difference to quality of life or investigator-rated severity. Any severity effect is small and of uncertain clinical importance, and probiotics carry a small risk of adverse events.',
    sourceIds: ['makrgeorgou-2018-cochrane'],
  },
  {
    id: 'ad-aad-2014-against',
    conditionId: 'atopic-dermatitis',
    kind: 'guideline',
    title: 'AAD 2014: not recommended for established eczema',
    text: 'The AAD does not recommend probiotics or prebiotics for established atopic dermatitis because the evidence is inconsistent (level II, strength B). The 2023 AAAAI/ACAAI guideline does not address probiotics.',
    sourceIds: ['aad-ad-2014-section-4', 'jtf-ad-2023'],
  },
  {
    id: 'ad-paediatric-pooled',
    conditionId: 'atopic-dermatitis',
    kind: 'pooled-evidence',
    title: 'Pooled paediatric analyses: small effects',
    text: 'In children, pooled SCORAD differences were −3.07 overall (−4.50 at ages 1–18, not significant under 1 year; LGG alone not significant) and −6.56 at 8 weeks for synbiotics, significant only with mixed strains and at age 1 year or older: small effects.',
    sourceIds: ['huang-2017-ad-ma', 'chang-2016-synbiotics-ma'],
  },
  {
    id: 'ad-prevention-prebiotics',
    conditionId: 'atopic-dermatitis-prevention',
    kind: 'guideline',
    title: 'Prebiotics for prevention (WAO 2016)',
    text: 'Conditional suggestion for prebiotics in infants who are not exclusively breastfed, and against them in exclusively breastfed infants, both on very low certainty evidence; no recommendation for pregnancy or breastfeeding because there were no studies. The prebiotic product and dose are not specified in our sources, so none is suggested here.',
    sourceIds: ['wao-prebiotics-2016'],
  },
  {
    id: 'rosacea-registered-trial',
    conditionId: 'rosacea',
    kind: 'gap',
    title: 'A further trial is registered',
    text: 'A 12-week randomised trial of a probiotic mix in rosacea is registered (NCT05815511); results were not available to us.',
    sourceIds: ['nct05815511'],
  },
  {
    id: 'sd-no-trial',
    conditionId: 'seborrheic-dermatitis',
    kind: 'gap',
    title: 'No trial in diagnosed seborrheic dermatitis',
    text: 'No randomised trial of an oral probiotic or prebiotic in diagnosed seborrheic dermatitis was found.',
    sourceIds: ['reygagne-2017', 'manzhalii-2016'],
  },
  {
    id: 'hs-no-trial',
    conditionId: 'hidradenitis-suppurativa',
    kind: 'gap',
    title: 'No trials',
    text: 'No randomised trial of an oral probiotic or prebiotic in hidradenitis suppurativa was found; the reviews discuss it only in gut–skin-axis terms. There is no studied product to suggest.',
    sourceIds: ['mahmud-2022'],
  },
  {
    id: 'urticaria-pooled-mixed-strains',
    conditionId: 'chronic-urticaria',
    kind: 'pooled-evidence',
    title: 'Pooled trials of different probiotics, added to antihistamines',
    text: 'A 2025 meta-analysis of 11 trials (1,014 patients) found a higher relief rate when a probiotic was added to an antihistamine than with the antihistamine alone (OR 2.90, 95% CI 1.97–4.28). The authors applied GRADE, but the certainty they gave was not checked in our sources. On our own reading the trials are many, small and heterogeneous, so the certainty for probiotics as a class added to an antihistamine is low at best (SORT B). It pools different products, so it cannot vouch for any one of them.',
    sourceIds: ['tan-2025-urticaria-ma'],
  },
  {
    id: 'urticaria-paediatric-rct-unnamed-strains',
    conditionId: 'chronic-urticaria',
    kind: 'trial',
    title: 'A trial in children with desloratadine (strains not named)',
    text: 'In a randomised trial of 206 children on desloratadine, more responded at 4 weeks with a probiotic product called "Yimingjia" than without it (80.8% vs 62.5%, p=.04). Its strains were not named in what we read, so no product can be matched to the one studied and none is suggested from it.',
    sourceIds: ['aaci-2021-paediatric-urticaria-rct'],
  },
  {
    id: 'urticaria-godse-rct-unnamed-strains',
    conditionId: 'chronic-urticaria',
    kind: 'trial',
    title: 'A trial with levocetirizine (strains not named): mixed results',
    text: 'In a randomised trial of 97 patients on levocetirizine, itch improved with a multistrain probiotic, but the hives score and the Urticaria Control Test (UCT) did not. Its strains were not named in what we read, so no product is suggested from it.',
    sourceIds: ['godse-urticaria-rct'],
  },
  {
    id: 'urticaria-usual-care',
    conditionId: 'chronic-urticaria',
    kind: 'guideline',
    title: 'Usual care: antihistamine first (international guideline 2021)',
    text: 'Usual care of chronic spontaneous urticaria, as secondary summaries of the 2021 international guideline describe it: a standard-dose second-generation H1 antihistamine, then up to 4 times that dose after 2–4 weeks, then add omalizumab, then ciclosporin for refractory disease. The guideline’s own text was not read, and whether it addresses probiotics was not checked. Every probiotic trial here added the probiotic to an antihistamine.',
    sourceIds: ['zuberbier-2022-urticaria-guideline', 'tan-2025-urticaria-ma'],
  },
];
