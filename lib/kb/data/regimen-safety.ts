/**
 * Safety facts for every regimen option: pregnancy (with any wash-out and prevention programme), breastfeeding,
 * paediatric age limits and immunosuppression, from evidence addendum 3
 * (../shared/evidence/addendum-3-co-therapy-pregnancy-lactation.md). The engine turns each fact into a safety rule
 * (lib/kb/model.ts, regimenSafetyRules): contraindicated → critical, avoid → warning, anything else → a note.
 *
 * Honesty rules applied here (and audited in lib/kb/audit.ts):
 * - A status is stated only where product information or LactMed was read; where only a secondary summary was read
 *   the confidence is "partly" and the text says so; where nothing was read the status is "not-established".
 * - Where labels disagree, the stricter reading sets the status, and the text names both.
 * - Immunosuppression "none" for topicals and most oral drugs is a pharmacological classification, not a label
 *   statement (addendum 3's legend), so it carries confidence "partly".
 */
import type { RegimenSafetyInput } from '../schema';

type Fact = RegimenSafetyInput['pregnancy'];
type Lactation = RegimenSafetyInput['lactation'];
type Paediatric = RegimenSafetyInput['paediatric'];
type Immunosuppression = RegimenSafetyInput['immunosuppression'];

const notRead = (what: string): Fact & Lactation => ({
  status: 'not-established',
  text: `Not established: ${what}`,
  sourceIds: [],
  confidence: 'unverified',
});

const noAgeLimitRead: Paediatric = {
  minAgeYears: null,
  text: 'No age limit was read in its product information; whether it suits a child is not established here.',
  sourceIds: [],
  confidence: 'unverified',
};

const topicalNotImmunosuppressant: Immunosuppression = {
  level: 'none',
  text: 'Topical; not a systemic immunosuppressant (a pharmacological classification, not a label statement).',
  sourceIds: [],
  confidence: 'partly',
};

const oralNotImmunosuppressant: Immunosuppression = {
  level: 'none',
  text: 'Not an immunosuppressant (a pharmacological classification, not a label statement).',
  sourceIds: [],
  confidence: 'partly',
};

const NO_PRODUCT_INFORMATION = 'no product information for it was read, so we cannot say what its label advises.';

export const regimenSafety: Record<string, RegimenSafetyInput> = {
  'benzoyl-peroxide': {
    pregnancy: {
      ...notRead(
        'its label text was not read. Drug-information summaries describe low skin absorption (about 5%) and older "use only if clearly needed" wording.',
      ),
      confidence: 'partly',
    },
    lactation: {
      ...notRead(
        'its LactMed record was not read. Summaries of it rate it low risk if treated skin is kept away from the infant and the infant\u2019s mouth.',
      ),
      confidence: 'partly',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  adapalene: {
    pregnancy: {
      status: 'contraindicated',
      text: 'UK and Swiss product information: contraindicated in pregnancy and in women planning a pregnancy; stop it if pregnancy occurs. Swiss text: not in women who can become pregnant without reliable contraception.',
      sourceIds: ['emc-adapalene-smpc', 'swiss-pi-adapalene'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'avoid',
      text: 'Labels differ and the stricter one is followed: the UK SmPC allows use (not on the chest); the Swiss product information says do not use it while breastfeeding.',
      sourceIds: ['emc-adapalene-smpc', 'swiss-pi-adapalene'],
      confidence: 'confirmed',
    },
    paediatric: {
      minAgeYears: 12,
      text: 'UK dosing is given for ages 12 to 18 and use under 12 is a listed precaution (read in a summary, not in the SmPC).',
      sourceIds: ['emc-adapalene-smpc'],
      confidence: 'partly',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  tretinoin: {
    pregnancy: {
      status: 'avoid',
      text: 'Older US wording (read in a summary): use only if the benefit justifies the risk; about 30 case reports of malformations are noted. Swiss information for a tretinoin-containing combination cream contraindicates it in pregnancy and when planning pregnancy; the stricter reading is followed.',
      sourceIds: ['swiss-pi-tretinoin-combination'],
      confidence: 'partly',
    },
    lactation: {
      status: 'caution',
      text: 'NHS SPS: minimal absorption; keep it off the nipple and areola. The Swiss combination product says do not use it while breastfeeding; the tretinoin-only label text was not read.',
      sourceIds: ['sps-lactation-acne', 'swiss-pi-tretinoin-combination'],
      confidence: 'partly',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  tazarotene: {
    pregnancy: {
      status: 'contraindicated',
      text: 'US label: may cause fetal harm; contraindicated in pregnancy; stop as soon as pregnancy is recognised. Older label: a negative pregnancy test within 2 weeks before starting, start during a normal period, and adequate contraception.',
      sourceIds: ['label-tazorac'],
      confidence: 'confirmed',
    },
    lactation: notRead('the label\u2019s breastfeeding text was not read.'),
    paediatric: {
      minAgeYears: 12,
      text: 'Products differ (read in summaries): one lotion from 9 years, the gel, cream and foam for acne from 12; the stricter age is used.',
      sourceIds: ['label-tazorac'],
      confidence: 'partly',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  trifarotene: {
    pregnancy: {
      status: 'contraindicated',
      text: 'EU-type SmPC and Swiss information: contraindicated in pregnancy and in women planning pregnancy; Swiss text: not without reliable contraception. (US-type text reports no drug-associated risk from trials; the stricter reading is followed.)',
      sourceIds: ['smpc-trifarotene', 'swiss-pi-trifarotene'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'avoid',
      text: 'SmPC: a risk cannot be excluded, so choose between breastfeeding and treatment, and do not apply it to the chest; Swiss information: should not be used while breastfeeding.',
      sourceIds: ['smpc-trifarotene', 'swiss-pi-trifarotene'],
      confidence: 'confirmed',
    },
    paediatric: {
      minAgeYears: 12,
      text: 'EU: from 12 years; safety under 12 is not established.',
      sourceIds: ['smpc-trifarotene'],
      confidence: 'confirmed',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  'topical-clindamycin': {
    pregnancy: {
      ...notRead(
        'only summaries of combination products were read (clindamycin with benzoyl peroxide: use if the benefit outweighs the risk; with tretinoin: not recommended).',
      ),
      confidence: 'partly',
    },
    lactation: {
      status: 'no-concern-found',
      text: 'LactMed: infant effects are unlikely with topical use for acne; avoid applying it to the breast.',
      sourceIds: ['lactmed-clindamycin'],
      confidence: 'partly',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  'azelaic-acid': {
    pregnancy: {
      status: 'caution',
      text: 'SmPC: no adequate studies; animal effects only at 3 to 32 times the human dose; use with caution. Under 4% is absorbed.',
      sourceIds: ['smpc-skinoren'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'no-concern-found',
      text: 'LactMed: low risk and not a reason to stop breastfeeding; keep it off the breast and nipple and keep the infant away from treated skin.',
      sourceIds: ['lactmed-azelaic-acid', 'smpc-skinoren'],
      confidence: 'confirmed',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  clascoterone: {
    pregnancy: {
      status: 'caution',
      text: 'US label: no human data; malformations in rats and pregnancy loss in rabbits with injected doses. It is an androgen-receptor inhibitor.',
      sourceIds: ['label-winlevi'],
      confidence: 'partly',
    },
    lactation: {
      ...notRead('the label says there are no data on milk or the infant (read only in a paraphrase).'),
      confidence: 'partly',
    },
    paediatric: {
      minAgeYears: 12,
      text: 'Indicated from 12 years. Adrenal (HPA-axis) suppression was seen in 1 of 20 adults and 2 of 22 adolescents after 2 weeks.',
      sourceIds: ['label-winlevi'],
      confidence: 'partly',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  'salicylic-acid': {
    pregnancy: notRead(NO_PRODUCT_INFORMATION),
    lactation: notRead(NO_PRODUCT_INFORMATION),
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  'topical-corticosteroid': {
    pregnancy: {
      status: 'caution',
      text: 'Clobetasol SmPC: limited evidence of a small risk of low birth weight with large amounts of potent or very potent steroids; use only if clearly necessary. Older US class wording: not extensively, in large amounts or for long periods.',
      sourceIds: ['smpc-clobetasol'],
      confidence: 'partly',
    },
    lactation: {
      status: 'caution',
      text: 'Clobetasol SmPC: only if clearly necessary; do not apply it to the breasts. Its LactMed record was not read.',
      sourceIds: ['smpc-clobetasol'],
      confidence: 'partly',
    },
    paediatric: {
      minAgeYears: null,
      text: 'Children absorb proportionally more and are more prone to adrenal (HPA-axis) suppression; clobetasol can suppress it at 2 g a day. Age cut-offs were not read.',
      sourceIds: ['smpc-clobetasol'],
      confidence: 'partly',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  calcipotriene: {
    pregnancy: {
      status: 'caution',
      text: 'Older US label: use only if the benefit justifies the risk; UK SmPC: safety not established; Italian SmPC: preferably avoid as a precaution.',
      sourceIds: ['label-dovonex', 'smpc-calcipotriol'],
      confidence: 'partly',
    },
    lactation: {
      status: 'caution',
      text: 'Older US label: caution; Italian SmPC: preferably avoid.',
      sourceIds: ['label-dovonex', 'smpc-calcipotriol'],
      confidence: 'partly',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  'calcipotriene-betamethasone': {
    pregnancy: {
      status: 'caution',
      text: 'Swiss information (foam): insufficient data; use only if clearly necessary.',
      sourceIds: ['swiss-pi-calcipotriol-betamethasone'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'caution',
      text: 'Swiss information: betamethasone passes into milk; prescribe with caution, and do not breastfeed if it is applied to the breasts.',
      sourceIds: ['swiss-pi-calcipotriol-betamethasone'],
      confidence: 'confirmed',
    },
    paediatric: {
      minAgeYears: 12,
      text: 'US suspension: scalp from 12 years, scalp and body from 18 years; at 12 to 17 years no more than 60 g a week.',
      sourceIds: ['label-calcipotriene-betamethasone-suspension'],
      confidence: 'confirmed',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  'topical-calcineurin-inhibitor': {
    pregnancy: notRead('the label\u2019s pregnancy text was not read.'),
    lactation: notRead('the label\u2019s breastfeeding text was not read.'),
    paediatric: {
      minAgeYears: 2,
      text: 'US boxed warning: not for children under 2 years; only tacrolimus 0.03% for ages 2 to 15.',
      sourceIds: ['fda-calcineurin-inhibitor-warning'],
      confidence: 'partly',
    },
    immunosuppression: {
      level: 'topical-immunomodulator',
      text: 'Topical immunomodulator. US boxed warning (2006): long-term safety not established; rare malignancy (skin cancer, lymphoma) reported; avoid continuous long-term use.',
      sourceIds: ['fda-calcineurin-inhibitor-warning'],
      confidence: 'partly',
    },
  },
  'coal-tar': {
    pregnancy: notRead(NO_PRODUCT_INFORMATION),
    lactation: notRead('its LactMed record exists but was not read.'),
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  'topical-roflumilast': {
    pregnancy: notRead(NO_PRODUCT_INFORMATION),
    lactation: notRead(NO_PRODUCT_INFORMATION),
    paediatric: {
      minAgeYears: null,
      text: 'Its age limits were read only in news reports, not in its label.',
      sourceIds: [],
      confidence: 'unverified',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  tapinarof: {
    pregnancy: {
      status: 'no-concern-found',
      text: 'US label: human data insufficient; no significant adverse effects in animals at high multiples of the human dose.',
      sourceIds: ['label-vtama'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'no-concern-found',
      text: 'LactMed: low risk because it is poorly absorbed; keep it off the nipple and areola and keep the infant away from treated skin.',
      sourceIds: ['lactmed-tapinarof', 'label-vtama'],
      confidence: 'confirmed',
    },
    paediatric: {
      minAgeYears: 2,
      text: 'Atopic dermatitis: from 2 years. Psoriasis: adults only.',
      sourceIds: ['label-vtama'],
      confidence: 'confirmed',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  emollients: {
    pregnancy: notRead('no product information was read (emollients are many different products).'),
    lactation: {
      status: 'caution',
      text: 'LactMed (general advice repeated across its records): put only water-miscible creams or gels on the breast; ointments can expose the infant to mineral paraffin by licking.',
      sourceIds: ['lactmed-azelaic-acid'],
      confidence: 'partly',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  crisaborole: {
    pregnancy: {
      status: 'no-concern-found',
      text: 'US label: case-report data are insufficient to show a drug-associated risk; no adverse developmental effects in rats or rabbits.',
      sourceIds: ['label-eucrisa'],
      confidence: 'partly',
    },
    lactation: notRead(
      'the label has no recommendation we could read; it is absorbed into the body and whether it reaches milk is unknown.',
    ),
    paediatric: {
      minAgeYears: null,
      text: 'Its lower age limit was not read.',
      sourceIds: [],
      confidence: 'unverified',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  'ruxolitinib-cream': {
    pregnancy: notRead('its pregnancy text was not read.'),
    lactation: notRead('its breastfeeding text was not read.'),
    paediatric: {
      minAgeYears: null,
      text: 'Its age limits were not read.',
      sourceIds: [],
      confidence: 'unverified',
    },
    immunosuppression: {
      level: 'topical-immunomodulator',
      text: 'Topical, but with the oral JAK-inhibitor class boxed warning: serious infections, mortality, malignancy, major cardiovascular events and thrombosis.',
      sourceIds: ['label-opzelura'],
      confidence: 'partly',
    },
  },
  'topical-metronidazole': {
    pregnancy: {
      status: 'caution',
      text: 'Older MetroGel label: no experience in pregnancy; use only if clearly needed (the oral form crosses the placenta).',
      sourceIds: ['label-metrogel'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'avoid',
      text: 'The current US 1% gel label says breastfeeding is not recommended during treatment; lactation services rate it very low risk. The stricter label is followed.',
      sourceIds: ['label-metrogel'],
      confidence: 'confirmed',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  'topical-ivermectin': {
    pregnancy: {
      status: 'avoid',
      text: 'SmPC: not recommended in pregnancy (oral ivermectin is teratogenic in animals; exposure after skin use is low). Swiss: not unless absolutely necessary.',
      sourceIds: ['smpc-soolantra', 'swiss-pi-ivermectin-cream'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'avoid',
      text: 'SmPC: a risk cannot be excluded; Swiss information: do not use it while breastfeeding.',
      sourceIds: ['smpc-soolantra', 'swiss-pi-ivermectin-cream'],
      confidence: 'confirmed',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  brimonidine: {
    pregnancy: {
      status: 'avoid',
      text: 'SmPC: preferable to avoid in pregnancy as a precaution.',
      sourceIds: ['smpc-mirvaso'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'avoid',
      text: 'SmPC: should not be used while breastfeeding.',
      sourceIds: ['smpc-mirvaso'],
      confidence: 'confirmed',
    },
    paediatric: {
      minAgeYears: 18,
      text: 'Use under 18 is not established (read in a summary). US label: serious reactions (stopped breathing, slow heart rate, lethargy) in two young children who swallowed it; keep it out of children\u2019s reach.',
      sourceIds: ['smpc-mirvaso'],
      confidence: 'partly',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  oxymetazoline: {
    pregnancy: {
      status: 'caution',
      text: 'US label: no data in pregnant women; a literature report links second-trimester nasal oxymetazoline with kidney collecting-system anomalies; no adverse developmental effects in animals.',
      sourceIds: ['label-rhofade'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'caution',
      text: 'US label: unknown whether it is in human milk; it is found in rat milk.',
      sourceIds: ['label-rhofade'],
      confidence: 'confirmed',
    },
    paediatric: {
      minAgeYears: 18,
      text: 'Indicated for adults; not known to be safe under 18.',
      sourceIds: ['label-rhofade'],
      confidence: 'confirmed',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  'minocycline-foam': {
    pregnancy: {
      status: 'caution',
      text: 'Label (read only in a paraphrase): data insufficient; low absorption; tetracycline-class risks to teeth and bone; use only if clearly necessary.',
      sourceIds: ['label-amzeeq'],
      confidence: 'partly',
    },
    lactation: {
      ...notRead(
        'the label says it is not known whether it reaches milk after topical use (read only in a paraphrase).',
      ),
      confidence: 'partly',
    },
    paediatric: {
      minAgeYears: null,
      text: 'Its age limit was not read.',
      sourceIds: [],
      confidence: 'unverified',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  'encapsulated-benzoyl-peroxide': {
    pregnancy: notRead(NO_PRODUCT_INFORMATION),
    lactation: notRead(NO_PRODUCT_INFORMATION),
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  'sulfacetamide-sulfur': {
    pregnancy: notRead(NO_PRODUCT_INFORMATION),
    lactation: notRead(NO_PRODUCT_INFORMATION),
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  'topical-ketoconazole': {
    pregnancy: {
      status: 'no-concern-found',
      text: 'SmPC (shampoo): no known risks; not detectable in plasma after scalp use (detected after whole-body use). Swiss (cream): risk negligible.',
      sourceIds: ['smpc-ketoconazole-shampoo', 'swiss-pi-ketoconazole-cream'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'no-concern-found',
      text: 'LactMed: topical or shampoo use poses little or no risk; keep it off the breast and nipple.',
      sourceIds: ['lactmed-ketoconazole', 'swiss-pi-ketoconazole-cream'],
      confidence: 'confirmed',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  ciclopirox: {
    pregnancy: {
      ...notRead(
        'its label text was not read; a reference summary reports about 1.3% absorbed and no fetal harm in animals.',
      ),
      confidence: 'partly',
    },
    lactation: {
      ...notRead('its label text was not read; a reference summary judges milk exposure negligible.'),
      confidence: 'partly',
    },
    paediatric: {
      minAgeYears: 16,
      text: 'Shampoo label: not studied under 16 years.',
      sourceIds: ['label-loprox-shampoo'],
      confidence: 'confirmed',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  'selenium-sulfide': {
    pregnancy: {
      status: 'avoid',
      text: 'US label: no animal studies; should not be used by pregnant women "under ordinary circumstances".',
      sourceIds: ['label-selenium-sulfide'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'caution',
      text: 'US label: unknown whether it reaches milk; use with caution.',
      sourceIds: ['label-selenium-sulfide'],
      confidence: 'confirmed',
    },
    paediatric: {
      minAgeYears: null,
      text: 'US label: safety and effectiveness in children (for the lotion, in infants) are not established; no age was given.',
      sourceIds: ['label-selenium-sulfide'],
      confidence: 'confirmed',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  'zinc-pyrithione': {
    pregnancy: notRead(NO_PRODUCT_INFORMATION),
    lactation: notRead(NO_PRODUCT_INFORMATION),
    paediatric: noAgeLimitRead,
    immunosuppression: topicalNotImmunosuppressant,
  },
  'antiseptic-wash': {
    pregnancy: notRead('the product\u2019s pregnancy text was not read.'),
    lactation: {
      status: 'no-concern-found',
      text: 'LactMed (chlorhexidine): no toxicity reported in breastfed infants; use on the breast before and after feeds caused no harm in one study.',
      sourceIds: ['lactmed-chlorhexidine'],
      confidence: 'partly',
    },
    paediatric: {
      minAgeYears: null,
      text: 'Use in babies under 2 months was read only in a supplier\u2019s summary ("with care"); no label limit was read.',
      sourceIds: [],
      confidence: 'unverified',
    },
    immunosuppression: topicalNotImmunosuppressant,
  },
  'oral-doxycycline': {
    pregnancy: {
      status: 'contraindicated',
      text: 'UK SmPC: contraindicated in pregnancy (effects on teeth and skeleton). Swiss: contraindicated in the second and third trimesters; in the first only if absolutely necessary.',
      sourceIds: ['smpc-vibramycin', 'swiss-pi-doxycycline'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'contraindicated',
      text: 'UK SmPC: contraindicated in nursing mothers; Swiss: not recommended. (The US label, read only in a summary, does not rule out short courses.) The stricter reading is followed.',
      sourceIds: ['smpc-vibramycin', 'swiss-pi-doxycycline'],
      confidence: 'confirmed',
    },
    paediatric: {
      minAgeYears: 8,
      text: 'UK SmPC: tooth discolouration during tooth development; under 8 only for severe or life-threatening conditions without an alternative; from 8 to under 12 only when carefully justified.',
      sourceIds: ['smpc-vibramycin'],
      confidence: 'confirmed',
    },
    immunosuppression: oralNotImmunosuppressant,
  },
  'oral-minocycline': {
    pregnancy: {
      status: 'contraindicated',
      text: 'Read only in a summary of the labels: may cause fetal harm; the UK text contraindicates it unless essential; rare limb-reduction reports; tooth discolouration from the second half of pregnancy. The stricter reading is followed.',
      sourceIds: ['labels-minocycline'],
      confidence: 'partly',
    },
    lactation: {
      status: 'caution',
      text: 'LactMed: short courses are acceptable; avoid prolonged or repeated courses; black breast milk has been reported; watch the infant for rash, diarrhoea and thrush.',
      sourceIds: ['lactmed-minocycline'],
      confidence: 'partly',
    },
    paediatric: {
      minAgeYears: 8,
      text: 'Tetracyclines are not recommended under 8 years (a class statement); a product-specific limit was not read.',
      sourceIds: ['fda-labeling-sarecycline-paediatric'],
      confidence: 'partly',
    },
    immunosuppression: oralNotImmunosuppressant,
  },
  'oral-sarecycline': {
    pregnancy: {
      status: 'avoid',
      text: 'US label: like other tetracyclines it may cause fetal harm; use in the second and third trimesters may cause permanent tooth discolouration and reversible inhibition of bone growth.',
      sourceIds: ['label-seysara'],
      confidence: 'partly',
    },
    lactation: {
      status: 'avoid',
      text: 'Breastfeeding is not recommended (read in a prescriber summary of the label).',
      sourceIds: ['label-seysara'],
      confidence: 'partly',
    },
    paediatric: {
      minAgeYears: 9,
      text: 'Indicated from 9 years; not established under 9; tetracyclines are not recommended under 8. Avoid with oral retinoids.',
      sourceIds: ['label-seysara', 'fda-labeling-sarecycline-paediatric'],
      confidence: 'partly',
    },
    immunosuppression: oralNotImmunosuppressant,
  },
  'clindamycin-rifampicin': {
    pregnancy: {
      status: 'caution',
      text: 'Rifampicin SmPC: only if the benefit justifies the risk; in the last weeks of pregnancy it can cause bleeding after birth in mother and baby, and UKTIS advises vitamin K for both. Rifampicin is reported to make hormonal contraception less reliable (a secondary source). The oral clindamycin pregnancy text was not read.',
      sourceIds: ['smpc-rifadin', 'swiss-pi-rifampicin', 'uktis-rifampicin'],
      confidence: 'partly',
    },
    lactation: {
      status: 'no-concern-found',
      text: 'LactMed: rifampicin levels in milk are low and breastfeeding should not be discouraged (milk may be discoloured); clindamycin is not a reason to stop, but watch the infant for diarrhoea, thrush and blood in the stool.',
      sourceIds: ['lactmed-rifampin', 'lactmed-clindamycin'],
      confidence: 'partly',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: oralNotImmunosuppressant,
  },
  isotretinoin: {
    pregnancy: {
      status: 'contraindicated',
      text: 'US boxed warning: contraindicated in pregnancy, with an extremely high risk of severe birth defects after any exposure. UK SmPC: contraindicated in pregnancy and in women who can become pregnant unless every condition of the Pregnancy Prevention Programme is met.',
      washout:
        '1 month: the risk lasts until the drug is eliminated; contraception from 1 month before, during and for 1 month after treatment',
      programme: 'the US iPLEDGE REMS or the EU/UK Pregnancy Prevention Programme',
      sourceIds: ['label-isotretinoin', 'smpc-roaccutane', 'fda-ipledge-rems', 'hpra-isotretinoin-ppp'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'contraindicated',
      text: 'UK SmPC: contraindicated while breastfeeding. LactMed: no information; topical alternatives are preferred.',
      sourceIds: ['smpc-roaccutane', 'lactmed-isotretinoin'],
      confidence: 'confirmed',
    },
    paediatric: {
      minAgeYears: 12,
      text: 'US: approved for patients 12 years and older (FDA; the label\u2019s own paediatric wording was not read). Contraindicated with tetracyclines.',
      sourceIds: ['fda-ipledge-qa', 'smpc-roaccutane'],
      confidence: 'partly',
    },
    immunosuppression: oralNotImmunosuppressant,
  },
  spironolactone: {
    pregnancy: {
      status: 'avoid',
      text: 'Label: an anti-androgen that may affect sex differentiation of a male fetus; use in pregnancy only after weighing the benefit against the fetal hazard. Acne is not a labelled indication.',
      sourceIds: ['label-aldactone'],
      confidence: 'partly',
    },
    lactation: {
      status: 'caution',
      text: 'Label (read only in part): canrenone, its active metabolite, appears in human milk; decide between nursing and the drug.',
      sourceIds: ['label-aldactone'],
      confidence: 'partly',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: oralNotImmunosuppressant,
  },
  'combined-oral-contraceptive': {
    pregnancy: {
      status: 'avoid',
      text: 'Not for use in pregnancy (patient labelling: do not use if pregnant).',
      sourceIds: ['label-yaz'],
      confidence: 'partly',
    },
    lactation: {
      ...notRead(
        'the label\u2019s breastfeeding wording was not read (the patient text suggests another method while breastfeeding).',
      ),
      confidence: 'partly',
    },
    paediatric: {
      minAgeYears: 14,
      text: 'Acne indication (Yaz): females 14 years and older who have reached menarche. Boxed warning: not for women over 35 who smoke.',
      sourceIds: ['label-yaz'],
      confidence: 'partly',
    },
    immunosuppression: oralNotImmunosuppressant,
  },
  'oral-itraconazole': {
    pregnancy: {
      status: 'contraindicated',
      text: 'US label: contraindicated for onychomycosis in pregnant women and women planning a pregnancy. The interval for contraception after treatment was not read.',
      sourceIds: ['label-sporanox'],
      confidence: 'partly',
    },
    lactation: notRead('the label\u2019s breastfeeding text was not read.'),
    paediatric: noAgeLimitRead,
    immunosuppression: {
      ...oralNotImmunosuppressant,
      text: 'Not an immunosuppressant (a classification, not a label statement). Boxed warning: heart failure, cardiac effects and CYP3A4 interactions.',
    },
  },
  'oral-fluconazole': {
    pregnancy: notRead('its product information was not among the co-therapies checked.'),
    lactation: notRead('its product information was not among the co-therapies checked.'),
    paediatric: noAgeLimitRead,
    immunosuppression: oralNotImmunosuppressant,
  },
  'oral-terbinafine': {
    pregnancy: {
      status: 'avoid',
      text: 'Swiss information: do not use unless clearly necessary. US label (read in a summary): onychomycosis can wait, so do not start it in pregnancy.',
      sourceIds: ['swiss-pi-terbinafine', 'label-lamisil-tablets'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'avoid',
      text: 'Swiss information: patients taking the tablets should not breastfeed; it is present in human milk.',
      sourceIds: ['swiss-pi-terbinafine', 'label-lamisil-tablets'],
      confidence: 'confirmed',
    },
    paediatric: {
      minAgeYears: null,
      text: 'Tablets: safety and effectiveness in children are not established (read in a summary); no age was given.',
      sourceIds: [],
      confidence: 'unverified',
    },
    immunosuppression: oralNotImmunosuppressant,
  },
  methotrexate: {
    pregnancy: {
      status: 'contraindicated',
      text: 'US boxed warning: embryo-fetal toxicity including fetal death; contraindicated in pregnancy for non-cancer diseases such as psoriasis. EU SmPC: contraindicated in pregnancy for non-cancer use. No formal prevention programme was found.',
      washout:
        'not settled: older US text 3 months after the last dose for men and one ovulatory cycle for women; an Italian SmPC says 3 months to 1 year; the current US interval was not read. Use the longer interval when in doubt',
      sourceIds: ['label-methotrexate', 'smpc-jylamvo', 'smpc-methotrexate-italy'],
      confidence: 'partly',
    },
    lactation: {
      status: 'contraindicated',
      text: 'EU SmPC and Canadian monograph: contraindicated while breastfeeding. LactMed: low weekly doses are judged low risk by some and warned against by others.',
      sourceIds: ['smpc-jylamvo', 'monograph-methotrexate-canada', 'lactmed-methotrexate'],
      confidence: 'confirmed',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: {
      level: 'systemic-immunosuppressant',
      text: 'Boxed warning: serious adverse reactions including death; serious infections and bone-marrow suppression are listed. EU SmPC: contraindicated with live vaccines and in immunodeficiency.',
      sourceIds: ['label-methotrexate', 'label-xatmep', 'smpc-jylamvo'],
      confidence: 'confirmed',
    },
  },
  ciclosporin: {
    pregnancy: {
      status: 'caution',
      text: 'SmPC: do not use in pregnancy unless the expected benefit outweighs the risk; transplant recipients are at risk of premature delivery; consider its ethanol content.',
      sourceIds: ['swiss-pi-ciclosporin'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'avoid',
      text: 'SmPC: it passes into breast milk; women taking it should not breastfeed.',
      sourceIds: ['swiss-pi-ciclosporin'],
      confidence: 'confirmed',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: {
      level: 'systemic-immunosuppressant',
      text: 'US boxed warning: increased susceptibility to infection and the possible development of lymphoma.',
      sourceIds: ['label-neoral'],
      confidence: 'confirmed',
    },
  },
  azathioprine: {
    pregnancy: {
      status: 'avoid',
      text: 'US label: can cause fetal harm; avoid in pregnancy whenever possible; neonatal lymphopenia and immune deficiency have been reported. Contraception for both partners for 3 months after stopping is advised by some authorities (not read in the label).',
      sourceIds: ['label-imuran'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'caution',
      text: 'LactMed: most experts consider breastfeeding acceptable; metabolite levels are low or unmeasurable; consider infant blood counts and liver tests; waiting 4 to 6 hours after a dose lowers exposure.',
      sourceIds: ['lactmed-azathioprine'],
      confidence: 'confirmed',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: {
      level: 'systemic-immunosuppressant',
      text: 'An immunosuppressive antimetabolite. US boxed warning: malignancy, including post-transplant lymphoma and hepatosplenic T-cell lymphoma.',
      sourceIds: ['label-imuran'],
      confidence: 'confirmed',
    },
  },
  mycophenolate: {
    pregnancy: {
      status: 'contraindicated',
      text: 'US boxed warning: first-trimester pregnancy loss and congenital malformations; avoid if safer options exist. EU SmPC: contraindicated in pregnancy (unless there is no suitable alternative) and in women who can become pregnant without highly effective contraception. The stricter reading is followed.',
      washout:
        'women: contraception before, during and for 6 weeks after stopping; men: no semen donation for 90 days after stopping',
      programme: 'the US Mycophenolate REMS',
      sourceIds: ['label-cellcept', 'smpc-mycophenolate', 'emc-mycophenolate-pil', 'mycophenolate-rems'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'contraindicated',
      text: 'EU SmPC and safety communication: contraindicated while breastfeeding.',
      sourceIds: ['smpc-mycophenolate'],
      confidence: 'confirmed',
    },
    paediatric: {
      minAgeYears: 2,
      text: 'UK patient leaflet: not for children under 2 years (no dose recommendation).',
      sourceIds: ['emc-mycophenolate-pil'],
      confidence: 'confirmed',
    },
    immunosuppression: {
      level: 'systemic-immunosuppressant',
      text: 'US boxed warning: embryo-fetal toxicity, malignancies and serious infections.',
      sourceIds: ['label-cellcept'],
      confidence: 'confirmed',
    },
  },
  'systemic-corticosteroid': {
    pregnancy: {
      status: 'caution',
      text: 'Label: weigh the benefit against the hazard; use the lowest effective dose; a possible small risk of oral cleft with first-trimester use is discussed; watch infants of mothers on substantial doses for adrenal insufficiency.',
      sourceIds: ['label-prednisone'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'avoid',
      text: 'Sources differ and the stricter one is followed: one SmPC advises not breastfeeding above 10 mg a day; LactMed (prednisolone) finds milk levels very low, no infant harm, and no need to wait after a dose, though medium to large doses can briefly reduce milk supply.',
      sourceIds: ['label-prednisone', 'lactmed-prednisolone'],
      confidence: 'confirmed',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: {
      level: 'systemic-immunosuppressant',
      text: 'Immunosuppressive at higher doses: the label contraindicates live or live-attenuated vaccines in patients on immunosuppressive doses. No boxed warning. The dose is not checked here, so it is counted as immunosuppressive.',
      sourceIds: ['label-prednisone'],
      confidence: 'confirmed',
    },
  },
  acitretin: {
    pregnancy: {
      status: 'contraindicated',
      text: 'US label: must not be used by females who are pregnant or may become pregnant during treatment or within the wash-out; major fetal abnormalities reported. EU-type SmPC: contraindicated in every woman who can become pregnant unless all programme conditions are met. Alcohol turns acitretin into etretinate, which lingers longer.',
      washout:
        '3 years after stopping (US and Swiss texts; some EU texts say 2 years, and the stricter 3 years is used), with contraception from 1 month before',
      programme:
        'the pregnancy-prevention conditions of its EU-type product information (the US programme name was not read)',
      sourceIds: ['label-acitretin', 'swiss-pi-acitretin'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'contraindicated',
      text: 'EU-type SmPC: must not breastfeed; Swiss: not during treatment and for up to 3 years after. LactMed: low milk levels in one woman; topical alternatives are preferred.',
      sourceIds: ['swiss-pi-acitretin', 'lactmed-acitretin'],
      confidence: 'confirmed',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: {
      ...oralNotImmunosuppressant,
      text: 'Not an immunosuppressant (a classification, not a label statement). Contraindicated with tetracyclines (raised pressure in the skull).',
      sourceIds: ['swiss-pi-acitretin'],
    },
  },
  apremilast: {
    pregnancy: {
      status: 'avoid',
      text: 'Read only in a summary of the labels: animal data suggest more fetal loss and human data are very limited (US); the EU text is reported to contraindicate it. Until that is checked, treat it as not for use in pregnancy.',
      sourceIds: ['label-otezla'],
      confidence: 'partly',
    },
    lactation: {
      status: 'avoid',
      text: 'Present in animal milk, unknown in human milk (US, read in a summary); the Norwegian advisory service NKSR says do not use it while breastfeeding.',
      sourceIds: ['label-otezla', 'nksr-pde4-inhibitors'],
      confidence: 'partly',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: {
      level: 'none',
      text: 'An oral immunomodulator (PDE4 inhibitor); its label\u2019s infection warnings were not read, and it is not counted as an immunosuppressant here.',
      sourceIds: [],
      confidence: 'unverified',
    },
  },
  deucravacitinib: {
    pregnancy: {
      status: 'caution',
      text: 'Read only in a summary of the label: insufficient human data; no embryo-fetal toxicity in animals; some authorities advise avoiding it as a precaution.',
      sourceIds: ['label-sotyktu'],
      confidence: 'partly',
    },
    lactation: {
      status: 'caution',
      text: 'Read only in a summary of the label: unknown in human milk; present in animal milk.',
      sourceIds: ['label-sotyktu'],
      confidence: 'partly',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: {
      level: 'immunomodulator',
      text: 'A TYK2 inhibitor (immunomodulator). Its label\u2019s infection warnings were not read; it is counted towards combined immunosuppression as a precaution.',
      sourceIds: [],
      confidence: 'unverified',
    },
  },
  'tnf-inhibitor': {
    pregnancy: {
      status: 'avoid',
      text: 'Versions conflict and the stricter one is followed: an older adalimumab SmPC says not recommended; NHS advice says it may be continued if needed. Infliximab and adalimumab cross the placenta (cord levels above the mother\u2019s, detectable in infants up to 6 months); certolizumab much less. Current labels were not read in full.',
      washout: 'older adalimumab SmPC: contraception for at least 5 months after the last dose',
      sourceIds: ['smpc-adalimumab-older', 'nhs-adalimumab-pregnancy', 'mahadevan-2013-placental-transfer'],
      confidence: 'partly',
    },
    lactation: {
      status: 'avoid',
      text: 'Versions conflict and the stricter one is followed: an older adalimumab SmPC says no breastfeeding for at least 5 months; NHS advice says breastfeeding appears safe (little passes into milk).',
      sourceIds: ['smpc-adalimumab-older', 'nhs-adalimumab-pregnancy'],
      confidence: 'partly',
    },
    paediatric: {
      minAgeYears: null,
      text: 'US boxed warning: lymphoma and other malignancies, some fatal, in children and adolescents treated with TNF blockers. No age limit for skin use was read.',
      sourceIds: ['labels-tnf-inhibitors'],
      confidence: 'confirmed',
    },
    immunosuppression: {
      level: 'systemic-immunosuppressant',
      text: 'US boxed warning: serious infections (tuberculosis, invasive fungal and opportunistic infections) and malignancy, read for adalimumab, infliximab, etanercept and certolizumab. Infants exposed in the womb: no live vaccines for 5 months after the mother\u2019s last dose (SmPC) or 6 months (NHS).',
      sourceIds: ['labels-tnf-inhibitors', 'smpc-adalimumab-older', 'nhs-adalimumab-pregnancy'],
      confidence: 'confirmed',
    },
  },
  'il17-inhibitor': {
    pregnancy: {
      status: 'avoid',
      text: 'Secukinumab SmPC: preferably avoid as a precaution. Ixekizumab (Swiss): not unless absolutely necessary. Brodalumab: no human data; IgG crosses the placenta. Bimekizumab\u2019s pregnancy text was not read.',
      washout:
        'contraception after the last dose: secukinumab at least 20 weeks, ixekizumab at least 10 weeks; others not read',
      sourceIds: ['smpc-cosentyx', 'swiss-pi-ixekizumab', 'label-siliq'],
      confidence: 'partly',
    },
    lactation: {
      status: 'avoid',
      text: 'Secukinumab SmPC: decide on breastfeeding during and up to 20 weeks after; ixekizumab (Swiss): not recommended during and for at least 10 weeks after. Others not read. The stricter reading is followed.',
      sourceIds: ['smpc-cosentyx', 'swiss-pi-ixekizumab'],
      confidence: 'partly',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: {
      level: 'immunomodulator',
      text: 'A biologic immunomodulator; no infection boxed warning was read. Labels: check for tuberculosis before starting; not in active tuberculosis (secukinumab, bimekizumab); bimekizumab is contraindicated with clinically important active infection. Brodalumab boxed warning: suicidal thoughts and behaviour (SILIQ REMS).',
      sourceIds: ['smpc-cosentyx', 'smpc-bimzelx', 'label-siliq'],
      confidence: 'partly',
    },
  },
  'il23-inhibitor': {
    pregnancy: {
      status: 'avoid',
      text: 'SmPCs of all four: preferably avoid in pregnancy as a precaution. Ustekinumab: over 450 first-trimester exposures without more major malformations; it crosses the placenta.',
      washout:
        'contraception after the last dose: guselkumab at least 12 weeks, ustekinumab 15, tildrakizumab 17, risankizumab 20',
      sourceIds: ['smpcs-il23-inhibitors'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'caution',
      text: 'SmPCs: decide between breastfeeding and treatment (IgG passes into milk in the first days after birth); ustekinumab up to 15 weeks after the last dose.',
      sourceIds: ['smpcs-il23-inhibitors'],
      confidence: 'confirmed',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: {
      level: 'immunomodulator',
      text: 'A biologic immunomodulator; its infection and tuberculosis label text was not read. Ustekinumab: no live vaccines (such as BCG) for infants exposed in the womb for 12 months after birth or until drug levels are undetectable.',
      sourceIds: ['smpcs-il23-inhibitors'],
      confidence: 'partly',
    },
  },
  dupilumab: {
    pregnancy: notRead('its label text was not read.'),
    lactation: notRead('its LactMed record exists but was not read.'),
    paediatric: {
      minAgeYears: null,
      text: 'Its age limit was read only on the manufacturer\u2019s website, not in the label.',
      sourceIds: [],
      confidence: 'unverified',
    },
    immunosuppression: {
      level: 'immunomodulator',
      text: 'A biologic (IL-4 receptor). The manufacturer says it is not an immunosuppressant and has no boxed warning; its label wording on infections and live vaccines was not read. Counted towards combined immunosuppression as a precaution.',
      sourceIds: [],
      confidence: 'unverified',
    },
  },
  'il13-inhibitor': {
    pregnancy: notRead('the product information of tralokinumab and lebrikizumab was not read.'),
    lactation: notRead('the product information of tralokinumab and lebrikizumab was not read.'),
    paediatric: noAgeLimitRead,
    immunosuppression: {
      level: 'immunomodulator',
      text: 'A biologic immunomodulator (a classification; label text not read). Counted towards combined immunosuppression as a precaution.',
      sourceIds: [],
      confidence: 'unverified',
    },
  },
  nemolizumab: {
    pregnancy: {
      status: 'avoid',
      text: 'Swiss information: very limited experience; avoid in pregnancy as a precaution.',
      sourceIds: ['swiss-pi-nemolizumab'],
      confidence: 'confirmed',
    },
    lactation: {
      status: 'caution',
      text: 'Swiss information: unknown whether it passes into milk; IgG passes into milk in the first days after birth, so a risk then cannot be excluded.',
      sourceIds: ['swiss-pi-nemolizumab'],
      confidence: 'confirmed',
    },
    paediatric: noAgeLimitRead,
    immunosuppression: {
      level: 'immunomodulator',
      text: 'A biologic immunomodulator (a classification; label text on infections not read). Counted towards combined immunosuppression as a precaution.',
      sourceIds: [],
      confidence: 'partly',
    },
  },
  'oral-jak-inhibitor': {
    pregnancy: {
      status: 'contraindicated',
      text: 'Baricitinib (EU SmPC): contraindicated in pregnancy (teratogenic in animals). Upadacitinib (US label): may cause embryo-fetal harm, check pregnancy status before starting; its SmPC is summarised as not for use in pregnancy. Abrocitinib: read only in a summary.',
      washout:
        'contraception after the last dose: baricitinib at least 1 week; upadacitinib 4 weeks and abrocitinib 1 month (both read only in summaries)',
      sourceIds: ['smpc-olumiant', 'swiss-pi-baricitinib', 'label-rinvoq'],
      confidence: 'partly',
    },
    lactation: {
      status: 'avoid',
      text: 'Baricitinib SmPC: should not be used while breastfeeding. Upadacitinib: do not breastfeed during treatment and for 6 days after the last dose. Abrocitinib: not recommended (read only in a summary).',
      sourceIds: ['smpc-olumiant', 'label-rinvoq'],
      confidence: 'partly',
    },
    paediatric: {
      minAgeYears: 12,
      text: 'Abrocitinib (EU): adults and adolescents 12 and older with atopic dermatitis. Upadacitinib is summarised as not for atopic dermatitis under 12 or adolescents under 40 kg.',
      sourceIds: ['smpc-cibinqo', 'label-rinvoq'],
      confidence: 'partly',
    },
    immunosuppression: {
      level: 'systemic-immunosuppressant',
      text: 'Boxed warning (class): serious infections, mortality, malignancy, major cardiovascular events and thrombosis. Screen for tuberculosis; do not start with an active serious infection; upadacitinib is not recommended with live vaccines or other potent immunosuppressants.',
      sourceIds: ['label-rinvoq', 'smpc-cibinqo'],
      confidence: 'confirmed',
    },
  },
  // Chronic urticaria. Addendum 3 does not cover these: nothing was read, so every fact is "not established".
  'second-generation-h1-antihistamine': {
    pregnancy: notRead(
      `${NO_PRODUCT_INFORMATION} Up-dosing beyond the labelled dose was not checked against any label either.`,
    ),
    lactation: notRead(`${NO_PRODUCT_INFORMATION} No LactMed record was read.`),
    paediatric: noAgeLimitRead,
    immunosuppression: oralNotImmunosuppressant,
  },
  omalizumab: {
    pregnancy: notRead(NO_PRODUCT_INFORMATION),
    lactation: notRead(`${NO_PRODUCT_INFORMATION} No LactMed record was read.`),
    paediatric: noAgeLimitRead,
    immunosuppression: {
      level: 'immunomodulator',
      text: 'A biologic (anti-IgE) immunomodulator (a classification; its label text was not read). Counted towards combined immunosuppression as a precaution.',
      sourceIds: [],
      confidence: 'unverified',
    },
  },
};
