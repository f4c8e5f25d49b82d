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
const pubmedSearch = (terms: string) => `https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(terms)}`;
const SEARCH_NOTE =
  'PubMed search by first author and topic (no DOI, PMID, volume or page was checked for this record; the search may also list other papers).';

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
    design: 'Letter to the editor; no original data.',
    findings:
      'Argues that the gut–skin axis matters and that dermatologists should consider probiotic and prebiotic supplements alongside topical treatment, while saying that further research is needed on treatment guidelines and long-term efficacy. It describes the clinical evidence as "substantial", but four of its five references are narrative reviews and the fifth is a non-randomised open-label trial.',
    limitations: [
      'OCEBM level 5 (opinion and mechanism-based reasoning; no original data) and SORT C: no systematic review, meta-analysis or guideline is cited.',
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
    pmid: '23582165',
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
    design:
      'Pilot double-blind placebo-controlled RCT, 20 adults (14 women, 6 men; mean age 33.7 years; no age range reported), 12 weeks.',
    findings:
      'Skin IGF1 expression fell 32% and FOXO1 rose 65%. Adjusted odds ratio 28.4 (95% CI 2.2–411) for being rated improved: a very imprecise estimate.',
    funding: 'Test material partly supplied by Biodue S.p.A., a partial sponsor.',
    limitations: [
      '20 participants; very wide confidence interval.',
      'Main outcomes are gene-expression markers, not lesion counts.',
    ],
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
    design: 'Double-blind placebo-controlled RCT, ages 12–30, 12 weeks; 74 analysed (40 probiotic, 34 placebo).',
    findings:
      'Acne severity (AGSS) improved in 50% vs 29.4% with placebo (p=.03); non-inflammatory lesions −18.6 vs −10.5 (p=.03). Total lesions did not differ significantly (p=.06). Adverse events were similar.',
    limitations: [
      'Single trial; total lesion count not significant.',
      'Amount per capsule (CFU of L. rhamnosus, mg of spirulina) not reported in what we could read.',
    ],
    funding:
      'The corresponding author lists a bioithas.com address; the likely registry record (NCT04570319) names Bionou Research S.L. as sponsor (the match is inferred from ages, design and sites).',
  },
  {
    id: 'atefi-2025',
    type: 'rct',
    label: 'Atefi 2025 (RCT)',
    citation: 'Atefi et al. J Cosmet Dermatol. 2025;24:e16614.',
    year: 2025,
    doi: '10.1111/jocd.16614',
    pmid: '39410868',
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
    citation:
      'American Academy of Dermatology. Guidelines of care for the management of acne vulgaris. J Am Acad Dermatol. 2024;90:1006.',
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
    id: 'nct04570319',
    type: 'other',
    label: 'NCT04570319 (registry record, probably Eguren 2024)',
    citation:
      'ClinicalTrials.gov NCT04570319. Randomised, double-blind, placebo-controlled trial of a probiotic in acne (sponsor Bionou Research S.L.; product code Bths-08).',
    year: null,
    url: 'https://clinicaltrials.gov/study/NCT04570319',
    urlNote:
      "The registry's record. Matched to Eguren 2024 by ages, design and sites; the paper's own registration number was not read.",
    ocebmLevel: 5,
    design: 'Trial registration record (eligibility criteria).',
    findings:
      'Ages 12–30 with acne (AGSS 2 or more). Excluded: any contraindication to the product; topical or systemic antifungals or antibiotics in the previous 2 weeks; probiotics in the previous 2 months; systemic retinoids in the previous 6 months.',
    limitations: ['The match to the published trial is inferred, not stated'],
  },
  {
    id: 'navarro-lopez-2019',
    type: 'rct',
    label: 'Navarro-López 2019 (RCT)',
    citation: 'Navarro-López et al. Acta Derm Venereol. 2019;99:1078.',
    year: 2019,
    doi: '10.2340/00015555-3305',
    pmid: '31453631',
    ocebmLevel: 2,
    design:
      'Double-blind placebo-controlled RCT, 90 randomised / 88 analysed, adults 18–70 with mild–moderate plaque psoriasis, 12 weeks plus 6 months follow-up.',
    findings:
      'PASI75 in 66.7% vs 41.9% with placebo (p<.05); PGA 0/1 in 48.9% vs 30.2%; fewer relapses over 6 months. Both arms used a topical corticosteroid; the regimen by severity is reported inconsistently (one review table: betamethasone + calcipotriol if PASI ≥6, mometasone if <6; another: betamethasone + calcipotriol for all). Systemic drugs or biologics within 3 months were excluded.',
    limitations: ['Single trial of this mix.', 'Patients on systemic therapy or biologics were excluded.'],
    funding:
      "The strain mixture's use in psoriasis is patented (ES2873889T3; assignees Bionou Research S.L. and Biopolis S.L.), with trial authors among the inventors.",
  },
  {
    id: 'patent-es2873889t3',
    type: 'other',
    label: 'Patent ES2873889T3 (Bionou Research, Biopolis)',
    citation:
      'Patent ES2873889T3: use of a mixture of Bifidobacterium longum CECT 7347, B. animalis subsp. lactis CECT 8145 and Lactobacillus rhamnosus CECT 8361 in psoriasis. Assignees Bionou Research S.L. and Biopolis S.L.; inventors include Navarro-López.',
    year: null,
    url: 'https://patents.google.com/patent/ES2873889T3/en',
    urlNote: 'The patent as published (Google Patents record).',
    ocebmLevel: 5,
    design: 'Patent document.',
    findings:
      'Claims the use of the three-strain mixture studied in Navarro-López 2019 in psoriasis; trial authors are among the inventors, a conflict of interest for that trial.',
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
    limitations: [
      'Design reported inconsistently.',
      'Both p-values just under .05.',
      'No strain designations: cannot be matched to a product.',
    ],
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
    citation:
      'American Academy of Dermatology–National Psoriasis Foundation. Joint guidelines of care for the management and treatment of psoriasis with topical therapy and alternative medicine modalities. J Am Acad Dermatol. 2021;84:432.',
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
    reviewsConditionIds: ['atopic-dermatitis'],
  },
  {
    id: 'aad-ad-2014-section-4',
    type: 'guideline',
    label: 'AAD atopic dermatitis guideline 2014, Section 4',
    citation:
      'American Academy of Dermatology. Guidelines of care for the management of atopic dermatitis, Section 4 (prevention of flares and adjunctive therapies): recommendations for dietary interventions. 2014.',
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
    pmid: '29117309',
    ocebmLevel: 2,
    design:
      'Double-blind placebo-controlled RCT, 50 children aged 4–17 with moderate atopic dermatitis, 12 weeks, single centre.',
    findings:
      'SCORAD fell 19.2 points more than with placebo (−83% vs −24%). Topical-steroid use: 161 of 2084 vs 220 of 2032 patient-days.',
    funding:
      'Authors are linked to the strain developer: three were employed by Biopolis (read in a secondary summary).',
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
    citation:
      'Chang et al. Meta-analysis of synbiotics for the prevention and treatment of atopic dermatitis. JAMA Pediatr. 2016.',
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
    citation:
      'Fiocchi et al. World Allergy Organization–McMaster University Guidelines for Allergic Disease Prevention (GLAD-P): probiotics. World Allergy Organ J. 2015;8:4.',
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
    citation:
      'Cuello-Garcia et al. World Allergy Organization–McMaster University Guidelines for Allergic Disease Prevention (GLAD-P): prebiotics. World Allergy Organ J. 2016.',
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
    doi: '10.1016/S0140-6736(00)04259-8',
    ocebmLevel: 2,
    design:
      'Double-blind placebo-controlled RCT, 159 pregnant women with atopic disease or a first-degree relative or partner with eczema, hay fever or asthma (132 mother–child pairs completed).',
    findings:
      'LGG 1×10¹⁰ CFU a day in capsules, taken by the mother for 2–4 weeks before delivery, then for 6 months after birth (whether the baby or the breastfeeding mother took it then was not read). Eczema at age 2: 23% vs 46% (RR 0.51, 95% CI 0.32–0.84; NNT 4.5).',
    funding:
      'Finnish Foundation for Paediatric Research, National Technology Agency of Finland, Allergy Research Foundation; LGG from Valio Ltd.',
  },
  {
    id: 'allen-2014',
    type: 'rct',
    label: 'Allen 2014 (RCT)',
    citation: 'Allen et al. Arch Dis Child. 2014;99:1014.',
    year: 2014,
    doi: '10.1136/archdischild-2013-305799',
    pmid: '24947281',
    pmcid: 'PMC4215350',
    ocebmLevel: 2,
    design: 'RCT of a four-strain mix, 10¹⁰ a day, from 36 weeks of pregnancy to infant age 6 months.',
    findings:
      'Eczema by 2 years 34.1% vs 32.4% (no effect); atopic eczema 5.3% vs 12.1% (OR 0.40). Shows that prevention trials are inconsistent.',
    funding:
      'Two authors were from Cultech Ltd research and development (employees of Obsidian Research at the time of the study); the strains are CUL-coded.',
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
    funding: "Authors affiliated with L'Oréal Research & Innovation, Nestlé Research Center and SEDIFA Laboratory.",
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
    design:
      'Controlled trial, 298 patients with predicted severe acute pancreatitis, multispecies probiotic by nasojejunal tube for 28 days.',
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
    citation:
      'Centers for Disease Control and Prevention. CDC Stacks document cdc:18326 (Saccharomyces boulardii fungaemia; regulation of probiotics).',
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
      'US Food and Drug Administration. Warning about the use of probiotic products in preterm infants (safety communication, October 2023), with warning letters to Abbott Laboratories and Infinant Health.',
    year: 2023,
    url: 'https://www.fda.gov/search?s=probiotics%20preterm%20infants',
    urlNote:
      "A search of the FDA's site for its communication: its own address was not in our evidence files, which read it in reports of the warning.",
    ocebmLevel: 4,
    design: 'Regulatory warning after an adverse-event report.',
    findings:
      'A preterm infant under 1,000 g died of Bifidobacterium longum sepsis after a probiotic product (Evivo with MCT Oil), and the isolate matched the product. More than two dozen adverse events had been reported since 2018. No probiotic is FDA-approved for use in infants.',
  },
  {
    id: 'aap-preterm-2021',
    type: 'guideline',
    label: 'AAP clinical report 2021 (Poindexter)',
    citation:
      'Poindexter; American Academy of Pediatrics Committee on Fetus and Newborn. Use of probiotics in preterm infants (clinical report). Pediatrics. 2021;147:e2021051485.',
    year: 2021,
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=e2021051485',
    urlNote: 'PubMed search by the article number (no DOI or PMID was checked for this record).',
    ocebmLevel: 5,
    design: 'Clinical report of the American Academy of Pediatrics (expert guidance, not a systematic review).',
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
    findings:
      'Brain fog with D-lactic acidosis and small-intestinal bacterial overgrowth was described in probiotic users with an intact gut.',
  },
  {
    id: 'hkjpaed-dla-case',
    type: 'other',
    label: 'D-lactic acidosis case report (HK J Paediatr)',
    citation:
      'Case report of probiotic-associated D-lactic acidosis in a child with short bowel syndrome. Hong Kong J Paediatr.',
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
    citation:
      'Sheyholislami et al. Systematic review and meta-analysis of probiotic and prebiotic safety in pregnancy and lactation. Nutrients. 2021.',
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
    citation:
      'Dugoua et al. Systematic review of the safety of probiotics (Lactobacillus, Bifidobacterium, Saccharomyces) in pregnancy. 2009.',
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
    doi: '10.1016/j.jada.2010.03.025',
    ocebmLevel: 2,
    design:
      'Randomised, double-blind crossover trial of single 5 g and 10 g breakfast challenges of inulin and oligofructose, 26 healthy adults aged 18–60; symptoms followed for 48 hours.',
    findings:
      'Both fibres mildly increased gastrointestinal symptoms, flatulence most often, then bloating; a single 10 g dose of oligofructose increased symptoms substantially. These were single challenges, not repeated daily dosing.',
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
    citation:
      'ESPGHAN Working Group for Probiotics and Prebiotics. Commercial probiotic products: a call for improved quality control. J Pediatr Gastroenterol Nutr. 2017.',
    year: 2017,
    url: 'https://journals.lww.com/jpgn/Fulltext/2017/07000/Commercial_Probiotic_Products__A_Call_for_Improved.26.aspx',
    urlNote: "Publisher's page.",
    ocebmLevel: 5,
    design: 'Position paper.',
    findings:
      'Calls for stricter quality control of commercial probiotic products, whose labels do not always match their contents.',
  },
  // Ingredient safety (addendum 2, section 2) and cardiac risk.
  {
    id: 'medlineplus-blue-green-algae',
    type: 'other',
    label: 'MedlinePlus: blue-green algae',
    citation: 'Blue-green algae. MedlinePlus Herbs and Supplements. U.S. National Library of Medicine.',
    year: null,
    url: 'https://medlineplus.gov/druginfo/natural/923.html',
    ocebmLevel: 5,
    design: 'Monograph of the U.S. National Library of Medicine (consumer reference).',
    findings:
      'Blue-green algae products grown in natural settings can be contaminated with bacteria, liver toxins (microcystins) and heavy metals; only products tested free of them should be used. Contaminated products can cause liver damage, vomiting, weakness, rapid heartbeat, shock and death.',
  },
  {
    id: 'natural-medicines-blue-green-algae',
    type: 'other',
    label: 'Natural Medicines: blue-green algae',
    citation: 'Blue-green algae [monograph]. Natural Medicines database. Therapeutic Research Center.',
    year: null,
    url: 'https://naturalmedicines.therapeuticresearch.com/',
    urlNote:
      'Subscription database. Its safety text was read only in copies of earlier consumer versions, so what it says on pregnancy, children, phenylketonuria and immunosuppressants is treated as partly checked.',
    ocebmLevel: 5,
    design: 'Natural-products monograph (safety and interactions).',
    findings:
      'As read in copies of its text: not enough is known about blue-green algae in pregnancy, so avoid it; contaminated products are likely unsafe, especially for children; it might make autoimmune disease worse; it contains phenylalanine (avoid in phenylketonuria); it might reduce the effect of immunosuppressants (a theoretical, moderate interaction with no documented cases).',
    limitations: ['Read only in copies of earlier versions of the text'],
  },
  {
    id: 'lactmed-blue-green-algae',
    type: 'other',
    label: 'LactMed: blue-green algae',
    citation:
      'Drugs and Lactation Database (LactMed). Blue-green algae. National Institute of Child Health and Human Development; NBK501849.',
    year: null,
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK501849/',
    ocebmLevel: 5,
    design: 'Lactation monograph (National Library of Medicine).',
    findings:
      'There are no data on excretion of spirulina into breast milk or on its safety in nursing mothers or infants. One mother had green breast milk, judged a probable reaction, which cleared 3 days after she stopped.',
  },
  {
    id: 'green-breast-milk-case',
    type: 'other',
    label: 'Green breast milk case report',
    citation:
      'Green breast milk following ingestion of blue-green algae: a case report (title as indexed). PMID 30785777.',
    year: null,
    pmid: '30785777',
    ocebmLevel: 4,
    design: 'Case report.',
    findings:
      'A breastfeeding mother taking blue-green algae had green breast milk (probable adverse reaction, Naranjo score 5); it cleared 3 days after she stopped.',
  },
  {
    id: 'de-carvalho-2025-spirulina-autoimmunity',
    type: 'narrative-review',
    label: 'de Carvalho & Martinez 2025 (spirulina and autoimmunity)',
    citation:
      'de Carvalho and Martinez. Review of autoimmune disease reported after spirulina intake (title paraphrased). Adv Rheumatol. 2025.',
    year: 2025,
    doi: '10.1186/s42358-025-00446-7',
    pmid: '40087772',
    ocebmLevel: 4,
    design: 'Review of published case reports.',
    findings:
      'Lists cases of autoimmune disease beginning after spirulina, including anti-Mi-2 dermatomyositis (onset after 1 month), probable dermatomyositis (within days) and a mixed pemphigoid/pemphigus blistering disease (after 1 year). Case reports cannot establish causation.',
    limitations: ['Case reports only'],
  },
  {
    id: 'bax-2021-immunostimulatory-supplements',
    type: 'narrative-review',
    label: 'Bax 2021, JAAD (immunostimulatory supplements)',
    citation:
      'Bax et al. Review of immunostimulatory supplements and autoimmune skin disease (title paraphrased). J Am Acad Dermatol. 2021.',
    year: 2021,
    doi: '10.1016/j.jaad.2020.06.037',
    ocebmLevel: 5,
    design: 'Narrative review of case reports.',
    findings:
      'Links immunostimulatory supplements, spirulina among them, to the onset or flare of lupus, dermatomyositis and autoimmune blistering disease, from case reports.',
    limitations: ['Case reports only; causation not established'],
  },
  {
    id: 'spirulina-allergy-review-2024',
    type: 'narrative-review',
    label: 'Spirulina allergy review, Foods 2024',
    citation: 'Review of spirulina allergy case reports (title paraphrased). Foods. 2024;13(7):1052.',
    year: 2024,
    doi: '10.3390/foods13071052',
    ocebmLevel: 4,
    design: 'Literature review of case reports.',
    findings:
      'Four case studies covering five patients with spirulina allergy were found; four of the five met criteria for anaphylaxis. Spirulina allergy is rarely reported.',
  },
  {
    id: 'usp-2011-spirulina',
    type: 'other',
    label: 'USP safety evaluation of spirulina, 2011',
    citation: 'United States Pharmacopeia safety evaluation of spirulina. Crit Rev Food Sci Nutr. 2011.',
    year: 2011,
    doi: '10.1080/10408391003721719',
    pmid: '21793723',
    ocebmLevel: 5,
    design: 'Safety review for pharmacopoeial quality standards (31 adverse-event reports reviewed).',
    findings:
      'Gave Spirulina maxima and S. platensis a Class A safety rating as a basis for quality monographs; that rating does not show that any given product is free of contaminants.',
  },
  {
    id: 'famhp-2019-saccharomyces-boulardii',
    type: 'regulatory',
    label: 'FAMHP (Belgium): S. boulardii and fungaemia',
    citation:
      'Federal Agency for Medicines and Health Products (FAMHP), Belgium. Saccharomyces boulardii (Enterol): risk of fungaemia in critically ill and immunocompromised patients; product information updated.',
    year: null,
    url: 'https://www.famhp.be/en/news/flash_vig_news_saccharomyces_boulardii_in_belgium_enterolr_risk_of_fungaemia_and',
    ocebmLevel: 5,
    design: 'Regulator safety communication.',
    findings:
      'The EU product information for S. boulardii now lists a central venous catheter, critical illness and immunocompromise as contraindications (risk of fungaemia); the regulator says this should also apply to food supplements containing it.',
  },
  {
    id: 'smpc-saccharomyces-boulardii',
    type: 'regulatory',
    label: 'S. boulardii product information (EU-type SmPC)',
    citation:
      'Saccharomyces boulardii CNCM I-745 (Bioflor, Enterol, Perenterol) summary of product characteristics, sections 4.3–4.6 and 6.1 (EU-type text).',
    year: null,
    url: 'https://www.famhp.be/en/human_use/medicines/medicines/MA_procedures/databases',
    urlNote:
      'The national medicines databases hold the current text (search for the product name); it was read here as a verbatim copy of an EU-type SmPC.',
    ocebmLevel: 5,
    design: 'Product information of a licensed medicine.',
    findings:
      'Being a fungus, it must not be given with systemic or oral antifungals (one national label adds topical antifungals). Contraindicated with a central venous catheter, in critical illness and immunocompromise; handle it away from patients with central or peripheral lines. Avoid in pregnancy as a precaution; not excreted in milk and can be used while breastfeeding. Contains lactose: not for galactose intolerance, total lactase deficiency or glucose–galactose malabsorption; one label lists yeast allergy as a contraindication.',
    limitations: ['Read as a copy of the product information'],
  },
  {
    id: 'lactobacillus-endocarditis-1986',
    type: 'narrative-review',
    label: 'Lactobacillus endocarditis review, 1986',
    citation:
      'Clinical manifestations and therapy of Lactobacillus endocarditis: report of a case and review of the literature. Rev Infect Dis. 1986;8(5):771–6.',
    year: 1986,
    doi: '10.1093/clinids/8.5.771',
    pmid: '3097786',
    ocebmLevel: 4,
    design: 'Case report with a review of 24 published cases.',
    findings:
      'Lactobacillus endocarditis is rare. In 20 of 24 cases it occurred in patients with structural heart disease, often after dental infection or manipulation (18 of 24); 6 of 24 patients died. The review predates probiotic supplements.',
  },
  {
    id: 'ajam-2019-paracasei-valve-endocarditis',
    type: 'other',
    label: 'Ajam 2019 (prosthetic-valve endocarditis, L. paracasei)',
    citation:
      'Ajam M et al. Prosthetic aortic valve endocarditis in a patient with Birt-Hogg-Dubé syndrome due to Lactobacillus paracasei. Cardiol Res. 2019;10(4):245–8.',
    year: 2019,
    doi: '10.14740/cr901',
    ocebmLevel: 4,
    design: 'Case report.',
    findings:
      'A 75-year-old woman with a bioprosthetic aortic valve developed Lactobacillus paracasei endocarditis. Probiotic use has been suggested as a risk factor for such infections, but no causal link could be drawn.',
  },

  // Chronic urticaria (fact sheet §2.8; usual care from addendum 1, row 32).
  {
    id: 'tan-2025-urticaria-ma',
    type: 'meta-analysis',
    label: 'Tan 2025 (meta-analysis)',
    citation:
      'Tan et al. Meta-analysis of probiotics added to antihistamines in chronic urticaria (11 trials). Front Microbiol. 2025.',
    year: 2025,
    url: pubmedSearch('Tan[au] AND urticaria AND probiotic* AND "Front Microbiol"[ta] AND 2025[dp]'),
    urlNote: SEARCH_NOTE,
    ocebmLevel: 1,
    design:
      'Meta-analysis of 11 trials, 1,014 patients: a probiotic plus an antihistamine against the antihistamine alone, pooling different probiotic products.',
    findings:
      'The relief rate was higher when a probiotic was added to antihistamine treatment (OR 2.90, 95% CI 1.97–4.28). The authors applied GRADE; the certainty they gave was not checked in our sources.',
    limitations: [
      'Pools different probiotic products, whose effects are strain-specific: it cannot vouch for any one product.',
      'The GRADE certainty the authors gave was not checked in our sources.',
      'Whether every pooled trial was randomised was not checked in our sources.',
    ],
    reviewsConditionIds: ['chronic-urticaria'],
  },
  {
    id: 'can-2024-urticaria',
    type: 'cohort',
    label: 'Can 2024 (non-randomised study)',
    citation:
      'Can et al. Non-randomised controlled study of Lactobacillus reuteri ATCC 55730 added to ebastine in chronic urticaria. Dermatol Sinica. 2024.',
    year: 2024,
    url: 'https://doaj.org/article/8b5f0dac80084b008694df9269eaef0b',
    urlNote:
      "The Directory of Open Access Journals' record of the article (no DOI or PMID was checked for this record).",
    ocebmLevel: 3,
    design: 'Non-randomised controlled study, 30 + 30 patients with chronic urticaria, all on ebastine.',
    findings:
      'Responders 83.3% with L. reuteri ATCC 55730 1×10⁸ CFU added to ebastine, against 50% with ebastine alone.',
    limitations: [
      'Not randomised.',
      'Small: 60 patients.',
      'How often the dose was taken, the form, the duration, the ages and the exclusions were not checked in our sources.',
    ],
  },
  {
    id: 'aaci-2021-paediatric-urticaria-rct',
    type: 'rct',
    label: 'Paediatric urticaria RCT 2021 (Allergy Asthma Clin Immunol)',
    citation:
      'Randomised trial of desloratadine with or without a probiotic ("Yimingjia") in children with chronic urticaria. Allergy Asthma Clin Immunol. 2021.',
    year: 2021,
    doi: '10.1186/s13223-021-00544-3',
    ocebmLevel: 2,
    design: 'RCT, 206 children on desloratadine, with or without a probiotic product ("Yimingjia").',
    findings: 'Response at 4 weeks 80.8% with the probiotic against 62.5% without (p=.04).',
    limitations: [
      'The probiotic’s strains were not named in what we read, so no product can be matched to the one studied.',
      'The first author, blinding, ages and dose were not checked in our sources.',
    ],
  },
  {
    id: 'godse-urticaria-rct',
    type: 'rct',
    label: 'Godse (RCT)',
    citation:
      'Godse et al. Randomised trial of a multistrain probiotic added to levocetirizine in chronic urticaria. Journal and year not checked in our sources.',
    year: null,
    url: pubmedSearch('Godse[au] AND urticaria AND probiotic*'),
    urlNote: SEARCH_NOTE,
    ocebmLevel: 2,
    design: 'RCT, 97 patients on levocetirizine, with or without a multistrain probiotic.',
    findings: 'Itch improved with the probiotic; the hives score and the Urticaria Control Test (UCT) did not.',
    limitations: [
      'The strains, dose and duration were not named in what we read, so no product can be matched to the one studied.',
      'The journal, year and blinding were not checked in our sources.',
    ],
  },
  {
    id: 'zuberbier-2022-urticaria-guideline',
    type: 'guideline',
    label: 'International urticaria guideline 2021 (Zuberbier 2022)',
    citation:
      'Zuberbier et al. International EAACI/GA²LEN/EuroGuiDerm/APAAACI guideline on urticaria (2021). Allergy. 2022.',
    year: 2022,
    doi: '10.1111/all.15090',
    ocebmLevel: 1,
    design: 'International guideline (EAACI, GA²LEN, EuroGuiDerm, APAAACI).',
    findings:
      'Stepwise care of chronic spontaneous urticaria, as summarised by secondary sources that cite this guideline: a standard-dose second-generation H1 antihistamine; then up to 4 times that dose after 2–4 weeks; then add omalizumab; then ciclosporin for refractory disease.',
    limitations: [
      'The guideline’s own algorithm text was not read: the steps come from secondary summaries that cite it.',
      'Whether it addresses probiotics was not checked.',
    ],
  },
];
