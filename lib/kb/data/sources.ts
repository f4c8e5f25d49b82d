/**
 * Every source the app cites. Facts come from ../shared/evidence (fact sheet and addendum): only items checked
 * there ([V] or CONFIRMED) are stated as findings; unchecked items appear only as "not checked" or not at all.
 * Where a source has no DOI or PMID in the evidence files, `url` is a PubMed lookup built from the checked
 * journal, volume and first page (said in `urlNote`), or the publisher's own page.
 */
import type { KnowledgeBaseInput } from '../schema';

type SourceInput = KnowledgeBaseInput['sources'][number];

const pubmedLookup = (journal: string, volume: number, page: string) =>
  `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(`"${journal}"[ta] AND ${volume}[vi] AND ${page}[pg]`)}`;
const LOOKUP_NOTE = 'PubMed search by journal, volume and first page (no DOI or PMID was checked for this record).';

export const sources: SourceInput[] = [
  // The founding letter and its five references.
  {
    id: 'khalid-2025',
    type: 'letter',
    label: 'Khalid 2025 (letter)',
    citation:
      'Khalid W. Healing from inside out: the gut skin connection in dermatology. J Pak Med Assoc. 2025. Letter to the editor.',
    year: 2025,
    doi: '10.47391/JPMA.30238',
    ocebmLevel: 5,
    design: 'Letter to the editor by a 4th-year medical student; no original data.',
    findings:
      'Argues that the gut–skin axis matters and that dermatologists should consider probiotic and prebiotic supplements alongside topical treatment, while saying that further research is needed on treatment guidelines and long-term efficacy. It describes the clinical evidence as "substantial", but four of its five references are narrative reviews and the fifth is a non-randomised open-label trial.',
    limitations: [
      'Expert opinion (OCEBM level 5; SORT C): no systematic review, meta-analysis or guideline is cited.',
      'Cites no safety literature, no Cochrane review and no AAD recommendation.',
    ],
  },
  {
    id: 'thye-2022',
    type: 'narrative-review',
    label: 'Thye 2022 (review)',
    citation:
      'Thye AYK, Bah YR, Law JWF, Tan LTH, He YW, Wong SH, et al. Gut-skin axis: unravelling the connection between the gut microbiome and psoriasis. Biomedicines. 2022;10:1037.',
    year: 2022,
    doi: '10.3390/biomedicines10051037',
    ocebmLevel: 5,
    design: 'Narrative review (no systematic search or pooled analysis described).',
    findings:
      'Compares the gut microbiota of people with psoriasis and healthy controls, explains the gut–skin axis and reviews probiotic evidence in psoriasis. Supports the idea of a two-way gut–skin connection; it is not direct evidence that an adjunct works.',
    funding: 'Funders include an industry grant (Biomerge Sdn Bhd): a potential conflict of interest.',
  },
  {
    id: 'mahmud-2022',
    type: 'narrative-review',
    label: 'Mahmud 2022 (review)',
    citation:
      'Mahmud MR, Akter S, Tamanna SK, Mazumder L, Esti IZ, Banerjee S, et al. Impact of gut microbiome on skin health: gut-skin axis observed through the lenses of therapeutics and skin diseases. Gut Microbes. 2022;14:2096995.',
    year: 2022,
    doi: '10.1080/19490976.2022.2096995',
    ocebmLevel: 5,
    design:
      'Broad review. It calls itself systematic, but the abstract reports no registered protocol and no meta-analysis.',
    findings:
      'Covers skin and gut microbial ecology, diet, prebiotics and probiotics and antibiotic effects across psoriasis, atopic dermatitis, acne, rosacea, alopecia areata and hidradenitis suppurativa. Its own conclusion is that the mechanisms are still unclear.',
  },
  {
    id: 'gao-2023',
    type: 'narrative-review',
    label: 'Gao 2023 (review)',
    citation:
      'Gao T, Wang X, Li Y, Ren F. The role of probiotics in skin health and related gut-skin axis: a review. Nutrients. 2023;15:3123.',
    year: 2023,
    doi: '10.3390/nu15143123',
    ocebmLevel: 5,
    design: 'Narrative review from a functional-dairy research laboratory.',
    findings:
      'Focuses on cosmetic skin problems (ageing, wrinkles, pigmentation, dryness) and proposed mechanisms (less oxidative stress and inflammation, immune effects), aiming to give a theoretical basis for probiotic skin care. A claim that probiotics strengthen the skin barrier particularly in acne was not found in its abstract or introduction.',
  },
  {
    id: 'buhas-2023',
    type: 'cohort',
    label: 'Buhaş 2023 (non-randomised trial)',
    citation:
      'Buhaş MC, Candrea R, Gavrilăş LI, Miere D, Tătaru A, Boca A, et al. Transforming psoriasis care: probiotics and prebiotics as novel therapeutic approaches. Int J Mol Sci. 2023;24:11225.',
    year: 2023,
    doi: '10.3390/ijms241311225',
    pmcid: 'PMC10342574',
    ocebmLevel: 3,
    design:
      'Open-label, single-centre, non-randomised controlled trial, 12 weeks: 63 patients with psoriasis on topical therapy; the first 42 enrolled got supplements, the next 21 were controls.',
    findings:
      'A spore probiotic of five Bacillus strains for 12 weeks plus FOS, XOS and GOS prebiotics (8 weeks per the plain-language summary). The supplemented group did better on PASI, DLQI, inflammatory markers, lipids, BMI and ultrasound skin thickness. Only 15 of the 42 supplemented patients had gut-microbiome analysis; their microbiota moved toward an anti-inflammatory profile.',
    limitations: [
      'Not randomised and not blinded; allocation by order of enrolment.',
      'Groups differed at baseline: the supplemented group had more severe psoriasis, nail disease and psoriatic arthritis.',
      'Dose (CFU) and product brand not reported in the checked text.',
    ],
  },
  {
    id: 'shirkhan-2024',
    type: 'narrative-review',
    label: 'Shirkhan 2024 (review)',
    citation:
      'Shirkhan F, Safaei F, Mirdamadi S, Zandi M. The role of probiotics in skin care: advances, challenges, and future needs. Probiotics Antimicrob Proteins. 2024;16:2132–49.',
    year: 2024,
    doi: '10.1007/s12602-024-10319-y',
    ocebmLevel: 5,
    design: 'Narrative review of oral probiotics (fermented foods and supplements) and topical probiotics.',
    findings:
      'Fermented dairy generally looked beneficial and supplements "promising"; safety assessment is still needed, the mechanism is unresolved, and dosing, side effects, regulation and validation methods are open gaps. It argues for more research, not for routine prescribing.',
  },

  // Acne.
  {
    id: 'jung-2013',
    type: 'rct',
    label: 'Jung 2013 (RCT)',
    citation: 'Jung et al. J Cutan Med Surg. 2013;17:114.',
    year: 2013,
    doi: '10.2310/7750.2012.12026',
    ocebmLevel: 2,
    design: 'Open-label RCT, 45 women aged 18–35, three arms: probiotic alone, minocycline alone, both; 12 weeks.',
    findings:
      'At weeks 8–12 the combination arm had fewer total lesions than either single arm (p<.001 vs probiotic alone, p<.01 vs minocycline alone). 2 of 15 women (13%) in the minocycline-only arm dropped out with vaginal candidiasis.',
    limitations: ['Open label (not blinded).', 'Small (45 women); women aged 18–35 only.'],
  },
  {
    id: 'fabbrocini-2016',
    type: 'rct',
    label: 'Fabbrocini 2016 (pilot RCT)',
    citation: 'Fabbrocini et al. Benef Microbes. 2016;7:625.',
    year: 2016,
    doi: '10.3920/BM2016.0089',
    ocebmLevel: 2,
    design: 'Pilot double-blind placebo-controlled RCT, 20 adults, 12 weeks.',
    findings:
      'Skin IGF1 expression fell 32% and FOXO1 rose 65%. Adjusted odds ratio 28.4 (95% CI 2.2–411) for being rated improved: a very imprecise estimate.',
    funding: 'Partly industry-funded.',
    limitations: ['20 participants; very wide confidence interval.', 'Main outcomes are gene-expression markers, not lesion counts.'],
  },
  {
    id: 'eguren-2024',
    type: 'rct',
    label: 'Eguren 2024 (RCT)',
    citation: 'Eguren et al. Acta Derm Venereol. 2024;104:adv33206.',
    year: 2024,
    doi: '10.2340/actadv.v104.33206',
    pmid: '38751177',
    ocebmLevel: 2,
    design: 'Double-blind placebo-controlled RCT, ages 12–30, 12 weeks (74 analysed per a secondary report).',
    findings:
      'Acne severity (AGSS) improved in 50% vs 29.4% with placebo (p=.03); non-inflammatory lesions −18.6 vs −10.5 (p=.03). Total lesions did not differ significantly (p=.06). Adverse events were similar.',
    limitations: ['Single trial; total lesion count not significant.', 'Dose in CFU not checked in our sources.'],
  },
  {
    id: 'atefi-2025',
    type: 'rct',
    label: 'Atefi 2025 (RCT)',
    citation: 'Atefi et al. J Cosmet Dermatol. 2025;24:e16614.',
    year: 2025,
    doi: '10.1111/jocd.16614',
    ocebmLevel: 2,
    design: 'Double-blind RCT, 80 patients with moderate acne, all on doxycycline 100 mg/day + adapalene + wash.',
    findings:
      'Acne severity (GAGS) improved more with the probiotic than with placebo (p<.001). The strain was not checked in our sources and reports disagree on the daily dose, so no product can be named from this trial.',
    limitations: ['Strain not checked; dose reported inconsistently (1 vs 2 capsules a day).'],
  },
  {
    id: 'cureus-2025-acne-ma',
    type: 'meta-analysis',
    label: 'Cureus 2025 (meta-analysis)',
    citation: 'Meta-analysis of oral probiotics in acne vulgaris (4 RCTs). Cureus. 2025.',
    year: 2025,
    doi: '10.7759/cureus.97010',
    ocebmLevel: 1,
    design: 'Meta-analysis of 4 RCTs, 227 patients, pooling different probiotic strains.',
    findings:
      'Acne severity odds ratio 0.48 (95% CI 0.29–0.79) and fewer non-inflammatory lesions (mean difference −4.62); inflammatory lesions did not differ significantly.',
    limitations: ['Pools different strains, which effects are specific to.', 'Few, small trials.'],
  },
  {
    id: 'aad-acne-2024',
    type: 'guideline',
    label: 'AAD acne guideline 2024',
    citation: 'American Academy of Dermatology. Guidelines of care for the management of acne vulgaris. J Am Acad Dermatol. 2024;90:1006.',
    year: 2024,
    url: pubmedLookup('J Am Acad Dermatol', 90, '1006'),
    urlNote: LOOKUP_NOTE,
    ocebmLevel: 1,
    design: 'Evidence-based guideline (18 recommendations and 5 good-practice statements).',
    findings:
      'Strongly recommends benzoyl peroxide, topical retinoids, topical antibiotics, doxycycline, and isotretinoin for severe disease. Evidence was too thin for any recommendation on dietary change or alternative therapies; probiotics are not graded.',
  },

  // Psoriasis.
  {
    id: 'navarro-lopez-2019',
    type: 'rct',
    label: 'Navarro-López 2019 (RCT)',
    citation: 'Navarro-López et al. Acta Derm Venereol. 2019;99:1078.',
    year: 2019,
    doi: '10.2340/00015555-3305',
    ocebmLevel: 2,
    design:
      'Double-blind placebo-controlled RCT, 90 randomised / 88 analysed, adults 18–70 with mild–moderate plaque psoriasis, 12 weeks plus 6 months follow-up.',
    findings:
      'PASI75 in 66.7% vs 41.9% with placebo (p<.05); PGA 0/1 in 48.9% vs 30.2%; fewer relapses over 6 months. Background: betamethasone + calcipotriol if PASI ≥6, mometasone if <6. Systemic drugs or biologics within 3 months were excluded.',
    limitations: ['Single trial of this mix.', 'Patients on systemic therapy or biologics were excluded.'],
  },
  {
    id: 'moludi-2021',
    type: 'rct',
    label: 'Moludi 2021 (RCT)',
    citation: 'Moludi et al. Clin Nutr ESPEN. 2021;46:33–39.',
    year: 2021,
    pmid: '34857215',
    ocebmLevel: 2,
    design:
      'Randomised trial, 50 adults with plaque psoriasis, 8 weeks; blinding and comparator are reported inconsistently (a probiotic drink vs no supplement in the abstract; capsules vs maltodextrin placebo in a meta-analysis table).',
    findings:
      'PASI −5.26 vs +0.48 (p=.049) and DLQI −9.50 vs +0.12 (p=.045); inflammatory markers also improved. Strain designations were not given.',
    limitations: ['Design reported inconsistently.', 'Both p-values just under .05.', 'No strain designations: cannot be matched to a product.'],
  },
  {
    id: 'zhu-2024-psoriasis-ma',
    type: 'meta-analysis',
    label: 'Zhu 2024 (meta-analysis)',
    citation: 'Zhu et al. Meta-analysis of probiotics in psoriasis (7 RCTs). 2024.',
    year: 2024,
    pmid: '39328313',
    pmcid: 'PMC11426359',
    ocebmLevel: 1,
    design: 'Meta-analysis of 7 RCTs of different probiotics in psoriasis.',
    findings:
      'PASI75 33.6% vs 23.6%, RR 1.40 (95% CI 0.98–1.98), p=.06: not significant. PASI mean difference −3.09 and CRP −2.36, both significant. DLQI and adverse events did not differ.',
    limitations: ['Pools different strains.', 'Main responder outcome not significant.'],
  },
  {
    id: 'jcd-2024-psoriasis-ma',
    type: 'meta-analysis',
    label: 'J Cosmet Dermatol 2024 (meta-analysis)',
    citation: 'Meta-analysis of probiotics in psoriasis (5 RCTs). J Cosmet Dermatol. 2024.',
    year: 2024,
    pmid: '38551321',
    ocebmLevel: 1,
    design: 'Meta-analysis of 5 RCTs, 286 patients.',
    findings: 'PASI standardised mean difference −1.40 in favour of probiotics (strains differ between trials).',
    limitations: ['Pools different strains.'],
  },
  {
    id: 'jir-2021-psoriasis-ma',
    type: 'meta-analysis',
    label: 'J Immunol Res 2021 (meta-analysis)',
    citation: 'Meta-analysis of probiotics in psoriasis (3 RCTs). J Immunol Res. 2021;2021:7552546.',
    year: 2021,
    url: 'https://www.hindawi.com/journals/jir/2021/7552546/',
    urlNote: "Publisher's page.",
    ocebmLevel: 1,
    design: 'Meta-analysis of 3 RCTs, 164 patients.',
    findings: 'The effect on PASI was not significant.',
    limitations: ['Three small trials.'],
  },
  {
    id: 'aad-npf-psoriasis-2021',
    type: 'guideline',
    label: 'AAD–NPF psoriasis guideline 2021',
    citation: 'American Academy of Dermatology–National Psoriasis Foundation. Joint guidelines of care for the management and treatment of psoriasis with topical therapy and alternative medicine modalities. J Am Acad Dermatol. 2021;84:432.',
    year: 2021,
    pmid: '32738429',
    ocebmLevel: 1,
    design: 'Evidence-based guideline on topical therapy and alternative medicine.',
    findings:
      'Makes no recommendation for complementary or alternative therapies because evidence is lacking; probiotics are not among the modalities it lists.',
  },

  // Atopic dermatitis.
  {
    id: 'makrgeorgou-2018-cochrane',
    type: 'systematic-review',
    label: 'Cochrane 2018 (Makrgeorgou)',
    citation: 'Makrgeorgou et al. Probiotics for treating eczema. Cochrane Database Syst Rev. 2018;(CD006135.pub3).',
    year: 2018,
    doi: '10.1002/14651858.CD006135.pub3',
    pmcid: 'PMC6517242',
    ocebmLevel: 1,
    design: 'Cochrane systematic review of RCTs of oral probiotics vs none or placebo for eczema, all ages.',
    findings:
      'Currently available strains probably make little or no difference to patient-rated eczema symptoms and may make little or no difference to quality of life or investigator-rated severity; any effect on severity is small and of uncertain clinical importance. Heterogeneity is large and unexplained. Probiotic treatment carries a small risk of adverse events. The authors conclude that probiotic treatment of eczema is not evidence-based.',
    supportsModerateCertainty: true,
  },
  {
    id: 'aad-ad-2014-section-4',
    type: 'guideline',
    label: 'AAD atopic dermatitis guideline 2014, Section 4',
    citation: 'American Academy of Dermatology. Guidelines of care for the management of atopic dermatitis, Section 4 (prevention of flares and adjunctive therapies): recommendations for dietary interventions. 2014.',
    year: 2014,
    url: 'https://www.aad.org/practicecenter/quality/clinical-guidelines/atopic-dermatitis/disease-flares-and-adjunctive-therapy/recommendations-for-dietary-interventions',
    urlNote: "The American Academy of Dermatology's published recommendations page.",
    ocebmLevel: 1,
    design: 'Evidence-based guideline.',
    findings:
      'Probiotics or prebiotics are not recommended for established atopic dermatitis because the evidence is inconsistent (evidence level II, strength B).',
  },
  {
    id: 'jtf-ad-2023',
    type: 'guideline',
    label: 'AAAAI/ACAAI JTF atopic dermatitis guideline 2023',
    citation: 'AAAAI/ACAAI Joint Task Force on Practice Parameters. Atopic dermatitis (eczema) guidelines. 2023.',
    year: 2023,
    pmid: '38108679',
    ocebmLevel: 1,
    design: 'Guideline with 25 recommendations.',
    findings:
      'Covers topical treatments, dilute bleach baths, dietary elimination, allergen immunotherapy and systemic treatment. Probiotics are not among the topics addressed, so it makes no recommendation on them.',
  },
  {
    id: 'navarro-lopez-2018',
    type: 'rct',
    label: 'Navarro-López 2018 (RCT)',
    citation: 'Navarro-López et al. JAMA Dermatol. 2018;154:37.',
    year: 2018,
    doi: '10.1001/jamadermatol.2017.3647',
    ocebmLevel: 2,
    design: 'Double-blind placebo-controlled RCT, 50 children aged 4–17 with moderate atopic dermatitis, 12 weeks, single centre.',
    findings:
      'SCORAD fell 19.2 points more than with placebo (−83% vs −24%). Topical-steroid use: 161 of 2084 vs 220 of 2032 patient-days.',
    funding: 'Authors are linked to the strain developer (Biopolis).',
    limitations: ['Small and single-centre.', 'Conflict of interest with the strain developer.'],
  },
  {
    id: 'huang-2017-ad-ma',
    type: 'meta-analysis',
    label: 'Huang 2017 (meta-analysis)',
    citation: 'Huang et al. Meta-analysis of probiotics for atopic dermatitis in children (13 RCTs). 2017.',
    year: 2017,
    pmcid: 'PMC5592329',
    ocebmLevel: 1,
    design: 'Meta-analysis of 13 RCTs in children.',
    findings:
      'SCORAD mean difference −3.07 overall; −4.50 at ages 1–18; not significant under 1 year. LGG alone not significant; mixed strains −3.52.',
    limitations: ['Effects are small.'],
  },
  {
    id: 'chang-2016-synbiotics-ma',
    type: 'meta-analysis',
    label: 'Chang 2016 (meta-analysis)',
    citation: 'Chang et al. Meta-analysis of synbiotics for the prevention and treatment of atopic dermatitis. JAMA Pediatr. 2016.',
    year: 2016,
    doi: '10.1001/jamapediatrics.2015.3943',
    ocebmLevel: 1,
    design: 'Meta-analysis including 6 treatment RCTs of synbiotics.',
    findings: 'SCORAD −6.56 at 8 weeks, significant only with mixed strains and at age 1 year or older.',
    limitations: ['Effects are small.'],
  },

  // Atopic dermatitis prevention.
  {
    id: 'wao-glad-p-2015',
    type: 'guideline',
    label: 'WAO GLAD-P 2015 (probiotics)',
    citation: 'Fiocchi et al. World Allergy Organization–McMaster University Guidelines for Allergic Disease Prevention (GLAD-P): probiotics. World Allergy Organ J. 2015;8:4.',
    year: 2015,
    doi: '10.1186/s40413-015-0055-2',
    ocebmLevel: 1,
    design: 'GRADE guideline panel.',
    findings:
      'Probiotics did not reduce allergy overall. Seeing a likely net benefit from eczema prevention, the panel suggests probiotics for pregnant women at high risk of having an allergic child, for breastfeeding mothers of high-risk infants, and for high-risk infants. "Suggests" is GRADE wording for a conditional recommendation.',
  },
  {
    id: 'wao-prebiotics-2016',
    type: 'guideline',
    label: 'WAO 2016 (prebiotics)',
    citation: 'Cuello-Garcia et al. World Allergy Organization–McMaster University Guidelines for Allergic Disease Prevention (GLAD-P): prebiotics. World Allergy Organ J. 2016.',
    year: 2016,
    doi: '10.1186/s40413-016-0102-7',
    ocebmLevel: 1,
    design: 'GRADE guideline panel.',
    findings:
      'Conditional recommendation for prebiotics in infants who are not exclusively breastfed and against them in exclusively breastfed infants, both on very low certainty evidence. No recommendation for pregnancy or breastfeeding because there were no studies.',
  },
  {
    id: 'kalliomaki-2001',
    type: 'rct',
    label: 'Kalliomäki 2001 (RCT)',
    citation: 'Kalliomäki et al. Lancet. 2001;357:1076.',
    year: 2001,
    url: pubmedLookup('Lancet', 357, '1076'),
    urlNote: LOOKUP_NOTE,
    ocebmLevel: 2,
    design: 'Double-blind placebo-controlled RCT, 159 mothers with a family history of atopy.',
    findings:
      'LGG 1×10¹⁰ CFU a day to the mother for 2–4 weeks before delivery, then to the infant for 6 months. Eczema at age 2: 23% vs 46% (RR 0.51, 95% CI 0.32–0.84; NNT 4.5).',
  },
  {
    id: 'allen-2014',
    type: 'rct',
    label: 'Allen 2014 (RCT)',
    citation: 'Allen et al. Arch Dis Child. 2014;99:1014.',
    year: 2014,
    url: 'http://adc.bmjjournals.com/content/99/11/1014',
    urlNote: "Publisher's page.",
    ocebmLevel: 2,
    design: 'RCT of a four-strain mix, 10¹⁰ a day, from 36 weeks of pregnancy to infant age 6 months.',
    findings: 'Eczema by 2 years 34.1% vs 32.4% (no effect); atopic eczema 5.3% vs 12.1% (OR 0.40). Shows that prevention trials are inconsistent.',
  },

  // Rosacea and seborrheic dermatitis.
  {
    id: 'manzhalii-2016',
    type: 'rct',
    label: 'Manzhalii 2016 (open trial)',
    citation: 'Manzhalii et al. World J Gastroenterol. 2016;22:5415.',
    year: 2016,
    doi: '10.3748/wjg.v22.i23.5415',
    ocebmLevel: 3,
    design:
      'Described as randomised, not blinded; 37 vs 20 patients with mixed facial papulopustular dermatoses (acne, papulopustular rosacea, seborrheic dermatitis); 1 month.',
    findings:
      'E. coli Nissle 1917, 2 capsules a day, with a vegetarian diet and topical tetracycline, steroid or retinoid in both arms. Response 89% vs 56% (p<.01), not reported separately for rosacea or seborrheic dermatitis.',
    limitations: ['Not blinded; mixed diagnoses; results not given per diagnosis.', 'Both arms changed diet.'],
  },
  {
    id: 'rsd-2024-rosacea',
    type: 'rct',
    label: 'Res Soc Dev 2024 (rosacea RCT)',
    citation: 'Randomised trial of a probiotic with adapalene in rosacea. Res Soc Dev. 2024;13(5).',
    year: 2024,
    doi: '10.33448/rsd-v13i5.45755',
    ocebmLevel: 2,
    design: 'Double-blind RCT, 25 patients, 1 month: unspecified probiotic + adapalene vs placebo + adapalene.',
    findings: 'No difference in rosacea quality of life (RosaQoL) or DLQI.',
    limitations: ['Very small; probiotic not specified.'],
  },
  {
    id: 'nct05815511',
    type: 'other',
    label: 'NCT05815511 (registered trial)',
    citation: 'ClinicalTrials.gov NCT05815511: 12-week randomised trial of a probiotic mix in rosacea (registered).',
    year: null,
    url: 'https://clinicaltrials.gov/study/NCT05815511',
    urlNote: 'Trial registry record.',
    ocebmLevel: 5,
    design: 'Trial registration; no results in our sources.',
    findings: 'A 12-week RCT of a probiotic mix in rosacea is registered; results were not available to us.',
  },
  {
    id: 'reygagne-2017',
    type: 'rct',
    label: 'Reygagne 2017 (RCT)',
    citation: 'Reygagne et al. Benef Microbes. 2017;8:671.',
    year: 2017,
    doi: '10.3920/BM2016.0144',
    pmid: '28789559',
    ocebmLevel: 2,
    design: 'Double-blind placebo-controlled RCT, 60 healthy men aged 18–60 with moderate–severe dandruff, 56 days.',
    findings:
      'L. paracasei NCC 2461 (ST11), 1×10⁹ CFU a day in a sachet: free and adherent dandruff, erythema and the global score all improved vs placebo (p<.05); no adverse events.',
    funding: "Sponsored by L'Oréal and Nestlé.",
    limitations: ['Healthy volunteers with dandruff, not diagnosed seborrheic dermatitis.', 'Single sponsored trial.'],
  },

  // Safety, regulation and definitions.
  {
    id: 'besselink-2008-propatria',
    type: 'rct',
    label: 'PROPATRIA, Besselink 2008 (RCT)',
    citation: 'Besselink et al. (PROPATRIA). Lancet. 2008;371:651.',
    year: 2008,
    pmid: '18279948',
    ocebmLevel: 2,
    design: 'Controlled trial, 298 patients with predicted severe acute pancreatitis, multispecies probiotic by nasojejunal tube for 28 days.',
    findings:
      'Infections were not reduced (30% vs 28%). Deaths were higher with the probiotic, 16% vs 6% (RR 2.53, 95% CI 1.22–5.25); bowel ischaemia in 9 vs 0 patients, 8 of them fatal.',
  },
  {
    id: 'yelin-2019',
    type: 'cohort',
    label: 'Yelin 2019 (ICU cohort)',
    citation: 'Yelin et al. Nat Med. 2019;25:1728.',
    year: 2019,
    pmid: '31700189',
    ocebmLevel: 3,
    design: 'Cohort of intensive-care patients given LGG, with genome sequencing of blood isolates.',
    findings:
      'About 1.1% of ICU patients given LGG developed Lactobacillus bacteraemia; blood isolates matched the capsule strain, and one isolate had acquired rifampin resistance.',
  },
  {
    id: 'ajhp-2010-probiotics',
    type: 'narrative-review',
    label: 'Am J Health-Syst Pharm 2010 (review)',
    citation: 'Review of probiotics for pharmacists. Am J Health-Syst Pharm. 2010;67:449.',
    year: 2010,
    url: pubmedLookup('Am J Health Syst Pharm', 67, '449'),
    urlNote: LOOKUP_NOTE,
    ocebmLevel: 5,
    design: 'Narrative pharmacy review.',
    findings:
      'Take bacterial probiotics at least 2 hours apart from an oral antibiotic. Saccharomyces boulardii may be inactivated by systemic antifungals, and its maker advises against using them together. Use probiotics with caution in people on immunosuppressants (for example ciclosporin, tacrolimus, azathioprine, chemotherapy).',
  },
  {
    id: 'cdc-stacks-18326',
    type: 'regulatory',
    label: 'CDC report on probiotic-associated fungaemia',
    citation: 'Centers for Disease Control and Prevention. CDC Stacks document cdc:18326 (Saccharomyces boulardii fungaemia; regulation of probiotics).',
    year: null,
    url: 'https://stacks.cdc.gov/view/cdc/18326',
    urlNote: "CDC's publication repository.",
    ocebmLevel: 4,
    design: 'Public-health report.',
    findings:
      'Saccharomyces boulardii fungaemia has been described in critically ill patients, patients on enteral nutrition and patients with central venous catheters. In the US probiotics are sold as dietary supplements, without premarket review of efficacy or safety.',
  },
  {
    id: 'fda-preterm-2023',
    type: 'regulatory',
    label: 'FDA warning on probiotics in preterm infants, 2023',
    citation:
      'US Food and Drug Administration. Warning about probiotic products given to preterm infants (October 2023), as reported in Specialty Pharmacy Continuum, December 2023.',
    year: 2023,
    url: 'https://www.specialtypharmacycontinuum.com/Online-First/Article/12-23/FDA-Raises-the-Red-Flag-About-Probiotics-in-Infants/72492',
    urlNote: "Report of the FDA's communication; the FDA's own page was not checked.",
    ocebmLevel: 4,
    design: 'Regulatory warning after an adverse-event report.',
    findings:
      'A preterm infant under 1,000 g died of Bifidobacterium longum sepsis after a probiotic product, and the isolate matched the product. More than two dozen adverse events had been reported since 2018. No probiotic is FDA-approved for use in infants.',
  },
  {
    id: 'aap-preterm-2021',
    type: 'guideline',
    label: 'AAP clinical report 2021 (Poindexter)',
    citation: 'Poindexter; American Academy of Pediatrics Committee on Fetus and Newborn. Use of probiotics in preterm infants (clinical report). Pediatrics. 2021;147:e2021051485.',
    year: 2021,
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=e2021051485',
    urlNote: 'PubMed search by the article number (no DOI or PMID was checked for this record).',
    ocebmLevel: 1,
    design: 'Clinical report of the American Academy of Pediatrics.',
    findings:
      'Does not support routine, universal probiotic use in preterm infants, particularly those under 1,000 g, citing conflicting safety and efficacy data and the lack of a pharmaceutical-grade product. These products are dietary supplements without FDA review.',
  },
  {
    id: 'rao-2018-dla',
    type: 'cohort',
    label: 'Rao 2018 (brain fog and D-lactic acidosis)',
    citation: 'Rao et al. Case series of brain fog, SIBO and D-lactic acidosis in probiotic users. 2018.',
    year: 2018,
    pmcid: 'PMC6006167',
    ocebmLevel: 4,
    design: 'Case series of probiotic users.',
    findings: 'Brain fog with D-lactic acidosis and small-intestinal bacterial overgrowth was described in probiotic users with an intact gut.',
  },
  {
    id: 'hkjpaed-dla-case',
    type: 'other',
    label: 'D-lactic acidosis case report (HK J Paediatr)',
    citation: 'Case report of probiotic-associated D-lactic acidosis in a child with short bowel syndrome. Hong Kong J Paediatr.',
    year: null,
    url: 'https://hkjpaed.org/details.asp?id=577&show=1234',
    urlNote: "Journal's page.",
    ocebmLevel: 4,
    design: 'Paediatric case report.',
    findings: 'In short bowel syndrome, probiotics triggered D-lactic acidosis with encephalopathy.',
  },
  {
    id: 'sheyholislami-2021',
    type: 'systematic-review',
    label: 'Sheyholislami 2021 (systematic review)',
    citation: 'Sheyholislami et al. Systematic review and meta-analysis of probiotic and prebiotic safety in pregnancy and lactation. Nutrients. 2021.',
    year: 2021,
    pmcid: 'PMC8308823',
    ocebmLevel: 1,
    design: 'Systematic review and meta-analysis of supplementation in pregnancy or lactation.',
    findings:
      'Judged probiotics and prebiotics safe in pregnancy and lactation. One trial found more vaginal discharge and stool changes (RR 3.67) with L. rhamnosus + L. reuteri.',
  },
  {
    id: 'dugoua-2009',
    type: 'systematic-review',
    label: 'Dugoua 2009 (systematic review)',
    citation: 'Dugoua et al. Systematic review of the safety of probiotics (Lactobacillus, Bifidobacterium, Saccharomyces) in pregnancy. 2009.',
    year: 2009,
    url: 'https://www.ncbi.nlm.nih.gov/pubmedhealth/PMH0027474/',
    urlNote: 'PubMed Health (NCBI) record of the review; no DOI or PMID was checked for it.',
    ocebmLevel: 1,
    design: 'Systematic review and meta-analysis of probiotic use in pregnancy.',
    findings:
      'Lactobacillus and Bifidobacterium had no effect on caesarean rate, birth weight or gestational age. Saccharomyces was not assessed.',
  },
  {
    id: 'bonnema-2010',
    type: 'rct',
    label: 'Bonnema 2010 (tolerance trial)',
    citation: 'Bonnema et al. Gastrointestinal tolerance of inulin and oligofructose. J Am Diet Assoc. 2010.',
    year: 2010,
    url: 'https://www.jandonline.org/article/S0002-8223(10)00245-2/fulltext',
    urlNote: "Publisher's page.",
    ocebmLevel: 2,
    design: 'Tolerance study of inulin and oligofructose doses.',
    findings:
      'Up to 10 g a day of native inulin and 5 g a day of oligofructose were well tolerated; 10 g of oligofructose clearly increased symptoms, mostly flatulence and bloating. Tolerable doses depend on the fibre.',
  },
  {
    id: 'martin-munoz-2012',
    type: 'cohort',
    label: 'Martín-Muñoz 2012 (allergens in probiotics)',
    citation: 'Martín-Muñoz et al. Milk and egg allergens in probiotic products. Pediatr Allergy Immunol. 2012.',
    year: 2012,
    doi: '10.1111/j.1399-3038.2012.01338.x',
    ocebmLevel: 4,
    design: 'Laboratory analysis of 11 probiotic products, with case reports.',
    findings:
      "Cow's-milk protein was found in 10 of 11 products, including one labelled milk-free, and egg protein in 3 of 11. One anaphylactic reaction was reported.",
  },
  {
    id: 'espghan-2017-quality',
    type: 'guideline',
    label: 'ESPGHAN 2017 (product quality)',
    citation: 'ESPGHAN Working Group for Probiotics and Prebiotics. Commercial probiotic products: a call for improved quality control. J Pediatr Gastroenterol Nutr. 2017.',
    year: 2017,
    url: 'https://journals.lww.com/jpgn/Fulltext/2017/07000/Commercial_Probiotic_Products__A_Call_for_Improved.26.aspx',
    urlNote: "Publisher's page.",
    ocebmLevel: 5,
    design: 'Position paper.',
    findings:
      'Calls for stricter quality control of commercial probiotic products, whose labels do not always match their contents.',
  },
  {
    id: 'isotretinoin-rems',
    type: 'regulatory',
    label: 'Isotretinoin iPLEDGE REMS (summary)',
    citation: 'iPLEDGE Risk Evaluation and Mitigation Strategy for isotretinoin, as summarised by DigitalPharmD (acne).',
    year: null,
    url: 'https://digitalpharmd.com/acne/',
    urlNote: 'Summary of the REMS; the programme documents themselves were not checked.',
    ocebmLevel: 5,
    design: 'Regulatory programme summary.',
    findings:
      'The iPLEDGE REMS exists to prevent fetal exposure to isotretinoin (two contraceptive methods and monthly pregnancy tests for patients who can become pregnant); pregnancy is a contraindication.',
  },
];
