/**
 * Conditions, regimen options and patient factors.
 * Codes: only those marked verified or provisional in ../shared/evidence/addendum-checks-and-codes.md (section B).
 * Provisional codes (a single source) are marked `provisional`; drugs with unverified RxNorm codes carry none and are
 * matched by ingredient name.
 */
import type { KnowledgeBaseInput } from '../schema';

/** A regimen option as written here: its safety facts live in regimen-safety.ts and are joined on load. */
type RegimenOptionInput = Omit<KnowledgeBaseInput['regimenOptions'][number], 'safety'>;
type ConditionInput = KnowledgeBaseInput['conditions'][number];
type FactorInput = KnowledgeBaseInput['factors'][number];

const rx = (code: string, display: string, status: 'verified' | 'provisional' = 'verified') => ({ code, display, status });

export const factors: FactorInput[] = [
  // Hard risks: every live product is "avoid" (the audit checks it).
  { id: 'immunocompromised', name: 'Immunocompromised', description: 'Significant immunosuppression from disease or treatment (e.g. transplant, chemotherapy, advanced HIV).', hardRisk: true },
  { id: 'central-venous-catheter', name: 'Central venous catheter', description: 'A central line or other long-term intravascular catheter in place.', hardRisk: true },
  { id: 'critically-ill', name: 'Critically ill', description: 'Critical illness, intensive care, or enteral (tube) feeding.', hardRisk: true },
  { id: 'severe-acute-pancreatitis', name: 'Severe acute pancreatitis', description: 'Current or predicted severe acute pancreatitis.', hardRisk: true },
  { id: 'short-bowel-syndrome', name: 'Short bowel syndrome', description: 'Short bowel syndrome or extensive bowel resection.', hardRisk: true },
  {
    id: 'preterm-or-hospitalised-neonate',
    name: 'Preterm or hospitalised newborn',
    description: 'A preterm infant or a newborn in hospital care.',
    hardRisk: true,
    plausibleAges: { min: 0, max: 1 },
    excludes: ['pregnant', 'breastfeeding'],
  },
  // Other risks.
  { id: 'structural-heart-disease', name: 'Heart valve disease or past endocarditis', description: 'Structural heart disease, a prosthetic heart valve, or infective endocarditis in the past.' },
  { id: 'surgery-planned', name: 'Surgery planned', description: 'An operation or hospital procedure coming up.' },
  { id: 'pregnant', name: 'Pregnant', description: 'Currently pregnant.', plausibleAges: { min: 9, max: 70 } },
  { id: 'breastfeeding', name: 'Breastfeeding', description: 'Currently breastfeeding (the patient is the nursing mother).', plausibleAges: { min: 9, max: 70 } },
  { id: 'oral-antibiotics', name: 'Taking oral antibiotics', description: 'Any current oral antibiotic, for skin or another reason.' },
  { id: 'oral-antifungals', name: 'Taking oral antifungals', description: 'Any current systemic antifungal (e.g. itraconazole, fluconazole, terbinafine).' },
  { id: 'autoimmune-disease', name: 'Autoimmune disease', description: 'An autoimmune disease, e.g. lupus, dermatomyositis, pemphigus or pemphigoid, rheumatoid arthritis, multiple sclerosis.' },
  { id: 'phenylketonuria', name: 'Phenylketonuria (PKU)', description: 'Phenylketonuria or another need to limit phenylalanine.' },
  {
    id: 'milk-allergy',
    name: "Cow's milk allergy",
    description: "Allergy to cow's-milk protein.",
    fromAllergy: { snomed: [{ code: '3718001', display: "Cow's milk (substance)", status: 'provisional' }], words: ['milk'], unlessWords: ['lactose', 'milk thistle'] },
  },
  { id: 'egg-allergy', name: 'Egg allergy', description: 'Allergy to egg protein.', fromAllergy: { words: ['egg', 'eggs'] } },
  { id: 'soy-allergy', name: 'Soy allergy', description: 'Allergy to soy (soya) protein.', fromAllergy: { words: ['soy', 'soya', 'soybean', 'soybeans'] } },
  { id: 'yeast-allergy', name: 'Yeast allergy', description: "Allergy to yeast (e.g. baker's or brewer's yeast, Saccharomyces).", fromAllergy: { words: ['yeast', 'saccharomyces'] } },
  { id: 'lactose-intolerance', name: 'Lactose intolerance', description: 'Lactose intolerance, lactase deficiency or galactose malabsorption.' },
  { id: 'irritable-bowel', name: 'Irritable bowel syndrome', description: 'IBS or sensitivity to fermentable fibres (FODMAPs).' },
  // Context: decides whether the evidence applies, not a risk.
  {
    id: 'family-history-atopy',
    name: 'Family history of atopy',
    description: 'A parent or sibling with eczema, allergic rhinitis or asthma (for the prevention question).',
    kind: 'context',
  },
];

export const regimenFlags: KnowledgeBaseInput['regimenFlags'] = [
  { id: 'oral-antibiotic', name: 'an oral antibiotic', impliesFactor: 'oral-antibiotics', immunosuppressive: false },
  { id: 'oral-antifungal', name: 'an oral antifungal', impliesFactor: 'oral-antifungals', immunosuppressive: false },
  { id: 'systemic-immunosuppressant', name: 'a systemic immunosuppressant', immunosuppressive: true },
  { id: 'biologic', name: 'a biologic', immunosuppressive: true },
  { id: 'jak-inhibitor', name: 'a JAK or TYK2 inhibitor', immunosuppressive: true },
];

/**
 * EHR code tables the CDS mapping reads. SNOMED CT route codes as in the shared HL7 and team fixtures
 * (../shared/cds-hooks/fhir).
 */
export const codeTables: KnowledgeBaseInput['codeTables'] = {
  snomedRoutes: [
    { code: '6064005', display: 'Topical route', route: 'topical' },
    { code: '26643006', display: 'Oral route', route: 'systemic' },
  ],
  systemicForms: [
    { ingredient: 'tacrolimus', name: 'Tacrolimus (systemic)', flags: ['systemic-immunosuppressant'] },
    { ingredient: 'clindamycin', name: 'Clindamycin (oral or injected)', flags: ['oral-antibiotic'] },
    { ingredient: 'metronidazole', name: 'Metronidazole (oral or injected)', flags: ['oral-antibiotic'] },
    { ingredient: 'ketoconazole', name: 'Ketoconazole (oral)', flags: ['oral-antifungal'] },
  ],
};

export const regimenOptions: RegimenOptionInput[] = [
  // Topicals.
  { id: 'benzoyl-peroxide', name: 'Benzoyl peroxide (topical or wash)', route: 'topical', drugClass: 'antimicrobial', ingredients: ['benzoyl peroxide'] },
  { id: 'adapalene', name: 'Adapalene (topical retinoid)', route: 'topical', drugClass: 'retinoid', ingredients: ['adapalene'], rxnorm: [rx('60223', 'adapalene', 'provisional')] },
  { id: 'tretinoin', name: 'Tretinoin (topical retinoid)', route: 'topical', drugClass: 'retinoid', ingredients: ['tretinoin'], rxnorm: [rx('10753', 'tretinoin', 'provisional')] },
  { id: 'tazarotene', name: 'Tazarotene (topical retinoid)', route: 'topical', drugClass: 'retinoid', ingredients: ['tazarotene'] },
  { id: 'trifarotene', name: 'Trifarotene (topical retinoid)', route: 'topical', drugClass: 'retinoid', ingredients: ['trifarotene'] },
  { id: 'topical-clindamycin', name: 'Clindamycin (topical)', route: 'topical', drugClass: 'topical antibiotic', ingredients: ['clindamycin'], rxnorm: [rx('2582', 'clindamycin')] },
  { id: 'azelaic-acid', name: 'Azelaic acid (topical)', route: 'topical', drugClass: 'azelaic acid', ingredients: ['azelaic acid'] },
  { id: 'clascoterone', name: 'Clascoterone (topical)', route: 'topical', drugClass: 'topical antiandrogen', ingredients: ['clascoterone'] },
  { id: 'salicylic-acid', name: 'Salicylic acid (topical)', route: 'topical', drugClass: 'keratolytic', ingredients: ['salicylic acid'] },
  {
    id: 'topical-corticosteroid',
    name: 'Topical corticosteroid',
    route: 'topical',
    drugClass: 'corticosteroid',
    ingredients: ['betamethasone', 'clobetasol', 'mometasone', 'hydrocortisone', 'triamcinolone', 'fluocinonide', 'desonide', 'fluticasone'],
  },
  { id: 'calcipotriene', name: 'Calcipotriene / calcipotriol (vitamin D analogue)', route: 'topical', drugClass: 'vitamin D analogue', ingredients: ['calcipotriene', 'calcipotriol'] },
  {
    id: 'calcipotriene-betamethasone',
    name: 'Calcipotriene + betamethasone (fixed combination)',
    route: 'topical',
    drugClass: 'vitamin D analogue + corticosteroid',
    ingredients: ['calcipotriene and betamethasone', 'calcipotriol and betamethasone', 'calcipotriol/betamethasone', 'calcipotriene/betamethasone'],
  },
  {
    id: 'topical-calcineurin-inhibitor',
    name: 'Topical calcineurin inhibitor (tacrolimus, pimecrolimus)',
    route: 'topical',
    drugClass: 'calcineurin inhibitor',
    ingredients: ['tacrolimus', 'pimecrolimus'],
    rxnorm: [rx('42316', 'tacrolimus'), rx('321952', 'pimecrolimus', 'provisional')],
  },
  { id: 'coal-tar', name: 'Coal tar (topical)', route: 'topical', drugClass: 'tar', ingredients: ['coal tar'] },
  { id: 'topical-roflumilast', name: 'Roflumilast (topical cream or foam)', route: 'topical', drugClass: 'PDE4 inhibitor', ingredients: ['roflumilast'] },
  { id: 'tapinarof', name: 'Tapinarof (topical)', route: 'topical', drugClass: 'aryl hydrocarbon receptor agonist', ingredients: ['tapinarof'] },
  { id: 'emollients', name: 'Emollients / moisturisers', route: 'topical', drugClass: 'emollient', ingredients: ['emollient', 'moisturizer', 'moisturiser', 'petrolatum'] },
  { id: 'crisaborole', name: 'Crisaborole (topical)', route: 'topical', drugClass: 'PDE4 inhibitor', ingredients: ['crisaborole'] },
  { id: 'ruxolitinib-cream', name: 'Ruxolitinib cream', route: 'topical', drugClass: 'topical JAK inhibitor', ingredients: ['ruxolitinib'] },
  { id: 'topical-metronidazole', name: 'Metronidazole (topical)', route: 'topical', drugClass: 'topical antimicrobial', ingredients: ['metronidazole'], rxnorm: [rx('6922', 'metronidazole')] },
  { id: 'topical-ivermectin', name: 'Ivermectin (topical)', route: 'topical', drugClass: 'antiparasitic', ingredients: ['ivermectin'] },
  { id: 'brimonidine', name: 'Brimonidine gel', route: 'topical', drugClass: 'alpha-adrenergic agonist', ingredients: ['brimonidine'] },
  { id: 'oxymetazoline', name: 'Oxymetazoline cream', route: 'topical', drugClass: 'alpha-adrenergic agonist', ingredients: ['oxymetazoline'] },
  { id: 'minocycline-foam', name: 'Minocycline foam (topical)', route: 'topical', drugClass: 'topical antibiotic', ingredients: ['minocycline foam', 'minocycline topical'] },
  { id: 'encapsulated-benzoyl-peroxide', name: 'Encapsulated benzoyl peroxide 5% cream', route: 'topical', drugClass: 'antimicrobial', ingredients: ['encapsulated benzoyl peroxide'] },
  { id: 'sulfacetamide-sulfur', name: 'Sodium sulfacetamide / sulfur (topical)', route: 'topical', drugClass: 'antimicrobial', ingredients: ['sulfacetamide'] },
  { id: 'topical-ketoconazole', name: 'Ketoconazole (topical cream or shampoo)', route: 'topical', drugClass: 'topical azole antifungal', ingredients: ['ketoconazole'], rxnorm: [rx('6135', 'ketoconazole')] },
  { id: 'ciclopirox', name: 'Ciclopirox (topical)', route: 'topical', drugClass: 'topical antifungal', ingredients: ['ciclopirox'] },
  { id: 'selenium-sulfide', name: 'Selenium sulfide shampoo', route: 'topical', drugClass: 'antidandruff', ingredients: ['selenium sulfide'] },
  { id: 'zinc-pyrithione', name: 'Zinc pyrithione shampoo', route: 'topical', drugClass: 'antidandruff', ingredients: ['pyrithione zinc', 'zinc pyrithione'] },
  { id: 'antiseptic-wash', name: 'Antiseptic wash (chlorhexidine)', route: 'topical', drugClass: 'antiseptic', ingredients: ['chlorhexidine'] },

  // Oral and injected co-therapies that change advice.
  { id: 'oral-doxycycline', name: 'Doxycycline (oral)', route: 'oral', drugClass: 'tetracycline', flags: ['oral-antibiotic'], ingredients: ['doxycycline'], rxnorm: [rx('3640', 'doxycycline')] },
  { id: 'oral-minocycline', name: 'Minocycline (oral)', route: 'oral', drugClass: 'tetracycline', flags: ['oral-antibiotic'], ingredients: ['minocycline'], rxnorm: [rx('6980', 'minocycline', 'provisional')] },
  { id: 'oral-sarecycline', name: 'Sarecycline (oral)', route: 'oral', drugClass: 'tetracycline', flags: ['oral-antibiotic'], ingredients: ['sarecycline'] },
  { id: 'clindamycin-rifampicin', name: 'Clindamycin + rifampicin (oral)', route: 'oral', drugClass: 'antibiotic combination', flags: ['oral-antibiotic'], ingredients: ['rifampicin', 'rifampin'] },
  { id: 'isotretinoin', name: 'Isotretinoin (oral)', route: 'oral', drugClass: 'oral retinoid', ingredients: ['isotretinoin'] },
  { id: 'spironolactone', name: 'Spironolactone (oral)', route: 'oral', drugClass: 'antiandrogen', ingredients: ['spironolactone'], rxnorm: [rx('9997', 'spironolactone')] },
  { id: 'combined-oral-contraceptive', name: 'Combined oral contraceptive', route: 'oral', drugClass: 'hormonal', ingredients: ['ethinyl estradiol', 'drospirenone', 'norgestimate'] },
  { id: 'oral-itraconazole', name: 'Itraconazole (oral)', route: 'oral', drugClass: 'azole antifungal', flags: ['oral-antifungal'], ingredients: ['itraconazole'], rxnorm: [rx('28031', 'itraconazole', 'provisional')] },
  { id: 'oral-fluconazole', name: 'Fluconazole (oral)', route: 'oral', drugClass: 'azole antifungal', flags: ['oral-antifungal'], ingredients: ['fluconazole'], rxnorm: [rx('4450', 'fluconazole')] },
  { id: 'oral-terbinafine', name: 'Terbinafine (oral)', route: 'oral', drugClass: 'allylamine antifungal', flags: ['oral-antifungal'], ingredients: ['terbinafine'], rxnorm: [rx('37801', 'terbinafine')] },
  { id: 'methotrexate', name: 'Methotrexate', route: 'oral', drugClass: 'systemic immunosuppressant', flags: ['systemic-immunosuppressant'], ingredients: ['methotrexate'], rxnorm: [rx('6851', 'methotrexate')] },
  { id: 'ciclosporin', name: 'Ciclosporin (cyclosporine)', route: 'oral', drugClass: 'systemic immunosuppressant', flags: ['systemic-immunosuppressant'], ingredients: ['cyclosporine', 'ciclosporin'], rxnorm: [rx('3008', 'cyclosporine')] },
  { id: 'azathioprine', name: 'Azathioprine', route: 'oral', drugClass: 'systemic immunosuppressant', flags: ['systemic-immunosuppressant'], ingredients: ['azathioprine'], rxnorm: [rx('1256', 'azathioprine')] },
  { id: 'mycophenolate', name: 'Mycophenolate', route: 'oral', drugClass: 'systemic immunosuppressant', flags: ['systemic-immunosuppressant'], ingredients: ['mycophenolate', 'mycophenolic acid'], rxnorm: [rx('7145', 'mycophenolic acid')] },
  { id: 'systemic-corticosteroid', name: 'Systemic corticosteroid (oral or injected)', route: 'oral', drugClass: 'systemic corticosteroid', flags: ['systemic-immunosuppressant'], ingredients: ['prednisone', 'prednisolone', 'methylprednisolone', 'dexamethasone'] },
  { id: 'acitretin', name: 'Acitretin (oral)', route: 'oral', drugClass: 'oral retinoid', ingredients: ['acitretin'] },
  { id: 'apremilast', name: 'Apremilast (oral)', route: 'oral', drugClass: 'PDE4 inhibitor', ingredients: ['apremilast'] },
  { id: 'deucravacitinib', name: 'Deucravacitinib (oral TYK2 inhibitor)', route: 'oral', drugClass: 'TYK2 inhibitor', flags: ['jak-inhibitor'], ingredients: ['deucravacitinib'] },
  { id: 'oral-jak-inhibitor', name: 'Oral JAK inhibitor (upadacitinib, abrocitinib, baricitinib)', route: 'oral', drugClass: 'JAK inhibitor', flags: ['jak-inhibitor'], ingredients: ['upadacitinib', 'abrocitinib', 'baricitinib', 'tofacitinib'] },
  {
    id: 'tnf-inhibitor',
    name: 'TNF inhibitor (adalimumab, etanercept, infliximab, certolizumab)',
    route: 'injection',
    drugClass: 'biologic',
    flags: ['biologic'],
    ingredients: ['adalimumab', 'etanercept', 'infliximab', 'certolizumab'],
    rxnorm: [rx('327361', 'adalimumab'), rx('214555', 'etanercept'), rx('191831', 'infliximab')],
  },
  { id: 'il17-inhibitor', name: 'IL-17 inhibitor (secukinumab, ixekizumab, bimekizumab, brodalumab)', route: 'injection', drugClass: 'biologic', flags: ['biologic'], ingredients: ['secukinumab', 'ixekizumab', 'bimekizumab', 'brodalumab'] },
  {
    id: 'il23-inhibitor',
    name: 'IL-23 or IL-12/23 inhibitor (guselkumab, risankizumab, tildrakizumab, ustekinumab)',
    route: 'injection',
    drugClass: 'biologic',
    flags: ['biologic'],
    ingredients: ['guselkumab', 'risankizumab', 'tildrakizumab', 'ustekinumab'],
    rxnorm: [rx('1928588', 'guselkumab'), rx('2166040', 'risankizumab'), rx('2053436', 'tildrakizumab')],
  },
  { id: 'dupilumab', name: 'Dupilumab', route: 'injection', drugClass: 'biologic (IL-4Rα)', flags: ['biologic'], ingredients: ['dupilumab'], rxnorm: [rx('1876376', 'dupilumab')] },
  { id: 'il13-inhibitor', name: 'IL-13 inhibitor (tralokinumab, lebrikizumab)', route: 'injection', drugClass: 'biologic', flags: ['biologic'], ingredients: ['tralokinumab', 'lebrikizumab'] },
  { id: 'nemolizumab', name: 'Nemolizumab', route: 'injection', drugClass: 'biologic (IL-31RA)', flags: ['biologic'], ingredients: ['nemolizumab'] },
  // Chronic urticaria (addendum 1, row 32). One option for standard and up-dosed use: a medicine list does not say
  // which, and both have the same (unread) product information. No RxNorm code was checked for these drugs.
  {
    id: 'second-generation-h1-antihistamine',
    name: 'Second-generation H1 antihistamine (standard dose, or up-dosed up to 4 times)',
    route: 'oral',
    drugClass: 'H1 antihistamine',
    ingredients: ['cetirizine', 'levocetirizine', 'loratadine', 'desloratadine', 'fexofenadine', 'ebastine', 'bilastine', 'rupatadine'],
  },
  { id: 'omalizumab', name: 'Omalizumab', route: 'injection', drugClass: 'biologic (anti-IgE)', flags: ['biologic'], ingredients: ['omalizumab'] },
];

const icd = (code: string, display: string) => ({ code, display, status: 'verified' as const });
const sct = icd;

export const conditions: ConditionInput[] = [
  {
    id: 'acne-vulgaris',
    name: 'Acne vulgaris',
    searchTerms: { abbreviations: [], synonyms: ['acne', 'pimples'] },
    question: 'treatment',
    codes: { icd10: [icd('L70.0', 'Acne vulgaris')], snomed: [sct('88616000', 'Acne vulgaris')] },
    mapFromCodes: true,
    summary:
      'A few small randomised trials, each of a different product, suggest a modest added benefit of specific oral probiotics alongside usual acne treatment (including with minocycline or doxycycline). Pooled analyses mix strains and are small. The 2024 AAD guideline makes no recommendation on probiotics; its strong recommendations are benzoyl peroxide, topical retinoids, topical antibiotics, doxycycline and, for severe acne, isotretinoin.',
    summarySourceIds: ['jung-2013', 'eguren-2024', 'atefi-2025', 'cureus-2025-acne-ma', 'aad-acne-2024'],
    letterClaimIds: ['acne-barrier'],
    regimenOptionIds: [
      'benzoyl-peroxide', 'adapalene', 'tretinoin', 'tazarotene', 'trifarotene', 'topical-clindamycin', 'azelaic-acid', 'clascoterone', 'salicylic-acid',
      'oral-doxycycline', 'oral-minocycline', 'oral-sarecycline', 'isotretinoin', 'spironolactone', 'combined-oral-contraceptive',
    ],
    evidenceStatus: 'some-evidence',
  },
  {
    id: 'psoriasis',
    name: 'Psoriasis',
    searchTerms: { abbreviations: ['PsO'], synonyms: ['plaque psoriasis', 'psoriasis vulgaris'] },
    question: 'treatment',
    codes: {
      icd10: [icd('L40', 'Psoriasis (category)'), icd('L40.0', 'Psoriasis vulgaris'), icd('L40.9', 'Psoriasis, unspecified')],
      snomed: [sct('9014002', 'Psoriasis'), sct('200975007', 'Psoriasis vulgaris'), sct('200965009', 'Plaque psoriasis')],
    },
    mapFromCodes: true,
    summary:
      'One good randomised trial of a specific three-strain mix alongside a topical corticosteroid regimen (which steroid, by severity, is reported inconsistently) showed more PASI75 responses in mild–moderate plaque psoriasis. Meta-analyses of mixed strains disagree (the main responder outcome was not significant in the largest). The spore-probiotic-plus-prebiotic study cited by the founding letter is non-randomised and open-label. No psoriasis guideline we checked recommends probiotics; trials excluded patients on systemic treatment or biologics.',
    summarySourceIds: ['navarro-lopez-2019', 'zhu-2024-psoriasis-ma', 'buhas-2023', 'aad-npf-psoriasis-2021'],
    letterClaimIds: ['psoriasis-anti-inflammatory'],
    regimenOptionIds: [
      'topical-corticosteroid', 'calcipotriene', 'calcipotriene-betamethasone', 'topical-calcineurin-inhibitor', 'tazarotene', 'coal-tar', 'topical-roflumilast', 'tapinarof', 'emollients',
      'methotrexate', 'ciclosporin', 'acitretin', 'apremilast', 'deucravacitinib', 'tnf-inhibitor', 'il17-inhibitor', 'il23-inhibitor',
    ],
    evidenceStatus: 'some-evidence',
  },
  {
    id: 'atopic-dermatitis',
    name: 'Atopic dermatitis (treatment)',
    searchTerms: { abbreviations: ['AD'], synonyms: ['eczema', 'atopic eczema', 'atopic dermatitis'] },
    question: 'treatment',
    codes: {
      icd10: [icd('L20.9', 'Atopic dermatitis, unspecified'), icd('L20.89', 'Other atopic dermatitis'), icd('L20.81', 'Atopic neurodermatitis'), icd('L20.82', 'Flexural eczema'), icd('L20.83', 'Infantile (acute) (chronic) eczema'), icd('L20.84', 'Intrinsic (allergic) eczema')],
      snomed: [sct('24079001', 'Atopic dermatitis')],
    },
    mapFromCodes: true,
    summary:
      'For treating established eczema, a Cochrane review found that current probiotic strains probably make little or no difference to symptoms, and the AAD does not recommend probiotics or prebiotics for established disease (the evidence is inconsistent). One small trial of a specific three-strain mix in children showed a large SCORAD fall, but pooled paediatric effects are small. Prevention in pregnancy and infancy is a different question: see "Atopic dermatitis: prevention".',
    summarySourceIds: ['makrgeorgou-2018-cochrane', 'aad-ad-2014-section-4', 'navarro-lopez-2018', 'huang-2017-ad-ma'],
    regimenOptionIds: [
      'emollients', 'topical-corticosteroid', 'topical-calcineurin-inhibitor', 'crisaborole', 'ruxolitinib-cream',
      'dupilumab', 'il13-inhibitor', 'nemolizumab', 'oral-jak-inhibitor', 'ciclosporin', 'methotrexate', 'azathioprine', 'mycophenolate', 'systemic-corticosteroid',
    ],
    evidenceStatus: 'evidence-against-routine-use',
  },
  {
    id: 'atopic-dermatitis-prevention',
    name: 'Atopic dermatitis: prevention in infants at high risk',
    searchTerms: { abbreviations: [], synonyms: ['eczema prevention', 'preventing eczema', 'allergy prevention in infants'] },
    question: 'prevention',
    codes: {
      icd10: [icd('L20.9', 'Atopic dermatitis, unspecified')],
      snomed: [sct('24079001', 'Atopic dermatitis')],
    },
    mapFromCodes: false,
    summary:
      'For a baby at high risk of allergy (in the LGG trial, a family history of atopy), the World Allergy Organization suggests probiotics in pregnancy, during breastfeeding and for the infant: a conditional suggestion. Trials are inconsistent: LGG halved eczema at age 2 in one trial, while a four-strain mix did not reduce eczema overall in another. This is prevention, not treatment of existing eczema.',
    summarySourceIds: ['wao-glad-p-2015', 'kalliomaki-2001', 'allen-2014'],
    regimenOptionIds: ['emollients'],
    evidenceStatus: 'some-evidence',
  },
  {
    id: 'rosacea',
    name: 'Rosacea',
    searchTerms: { abbreviations: [], synonyms: ['acne rosacea'] },
    question: 'treatment',
    codes: {
      icd10: [icd('L71.9', 'Rosacea, unspecified'), icd('L71.8', 'Other rosacea'), icd('L71.1', 'Rhinophyma')],
      snomed: [sct('398909004', 'Rosacea')],
    },
    mapFromCodes: true,
    summary:
      'Evidence is insufficient. One non-blinded study of E. coli Nissle 1917 in mixed facial dermatoses did not report rosacea separately, and one small double-blind trial of an unspecified probiotic with adapalene found no difference in quality of life. A further trial is registered.',
    summarySourceIds: ['manzhalii-2016', 'rsd-2024-rosacea', 'nct05815511'],
    regimenOptionIds: [
      'topical-metronidazole', 'topical-ivermectin', 'azelaic-acid', 'brimonidine', 'oxymetazoline', 'minocycline-foam', 'encapsulated-benzoyl-peroxide', 'sulfacetamide-sulfur',
      'oral-doxycycline', 'oral-minocycline',
    ],
    evidenceStatus: 'insufficient-evidence',
  },
  {
    id: 'seborrheic-dermatitis',
    name: 'Seborrheic dermatitis',
    searchTerms: { abbreviations: ['SD', 'SebD'], synonyms: ['seb derm', 'seborrhoeic dermatitis', 'seborrhoeic eczema', 'dandruff', 'cradle cap'] },
    question: 'treatment',
    codes: {
      icd10: [icd('L21.9', 'Seborrheic dermatitis, unspecified'), icd('L21.0', 'Seborrhea capitis'), icd('L21.8', 'Other seborrheic dermatitis')],
      snomed: [{ code: '50563003', display: 'Seborrheic dermatitis', status: 'provisional' }],
    },
    mapFromCodes: true,
    summary:
      'Evidence is insufficient. No randomised trial in diagnosed seborrheic dermatitis was found. One sponsored trial of L. paracasei NCC 2461 improved dandruff in healthy men, and one non-blinded study of mixed facial dermatoses included seborrheic dermatitis without separate results.',
    summarySourceIds: ['reygagne-2017', 'manzhalii-2016'],
    regimenOptionIds: [
      'topical-ketoconazole', 'ciclopirox', 'selenium-sulfide', 'zinc-pyrithione', 'topical-corticosteroid', 'topical-calcineurin-inhibitor', 'topical-roflumilast',
      'oral-itraconazole', 'oral-terbinafine',
    ],
    evidenceStatus: 'insufficient-evidence',
  },
  {
    id: 'hidradenitis-suppurativa',
    name: 'Hidradenitis suppurativa',
    searchTerms: { abbreviations: ['HS'], synonyms: ['acne inversa'] },
    question: 'treatment',
    codes: { icd10: [icd('L73.2', 'Hidradenitis suppurativa')], snomed: [sct('59393003', 'Hidradenitis suppurativa')] },
    mapFromCodes: true,
    summary:
      'No randomised trial of an oral probiotic or prebiotic in hidradenitis suppurativa was found; reviews discuss it only in gut–skin-axis terms. There is no studied product to suggest.',
    summarySourceIds: ['mahmud-2022'],
    regimenOptionIds: ['topical-clindamycin', 'benzoyl-peroxide', 'antiseptic-wash', 'oral-doxycycline', 'clindamycin-rifampicin', 'tnf-inhibitor', 'il17-inhibitor'],
    evidenceStatus: 'insufficient-evidence',
  },
  {
    id: 'chronic-urticaria',
    name: 'Chronic urticaria',
    searchTerms: { abbreviations: ['CSU', 'CU'], synonyms: ['hives', 'chronic hives', 'chronic spontaneous urticaria', 'nettle rash'] },
    question: 'treatment',
    codes: { icd10: [icd('L50.1', 'Idiopathic urticaria')], snomed: [] },
    codesNote:
      'Only L50.1 (idiopathic urticaria) maps to this entry. L50.8 ("Other urticaria") is a verified code, and the ICD-10-CM index may send "Urticaria, chronic" to it, but that mapping was not checked and its title covers other forms, so a record coded L50.8 (or L50.9, urticaria, unspecified) is not read as chronic urticaria: choose the condition by hand. No SNOMED CT concept for chronic urticaria was verified, so none is listed.',
    mapFromCodes: true,
    summary:
      'Pooled trials of different probiotics added to an antihistamine found a higher relief rate than the antihistamine alone (11 trials, 1,014 patients; OR 2.90), but the trials are small and heterogeneous and the products differ. The only named strain, L. reuteri ATCC 55730 with ebastine, comes from one non-randomised study; the two randomised trials we found did not name their strains, and one improved itch but not the hives score. No product can be suggested. Usual care starts with a second-generation H1 antihistamine, up-dosed if needed, then omalizumab, then ciclosporin.',
    summarySourceIds: ['tan-2025-urticaria-ma', 'can-2024-urticaria', 'aaci-2021-paediatric-urticaria-rct', 'godse-urticaria-rct', 'zuberbier-2022-urticaria-guideline'],
    regimenOptionIds: ['second-generation-h1-antihistamine', 'omalizumab', 'ciclosporin'],
    evidenceStatus: 'insufficient-evidence',
  },
];
