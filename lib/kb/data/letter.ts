/**
 * The founding letter's claims, each next to what its cited reference actually shows and how our grades differ.
 * Quotes are short, attributed fragments of the letter (Khalid 2025); everything else is our appraisal. The appraisal
 * is of the claims and the evidence under them, never of the person who wrote the letter (the audit checks the wording).
 */
import type { KnowledgeBaseInput } from '../schema';

export const letterClaims: KnowledgeBaseInput['letterClaims'] = [
  {
    id: 'gut-skin-axis',
    quote: 'The bidirectional interaction between skin health and gut microbiota is known as the gut-skin axis.',
    claim: 'The gut and the skin influence each other (the gut–skin axis).',
    citedSourceIds: ['thye-2022'],
    verdict: 'partly',
    appraisal:
      'The cited source is a narrative review, mainly about psoriasis, that compares the microbiota of patients and controls and explains the proposed axis. It supports the concept as a hypothesis; it is not evidence that changing the gut improves skin disease. One of its funders is a company (possible conflict of interest).',
    ourGrades:
      'No grade applies: this is a claim about how the body works, not about the effect of a treatment. Our grades are given per product and condition from trials; none is taken from this review.',
    sourceIds: ['thye-2022'],
  },
  {
    id: 'dysbiosis-skin-disorders',
    quote: 'Many dermatological conditions stem from an imbalanced gut microbiome',
    claim: 'An imbalanced gut microbiome causes or accelerates many skin disorders.',
    citedSourceIds: ['mahmud-2022'],
    verdict: 'partly',
    appraisal:
      'The cited source is a broad review (self-described as systematic, but with no registered protocol or meta-analysis reported). Its own conclusion is that the mechanisms are still unclear, so it supports an association as a hypothesis, not that skin disease "stems from" the gut.',
    ourGrades:
      'No grade applies to a causal claim like this one. Our grades are given per product and condition from trials in that condition, not from this review.',
    sourceIds: ['mahmud-2022'],
  },
  {
    id: 'acne-barrier',
    quote:
      "Probiotics have been shown to strengthen the skin's mechanical barrier, particularly benefiting individuals with acne.",
    claim: 'Probiotics strengthen the skin barrier, especially in acne.',
    citedSourceIds: ['gao-2023'],
    conditionIds: ['acne-vulgaris'],
    verdict: 'unverified',
    appraisal:
      'The cited source is a narrative review from a dairy-science laboratory focused on cosmetic skin concerns (ageing, wrinkles, pigmentation, dryness). It describes skin in general as a mechanical barrier, but the acne-specific claim could not be found in its abstract or introduction. Acne evidence in this app comes from randomised trials instead, and it is of low certainty.',
    ourGrades:
      'Our acne grades come from randomised trials of specific products, measured on lesion counts and severity rather than on the skin barrier: low certainty (SORT B) for L. rhamnosus CECT 30031 with spirulina, from one trial, and very low certainty (SORT C) for the other products.',
    sourceIds: ['gao-2023', 'jung-2013', 'eguren-2024', 'fabbrocini-2016'],
  },
  {
    id: 'psoriasis-anti-inflammatory',
    quote:
      'probiotic and prebiotic supplementation shifted the inflammatory profile of psoriatic patients towards an anti-inflammatory state',
    claim: 'Probiotic plus prebiotic supplementation moved psoriasis patients toward an anti-inflammatory state.',
    citedSourceIds: ['buhas-2023'],
    conditionIds: ['psoriasis'],
    verdict: 'partly',
    appraisal:
      'The cited source is not a review but a non-randomised, open-label trial of 63 patients, in which the supplemented group started with more severe disease. The anti-inflammatory shift was in the gut microbiota of the 15 patients analysed, narrower than the letter\'s "inflammatory profile". The design cannot show cause and effect (OCEBM level 3; very low certainty).',
    ourGrades:
      'We grade the product of this study very low certainty (SORT C; insufficient evidence to suggest it). The one psoriasis product we grade low certainty (SORT B) is a different three-strain mix, from a double-blind randomised trial of 88 patients.',
    sourceIds: ['buhas-2023', 'navarro-lopez-2019'],
  },
  {
    id: 'gut-skin-brain-axis',
    quote: 'Probiotics may exert beneficial effects through the gut-skin and gut-skin-brain axes',
    claim: 'Probiotics may act on the skin through gut–skin and gut–skin–brain pathways.',
    citedSourceIds: ['shirkhan-2024'],
    verdict: 'supports',
    appraisal:
      'The cited narrative review does say effects may act through these axes, as a hypothesis. It also says safety assessment is still needed, the mechanism is unresolved, and dosing, side effects and regulation are open gaps: it argues for research, not routine prescribing.',
    ourGrades:
      'No grade applies: this is a hypothesis about how probiotics might act. Our grades are given per product and condition from trials; none is taken from this review.',
    sourceIds: ['shirkhan-2024'],
  },
  {
    id: 'substantial-evidence',
    quote: 'There is substantial clinical evidence',
    claim: 'There is substantial clinical evidence that a healthy gut contributes to healthier skin.',
    citedSourceIds: [],
    verdict: 'does-not-support',
    appraisal:
      "No reference is given for this sentence, and the letter's own references do not carry it: four are narrative reviews and the fifth is a non-randomised open-label trial. None is a systematic review, meta-analysis or guideline. The trials and guidelines underneath show low to very low certainty for specific strains in acne and psoriasis, little or no benefit for treating eczema (Cochrane), and no evidence for several conditions.",
    ourGrades:
      "The letter's references are at OCEBM levels 3 and 5. Our grades, from the trials and guidelines underneath, are low or very low certainty for each specific product (none is graded moderate or high), and for treating established eczema a Cochrane review found little or no difference (moderate certainty). The table of our grades below shows every condition.",
    sourceIds: ['khalid-2025', 'makrgeorgou-2018-cochrane', 'navarro-lopez-2019', 'jung-2013'],
  },
  {
    id: 'consider-alongside-topicals',
    quote:
      'Dermatologists should consider prescribing safe probiotic and prebiotic supplements alongside conventional topical treatments',
    claim: 'Dermatologists should consider safe probiotic and prebiotic supplements alongside topical treatment.',
    citedSourceIds: [],
    verdict: 'partly',
    appraisal:
      'The "alongside, not instead" framing fits the trials, which added specific products to usual treatment. But probiotics carry real risks for some patients: bloodstream infections occur in immunocompromised and critically ill patients and those with central lines, a probiotic increased deaths in severe acute pancreatitis, the FDA has warned about preterm infants, and products can contain milk or egg protein. They are sold as supplements, without premarket review, and labels are often inaccurate. The app therefore names studied strains only and checks patient factors first.',
    ourGrades:
      'The evidence alone supports at most "consider" (low certainty, SORT B), and only for a few specific products as an add-on to usual care; patient factors can lower it to caution or avoid, and no product is graded as required care.',
    sourceIds: [
      'khalid-2025',
      'yelin-2019',
      'besselink-2008-propatria',
      'fda-preterm-2023',
      'martin-munoz-2012',
      'espghan-2017-quality',
      'eguren-2024',
      'navarro-lopez-2019',
      'kalliomaki-2001',
    ],
  },
  {
    id: 'research-needed',
    quote: 'further research is required to refine treatment guidelines and determine long-term efficacy',
    claim: 'More research is needed on treatment guidelines and long-term efficacy.',
    citedSourceIds: [],
    verdict: 'supports',
    appraisal:
      'The evidence is consistent with this. No dermatology guideline we checked recommends probiotics for treatment, trials are short (mostly 8–12 weeks) and strain-specific, and long-term efficacy and safety in skin disease are unknown.',
    ourGrades:
      'Consistent with our grades: no product is graded above low certainty, and the trials lasted weeks to a few months.',
    sourceIds: ['khalid-2025', 'shirkhan-2024', 'aad-acne-2024', 'aad-npf-psoriasis-2021', 'aad-ad-2014-section-4'],
  },
];
