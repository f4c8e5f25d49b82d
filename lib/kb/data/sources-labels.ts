/**
 * Product information behind the co-therapy safety facts (regimen-safety.ts): US prescribing information, UK/EU
 * SmPCs, Swiss product information, FDA programme pages and LactMed records, as checked in evidence addendum 3
 * (../shared/evidence/addendum-3-co-therapy-pregnancy-lactation.md).
 *
 * Each record cites the official document, never the page it was read on. Where addendum 3 read a verbatim copy on
 * another site, `url` is the official database (a DailyMed set id where one is known, otherwise the official lookup)
 * and `urlNote` says so. Findings are short, in our words, and only what addendum 3 read.
 */
import type { SourceInput } from '../schema';

const READ_IN_COPY = 'Read in a verbatim copy of this text; the link is the official database.';

function dailyMedSetId(setId: string): string {
  return `https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=${setId}`;
}

function dailyMedSearch(name: string): string {
  return `https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=${encodeURIComponent(name)}`;
}

function lactMedSearch(name: string): string {
  return `https://www.ncbi.nlm.nih.gov/books/?term=${encodeURIComponent(`LactMed ${name}`)}`;
}

const SWISSMEDIC = 'https://www.swissmedicinfo.ch/';
const EMC = 'https://www.medicines.org.uk/emc';

interface LabelRecord {
  id: string;
  label: string;
  citation: string;
  url: string;
  urlNote?: string;
  design?: string;
  findings: string;
  year?: number | null;
}

function label(r: LabelRecord): SourceInput {
  return {
    id: r.id,
    type: 'regulatory',
    label: r.label,
    citation: r.citation,
    year: r.year ?? null,
    url: r.url,
    ...(r.urlNote ? { urlNote: r.urlNote } : {}),
    ocebmLevel: 5,
    design: r.design ?? 'Product information (regulatory label).',
    findings: r.findings,
  };
}

function swiss(id: string, product: string, authorisation: string, findings: string): SourceInput {
  return label({
    id,
    label: `Swiss product information: ${product}`,
    citation: `${product}. Swiss product information (Fachinformation) approved by Swissmedic, authorisation no. ${authorisation}, section on pregnancy and breastfeeding.`,
    url: SWISSMEDIC,
    urlNote: `Swissmedic's product-information database; search authorisation number ${authorisation}.`,
    findings,
  });
}

function lactMed(id: string, drug: string, findings: string, url?: string): SourceInput {
  return label({
    id,
    label: `LactMed: ${drug}`,
    citation: `${drug}. Drugs and Lactation Database (LactMed). National Institute of Child Health and Human Development, NCBI Bookshelf.`,
    url: url ?? lactMedSearch(drug),
    ...(url ? {} : { urlNote: 'NCBI Bookshelf lookup for the LactMed record.' }),
    design: 'Lactation database record (reviewed literature on milk levels and infant effects).',
    findings,
  });
}

export const labelSources: SourceInput[] = [
  // Acne: topical retinoids and other topicals
  label({
    id: 'emc-adapalene-smpc',
    label: 'Differin (adapalene) UK SmPC',
    citation:
      'Differin (adapalene) Gel. Summary of Product Characteristics. electronic medicines compendium (emc), product 921.',
    url: 'https://www.medicines.org.uk/emc/product/921',
    findings:
      'Contraindicated in pregnancy and in women planning a pregnancy; stop if pregnancy occurs. May be used while breastfeeding, not on the chest.',
  }),
  swiss(
    'swiss-pi-adapalene',
    'Adapalene',
    '54731',
    'Contraindicated in pregnancy and when planning pregnancy; not in women of childbearing age without reliable contraception; do not use while breastfeeding.',
  ),
  swiss(
    'swiss-pi-trifarotene',
    'Aklief (trifarotene)',
    '67632',
    'Contraindicated in pregnancy and when planning pregnancy; not without reliable contraception; should not be used while breastfeeding.',
  ),
  label({
    id: 'smpc-trifarotene',
    label: 'Aklief (trifarotene) SmPC',
    citation: 'Aklief (trifarotene) 50 micrograms/g cream. Summary of Product Characteristics (UK/EU-type text).',
    url: EMC,
    urlNote: READ_IN_COPY,
    findings:
      'Contraindicated in pregnancy and in women planning pregnancy. In breastfeeding a risk cannot be excluded; do not apply to the chest. From 12 years; safety under 12 not established.',
  }),
  swiss(
    'swiss-pi-tretinoin-combination',
    'A tretinoin-containing combination cream',
    '46769',
    'Contraindicated in pregnancy and when planning pregnancy; do not use while breastfeeding. This is a combination product, not tretinoin alone.',
  ),
  label({
    id: 'sps-lactation-acne',
    label: 'NHS SPS: acne and rosacea treatments in breastfeeding',
    citation: 'Specialist Pharmacy Service (NHS). Safety in lactation: acne and rosacea.',
    url: 'https://www.sps.nhs.uk/articles/safety-in-lactation-acne-and-rosacea/',
    design: 'National specialist medicines-advice article.',
    findings: 'Topical tretinoin: minimal absorption; keep it off the nipple and areola when breastfeeding.',
  }),
  label({
    id: 'label-tazorac',
    label: 'Tazorac (tazarotene) US label',
    citation: 'Tazorac (tazarotene) Gel 0.05% and 0.1%. US prescribing information. Allergan.',
    url: dailyMedSearch('tazarotene'),
    urlNote: READ_IN_COPY,
    findings:
      'May cause fetal harm; contraindicated in pregnancy; stop as soon as pregnancy is recognised. Older text: a negative pregnancy test within 2 weeks before starting, start during a normal menstrual period, and adequate contraception.',
  }),
  label({
    id: 'smpc-skinoren',
    label: 'Skinoren (azelaic acid) SmPC',
    citation: 'Skinoren (azelaic acid) Gel. Summary of Product Characteristics, section 4.6.',
    url: EMC,
    urlNote: READ_IN_COPY,
    findings:
      'No adequate studies in pregnancy; animal effects only at 3 to 32 times the human dose; use with caution in pregnancy and breastfeeding. Under 4% is absorbed.',
  }),
  lactMed(
    'lactmed-azelaic-acid',
    'Azelaic acid',
    'Low risk; not a reason to stop breastfeeding; keep it off the breast and nipple and avoid infant contact with treated skin. Only water-miscible creams or gels should go on the breast: ointments can expose the infant to mineral paraffin by licking.',
    'https://www.ncbi.nlm.nih.gov/books/NBK501422/',
  ),
  label({
    id: 'label-winlevi',
    label: 'Winlevi (clascoterone) US label',
    citation:
      'Winlevi (clascoterone) cream 1%. US prescribing information. DailyMed set id 1673a84b-7f5c-47ab-a99c-1e3db21a6a09.',
    url: dailyMedSetId('1673a84b-7f5c-47ab-a99c-1e3db21a6a09'),
    urlNote: READ_IN_COPY,
    findings:
      'No human pregnancy data; malformations and post-implantation loss in animal studies; indicated from 12 years; HPA-axis suppression seen in some adults and adolescents.',
  }),
  label({
    id: 'label-amzeeq',
    label: 'Amzeeq (minocycline foam) US label',
    citation: 'Amzeeq (minocycline) topical foam 4%. US prescribing information.',
    url: dailyMedSearch('minocycline topical foam'),
    urlNote: 'Read only in a paraphrase of the label; the link is the official database.',
    findings:
      'Pregnancy data insufficient; low systemic absorption; tetracycline-class risks to teeth and bone; not known whether it reaches breast milk after topical use.',
  }),
  // Oral antibiotics
  label({
    id: 'smpc-vibramycin',
    label: 'Vibramycin-D (doxycycline) UK SmPC',
    citation: 'Vibramycin-D (doxycycline) dispersible tablets. Summary of Product Characteristics (MHRA, 2019).',
    url: EMC,
    urlNote: READ_IN_COPY,
    year: 2019,
    findings:
      'Contraindicated in pregnancy and in nursing mothers. Tooth discolouration during tooth development (second half of pregnancy, infancy, childhood to 8 years); under 8 only for severe or life-threatening conditions without an alternative; 8 to under 12 only when carefully justified.',
  }),
  swiss(
    'swiss-pi-doxycycline',
    'Doxycycline',
    '61686',
    'Contraindicated in the second and third trimesters; in the first trimester only if absolutely necessary; not recommended while breastfeeding.',
  ),
  label({
    id: 'labels-minocycline',
    label: 'Minocycline labels (US and UK)',
    citation: 'Minocycline. US prescribing information and UK Summary of Product Characteristics (pregnancy sections).',
    url: dailyMedSearch('minocycline'),
    urlNote: 'Read only in a summary of the labels, not in the labels themselves.',
    findings:
      'May cause fetal harm; the UK text contraindicates it unless essential; rare limb-reduction reports; tooth discolouration from the second half of pregnancy.',
  }),
  lactMed(
    'lactmed-minocycline',
    'Minocycline',
    'Short courses are acceptable; avoid prolonged or repeated courses; black breast milk has been reported; watch the infant for rash, diarrhoea and thrush.',
  ),
  label({
    id: 'label-seysara',
    label: 'Seysara (sarecycline) US label',
    citation: 'Seysara (sarecycline) tablets. US prescribing information.',
    url: dailyMedSearch('sarecycline'),
    urlNote: READ_IN_COPY,
    findings:
      'Like other tetracyclines it may cause fetal harm: use during tooth development (second and third trimesters) may cause permanent tooth discolouration and reversible inhibition of bone growth. Indicated from 9 years.',
  }),
  label({
    id: 'fda-labeling-sarecycline-paediatric',
    label: 'FDA paediatric labeling record: sarecycline',
    citation: 'US Food and Drug Administration. Pediatric labeling database record for Seysara (sarecycline).',
    url: 'https://www.accessdata.fda.gov/scripts/sda/sdDetailNavigation.cfm?sd=labelingdatabase&id=7AA3F2931427AB06E053564DA8C0EBAE&rownum=19',
    design: 'FDA paediatric labeling record.',
    findings:
      'Safety and effectiveness under 9 years not established; tetracyclines are not recommended under 8 years.',
  }),
  label({
    id: 'smpc-rifadin',
    label: 'Rifadin (rifampicin) SmPC',
    citation: 'Rifadin (rifampicin). Summary of Product Characteristics, section 4.6.',
    url: EMC,
    urlNote: READ_IN_COPY,
    findings:
      'Use in pregnancy only if the benefit justifies the risk; given in the last weeks of pregnancy it can cause post-natal bleeding in mother and infant, for which vitamin K may be needed.',
  }),
  swiss(
    'swiss-pi-rifampicin',
    'Rifampicin',
    '34279',
    'More than 300 exposed pregnancies without a clear increase in malformations; bleeding risk in mother and newborn when given late in pregnancy.',
  ),
  label({
    id: 'uktis-rifampicin',
    label: 'UKTIS: rifampicin in pregnancy',
    citation: 'UK Teratology Information Service. Use of rifampicin in pregnancy (monograph).',
    url: 'https://uktis.org/monographs/use-of-rifampicin-in-pregnancy/',
    design: 'National teratology information service monograph.',
    findings: 'If rifampicin is given before delivery, mother and newborn should receive vitamin K.',
  }),
  lactMed(
    'lactmed-rifampin',
    'Rifampin',
    'Low levels in milk; breastfeeding should not be discouraged; milk may be discoloured.',
    'https://www.ncbi.nlm.nih.gov/books/n/lactmed/LM473/',
  ),
  lactMed(
    'lactmed-clindamycin',
    'Clindamycin',
    'Not a reason to stop breastfeeding; watch the infant for diarrhoea, thrush and blood in the stool. With topical use for acne, infant effects are unlikely; avoid applying it to the breast.',
  ),
  // Isotretinoin
  label({
    id: 'label-isotretinoin',
    label: 'Isotretinoin US label (boxed warning)',
    citation:
      'Isotretinoin capsules. US prescribing information, boxed warning. DailyMed set id 72867c88-070f-4608-bfef-cc5225ebce6d.',
    url: dailyMedSetId('72867c88-070f-4608-bfef-cc5225ebce6d'),
    findings:
      'Contraindicated in pregnancy: an extremely high risk of severe birth defects with any exposure, however short. Available only through the iPLEDGE REMS.',
  }),
  label({
    id: 'fda-ipledge-qa',
    label: 'FDA: questions and answers on iPLEDGE REMS',
    citation: 'US Food and Drug Administration. Questions and answers on the iPLEDGE REMS.',
    url: 'https://www.fda.gov/drugs/postmarket-drug-safety-information-patients-and-providers/questions-and-answers-ipledge-rems',
    design: 'FDA drug-safety information page.',
    findings: 'Isotretinoin is approved for patients 12 years and older; prescribing goes through the iPLEDGE REMS.',
  }),
  label({
    id: 'fda-ipledge-rems',
    label: 'FDA REMS record: iPLEDGE (isotretinoin)',
    citation:
      'US Food and Drug Administration. Approved Risk Evaluation and Mitigation Strategies: iPLEDGE REMS (isotretinoin).',
    url: 'https://www.accessdata.fda.gov/scripts/cder/rems/index.cfm?event=RemsDetails.page&REMS=24',
    design: 'FDA REMS record.',
    findings: 'A restricted-distribution programme with a registry, to prevent fetal exposure to isotretinoin.',
  }),
  label({
    id: 'smpc-roaccutane',
    label: 'Roaccutane (isotretinoin) UK SmPC',
    citation: 'Roaccutane (isotretinoin) capsules. Summary of Product Characteristics (MHRA, 2020).',
    url: EMC,
    urlNote: READ_IN_COPY,
    year: 2020,
    findings:
      'Contraindicated in pregnancy, and in women of childbearing potential unless every condition of the Pregnancy Prevention Programme is met; contraception from 1 month before, during and for 1 month after treatment. Contraindicated while breastfeeding and with tetracyclines.',
  }),
  label({
    id: 'hpra-isotretinoin-ppp',
    label: 'HPRA: isotretinoin Pregnancy Prevention Programme',
    citation:
      'Health Products Regulatory Authority (Ireland). Isotretinoin: Pregnancy Prevention Programme (safety notice).',
    url: 'http://www.hpra.ie/homepage/medicines/safety-notices/item?t=/isotretinoin---pregnancy-prevention-programme&id=f271f825-9782-6eee-9b55-ff00008c97d0',
    design: 'National regulator safety notice.',
    findings:
      'Isotretinoin may be prescribed to women who can become pregnant only under the Pregnancy Prevention Programme.',
  }),
  lactMed(
    'lactmed-isotretinoin',
    'Isotretinoin',
    'No information on use while breastfeeding; topical alternatives are preferred.',
    'https://www.ncbi.nlm.nih.gov/books/NBK501634/',
  ),
  // Hormonal
  label({
    id: 'label-aldactone',
    label: 'Aldactone (spironolactone) US label',
    citation: 'Aldactone (spironolactone) tablets. US prescribing information. Pfizer.',
    url: dailyMedSearch('aldactone'),
    urlNote: READ_IN_COPY,
    findings:
      'An anti-androgen that may affect sex differentiation of a male fetus (feminisation of male rat fetuses): use in pregnancy only after weighing the benefit against the fetal hazard. Its active metabolite canrenone appears in human milk. Acne is not a labelled indication.',
  }),
  label({
    id: 'label-yaz',
    label: 'Yaz (drospirenone and ethinyl estradiol) US label',
    citation:
      'Yaz (drospirenone and ethinyl estradiol) tablets. US prescribing information, boxed warning and indications.',
    url: dailyMedSearch('yaz'),
    urlNote: READ_IN_COPY,
    findings:
      'Not for use in pregnancy. Acne indication: females 14 years and older who have reached menarche and want oral contraception. Boxed warning: cigarette smoking and serious cardiovascular events; not for women over 35 who smoke.',
  }),
  // Psoriasis and eczema topicals
  label({
    id: 'smpc-clobetasol',
    label: 'Clobetasol propionate SmPC',
    citation:
      'Clobetasol propionate 0.05% cream and ointment. Summary of Product Characteristics, sections 4.4 and 4.6.',
    url: EMC,
    urlNote: READ_IN_COPY,
    findings:
      'Limited evidence of a small risk of low birth weight with large amounts of potent or very potent topical steroids in pregnancy; use only if clearly necessary, in pregnancy and breastfeeding; do not apply to the breasts. Children absorb proportionally more and are more prone to adrenal (HPA-axis) suppression.',
  }),
  label({
    id: 'label-dovonex',
    label: 'Dovonex (calcipotriene) US label',
    citation: 'Dovonex (calcipotriene) ointment 0.005%. US prescribing information (older text).',
    url: dailyMedSearch('calcipotriene'),
    urlNote: READ_IN_COPY,
    findings:
      'Use in pregnancy only if the benefit justifies the risk (skeletal effects in oral animal studies); caution in nursing mothers. Hypercalcaemia if the weekly maximum is exceeded.',
  }),
  label({
    id: 'smpc-calcipotriol',
    label: 'Calcipotriol SmPCs (UK and Italy)',
    citation: 'Calcipotriol ointment. Summaries of Product Characteristics (UK and Italian texts), section 4.6.',
    url: EMC,
    urlNote: READ_IN_COPY,
    findings:
      'UK: safety in pregnancy not established. Italian text: preferably avoid in pregnancy and breastfeeding as a precaution.',
  }),
  swiss(
    'swiss-pi-calcipotriol-betamethasone',
    'Calcipotriol and betamethasone foam',
    '65893',
    'Insufficient data in pregnancy: use only if clearly necessary. Betamethasone passes into milk: prescribe with caution and do not breastfeed if it is applied to the breasts.',
  ),
  label({
    id: 'label-calcipotriene-betamethasone-suspension',
    label: 'Calcipotriene and betamethasone suspension US label',
    citation: 'Calcipotriene and betamethasone dipropionate topical suspension. US prescribing information (Padagis).',
    url: dailyMedSearch('calcipotriene and betamethasone dipropionate'),
    urlNote: READ_IN_COPY,
    findings:
      'Scalp psoriasis from 12 years; scalp and body from 18 years; at 12 to 17 years no more than 60 g a week.',
  }),
  label({
    id: 'fda-calcineurin-inhibitor-warning',
    label: 'FDA: boxed warning for Elidel and Protopic (2006)',
    citation:
      'US Food and Drug Administration. Information on pimecrolimus (Elidel) and tacrolimus (Protopic): boxed warning, 2006.',
    url: 'http://fda.gov/Drugs/DrugSafety/PostmarketDrugSafetyInformationforPatientsandProviders/ucm107845.htm',
    year: 2006,
    design: 'FDA drug-safety information and boxed warning.',
    findings:
      'Long-term safety is not established; rare cases of malignancy (skin cancer, lymphoma) have been reported; avoid continuous long-term use. Not for children under 2 years; only tacrolimus 0.03% for ages 2 to 15.',
  }),
  label({
    id: 'label-vtama',
    label: 'Vtama (tapinarof) US label',
    citation: 'Vtama (tapinarof) cream 1%. US prescribing information.',
    url: dailyMedSearch('tapinarof'),
    urlNote: READ_IN_COPY,
    findings:
      'Pregnancy data insufficient; no significant adverse effects in animals at high multiples of the human dose. No human milk data; likely present in milk (rat data). Psoriasis: adults; atopic dermatitis: from 2 years.',
  }),
  lactMed(
    'lactmed-tapinarof',
    'Tapinarof',
    'Low risk because it is poorly absorbed; keep it off the nipple and areola and avoid infant contact with treated skin.',
  ),
  label({
    id: 'label-eucrisa',
    label: 'Eucrisa (crisaborole) US label',
    citation:
      'Eucrisa (crisaborole) ointment 2%. US prescribing information, use in specific populations (Pfizer Medical Information).',
    url: 'https://www.pfizermedicalinformation.com/eucrisa/population-use',
    urlNote: "The manufacturer's copy of the label section.",
    findings:
      'Case-report data are insufficient to inform a drug-associated risk in pregnancy; no adverse developmental effects in rats or rabbits at up to 3 and 2 times the human dose.',
  }),
  label({
    id: 'label-opzelura',
    label: 'Opzelura (ruxolitinib cream) US label',
    citation: 'Opzelura (ruxolitinib) cream 1.5%. US prescribing information, boxed warning.',
    url: dailyMedSearch('ruxolitinib cream'),
    findings:
      'Boxed warning (a class warning from oral JAK inhibitors): serious infections, mortality, malignancy, major adverse cardiovascular events and thrombosis.',
  }),
  // Systemic psoriasis and eczema treatments
  label({
    id: 'label-methotrexate',
    label: 'Methotrexate US label (boxed warning)',
    citation:
      'Methotrexate tablets. US prescribing information, boxed warning. DailyMed set id 757d6cef-6696-7a1c-8074-01258aaa8bdd.',
    url: dailyMedSetId('757d6cef-6696-7a1c-8074-01258aaa8bdd'),
    findings:
      'Embryo-fetal toxicity including fetal death; contraindicated in pregnancy for non-cancer diseases such as psoriasis. Serious adverse reactions including death.',
  }),
  label({
    id: 'label-xatmep',
    label: 'Xatmep (methotrexate oral solution) US label',
    citation:
      'Xatmep (methotrexate) oral solution. US prescribing information, boxed warning. DailyMed set id aec9984e-34c5-481b-b6bf-9bb5caf1daf8.',
    url: dailyMedSetId('aec9984e-34c5-481b-b6bf-9bb5caf1daf8'),
    findings: 'The boxed warning lists serious infections and bone-marrow suppression among serious adverse reactions.',
  }),
  label({
    id: 'smpc-jylamvo',
    label: 'Jylamvo (methotrexate) EU SmPC',
    citation: 'Jylamvo (methotrexate) oral solution. EU Summary of Product Characteristics (EMA, 2021).',
    url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/jylamvo',
    urlNote: READ_IN_COPY,
    year: 2021,
    findings:
      'Contraindicated in pregnancy for non-cancer use and while breastfeeding; contraindicated with live vaccines and in immunodeficiency.',
  }),
  label({
    id: 'monograph-methotrexate-canada',
    label: 'Methotrexate Canadian product monograph',
    citation: 'Methotrexate. Canadian product monograph, contraindications (Pfizer Canada).',
    url: 'https://pfizermedicalinformation.ca/methotrexate/contraindications',
    findings: 'Contraindicated in nursing mothers.',
  }),
  label({
    id: 'smpc-methotrexate-italy',
    label: 'Methotrexate Italian SmPC',
    citation:
      'Methotrexate solution for injection. Italian Summary of Product Characteristics, contraindications and section 4.6.',
    url: 'https://www.aifa.gov.it/',
    urlNote: "Read in a verbatim copy; the link is the Italian medicines agency's site.",
    findings:
      'The best interval between stopping methotrexate and conception is not established; the literature gives 3 months to 1 year.',
  }),
  lactMed(
    'lactmed-methotrexate',
    'Methotrexate',
    'Contraindicated with high-dose chemotherapy; low weekly doses are judged low risk by some and warned against by others; withholding breastfeeding for 24 hours cuts the infant dose by about 40%; consider infant blood counts and liver tests.',
    'https://www.ncbi.nlm.nih.gov/books/n/lactmed/LM466/',
  ),
  swiss(
    'swiss-pi-ciclosporin',
    'Ciclosporin',
    '52656',
    'Do not use in pregnancy unless the expected benefit outweighs the risk; it passes into breast milk and women taking it should not breastfeed.',
  ),
  label({
    id: 'label-neoral',
    label: 'Neoral (ciclosporin) US label (boxed warning)',
    citation: 'Neoral (cyclosporine) capsules and oral solution. US prescribing information, boxed warning.',
    url: dailyMedSearch('neoral'),
    findings: 'Boxed warning: increased susceptibility to infection and the possible development of lymphoma.',
  }),
  label({
    id: 'label-acitretin',
    label: 'Acitretin US label (boxed warning)',
    citation:
      'Acitretin capsules. US prescribing information, boxed warning. DailyMed set id 2150bb0f-551b-4059-a97b-187d3ab22519.',
    url: dailyMedSetId('2150bb0f-551b-4059-a97b-187d3ab22519'),
    findings:
      'Must not be used by females who are pregnant or may become pregnant during therapy or for at least 3 years after stopping; major fetal abnormalities reported. Alcohol converts acitretin to etretinate, which lingers longer.',
  }),
  swiss(
    'swiss-pi-acitretin',
    'Acitretin',
    '49227',
    'Contraception from 1 month before, during and for 3 years after treatment; no breastfeeding during treatment and for up to 3 years after; contraindicated with tetracyclines.',
  ),
  lactMed(
    'lactmed-acitretin',
    'Acitretin',
    'Low milk levels in one woman; opinions vary; topical alternatives are preferred.',
  ),
  label({
    id: 'label-otezla',
    label: 'Otezla (apremilast) labels (US and EU)',
    citation: 'Otezla (apremilast) tablets. US prescribing information and EU Summary of Product Characteristics.',
    url: dailyMedSearch('apremilast'),
    urlNote: 'Read only in a summary of the labels, not in the labels themselves.',
    findings:
      'US: animal data suggest increased fetal loss; very limited human data; pregnancy registry. The EU text is reported to contraindicate it in pregnancy (not read). Present in animal milk; unknown in human milk.',
  }),
  label({
    id: 'nksr-pde4-inhibitors',
    label: 'NKSR: PDE4 inhibitors in pregnancy and breastfeeding',
    citation:
      'Norwegian National Advisory Unit on Pregnancy and Rheumatic Diseases (NKSR), St Olavs Hospital. PDE4 inhibitors: medication guidance for health professionals.',
    url: 'https://www.stolav.no/avdelinger/klinikk-for-ortopedi-revmatologi-og-hudsykdommer/revmatologisk-avdeling/nasjonal-kompetansetjeneste-for-svangerskap-og-revmatologiske-sykdommer/nksr.no/for-helsepersonell/medikamentell-behandling/pde4-hemmere/',
    design: 'National specialist advisory service guidance.',
    findings: 'Apremilast should not be used while breastfeeding.',
  }),
  label({
    id: 'label-sotyktu',
    label: 'Sotyktu (deucravacitinib) US label',
    citation: 'Sotyktu (deucravacitinib) tablets. US prescribing information, use in specific populations.',
    url: dailyMedSearch('deucravacitinib'),
    urlNote: 'Read only in a summary of the label, not in the label itself.',
    findings:
      'Insufficient human pregnancy data; no embryo-fetal toxicity in animals; pregnancy registry. Unknown in human milk; present in animal milk.',
  }),
  label({
    id: 'labels-tnf-inhibitors',
    label: 'TNF inhibitor US labels (boxed warnings)',
    citation:
      'Adalimumab, infliximab, etanercept and certolizumab pegol. US prescribing information, boxed warnings (openFDA structured product labels).',
    url: dailyMedSetId('cd0e7af2-7704-49ce-bde9-f645294b6788'),
    urlNote: 'One of the four labels read; the others are on DailyMed under each drug name.',
    findings:
      'Boxed warning: serious infections (tuberculosis, invasive fungal and other opportunistic infections) and malignancy, including lymphoma, some fatal, in children and adolescents.',
  }),
  label({
    id: 'smpc-adalimumab-older',
    label: 'Adalimumab SmPC (older text)',
    citation:
      'Adalimumab (biosimilar). Summary of Product Characteristics, section 4.6 (an older version of the text).',
    url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/amgevita',
    urlNote: READ_IN_COPY,
    findings:
      'Not recommended in pregnancy; contraception for at least 5 months after the last dose; no breastfeeding for at least 5 months; live vaccines not recommended for 5 months for infants exposed in the womb.',
  }),
  label({
    id: 'nhs-adalimumab-pregnancy',
    label: 'NHS: adalimumab in pregnancy and breastfeeding',
    citation: 'NHS. Pregnancy, breastfeeding and fertility while taking adalimumab.',
    url: 'https://nhs.uk/medicines/adalimumab/pregnancy-breastfeeding-and-fertility-while-taking-adalimumab',
    design: 'National health service medicines information.',
    findings:
      'Adalimumab may be continued in pregnancy if needed and breastfeeding appears safe; infants exposed in the womb should have no live vaccines (rotavirus, BCG) in their first 6 months.',
  }),
  {
    id: 'mahadevan-2013-placental-transfer',
    type: 'cohort',
    label: 'Mahadevan 2013 (placental transfer of anti-TNF agents)',
    citation:
      'Mahadevan U, et al. Placental transfer of anti-tumor necrosis factor agents in pregnant patients with inflammatory bowel disease. Clin Gastroenterol Hepatol. 2013.',
    year: 2013,
    pmcid: 'PMC3913646',
    ocebmLevel: 4,
    design: 'Prospective study of drug levels in mothers, cord blood and infants.',
    findings:
      'Cord-blood levels were about 160% (infliximab) and 153% (adalimumab) of the mother\u2019s, detectable in infants up to 6 months; certolizumab cord levels were about 4%.',
  },
  label({
    id: 'smpc-cosentyx',
    label: 'Cosentyx (secukinumab) SmPC',
    citation: 'Cosentyx (secukinumab). Summary of Product Characteristics, sections 4.4 and 4.6.',
    url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/cosentyx',
    urlNote: READ_IN_COPY,
    findings:
      'Preferably avoid in pregnancy as a precaution; contraception for at least 20 weeks after the last dose; decide on breastfeeding during and up to 20 weeks after. Evaluate for tuberculosis before starting; do not use in active tuberculosis.',
  }),
  swiss(
    'swiss-pi-ixekizumab',
    'Taltz (ixekizumab)',
    '65907',
    'Do not use in pregnancy unless absolutely necessary; contraception for at least 10 weeks after the last dose; breastfeeding not recommended during and for at least 10 weeks after.',
  ),
  label({
    id: 'label-siliq',
    label: 'Siliq (brodalumab) US label (boxed warning)',
    citation: 'Siliq (brodalumab) injection. US prescribing information, boxed warning.',
    url: dailyMedSearch('brodalumab'),
    findings:
      'No human pregnancy data; IgG crosses the placenta. Boxed warning: suicidal ideation and behaviour; available only through the SILIQ REMS.',
  }),
  label({
    id: 'smpc-bimzelx',
    label: 'Bimzelx (bimekizumab) SmPC',
    citation: 'Bimzelx (bimekizumab). Summary of Product Characteristics, special warnings.',
    url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/bimzelx',
    urlNote: READ_IN_COPY,
    findings:
      'Contraindicated with clinically important active infection, including active tuberculosis. (Its pregnancy and breastfeeding text was not read.)',
  }),
  label({
    id: 'smpcs-il23-inhibitors',
    label: 'IL-23 inhibitor SmPCs (guselkumab, risankizumab, tildrakizumab, ustekinumab)',
    citation:
      'Tremfya (guselkumab), Skyrizi (risankizumab), Ilumetri (tildrakizumab) and ustekinumab. Summaries of Product Characteristics, section 4.6.',
    url: 'https://www.ema.europa.eu/en/medicines',
    urlNote: "Read in verbatim copies; the link is the EMA's medicines database.",
    findings:
      'Preferably avoid in pregnancy as a precaution. Contraception after the last dose: guselkumab at least 12 weeks, ustekinumab 15, tildrakizumab 17, risankizumab 20. In breastfeeding decide between breastfeeding and therapy (IgG passes into milk in the first days). Ustekinumab: over 450 first-trimester exposures without more major malformations; live vaccines (such as BCG) not recommended for infants exposed in the womb for 12 months after birth or until drug levels are undetectable.',
  }),
  swiss(
    'swiss-pi-nemolizumab',
    'Nemluvio (nemolizumab)',
    '69707',
    'Very limited experience: avoid in pregnancy as a precaution. Unknown whether it passes into milk; IgG passes into milk in the first days after birth, so a risk then cannot be excluded.',
  ),
  label({
    id: 'smpc-olumiant',
    label: 'Olumiant (baricitinib) EU SmPC',
    citation: 'Olumiant (baricitinib). EU Summary of Product Characteristics, sections 4.3 and 4.6.',
    url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/olumiant',
    urlNote: READ_IN_COPY,
    findings:
      'Contraindicated in pregnancy (teratogenic in rats and rabbits); contraception for at least 1 week after the last dose; should not be used while breastfeeding.',
  }),
  swiss('swiss-pi-baricitinib', 'Olumiant (baricitinib)', '66215', 'Do not use in pregnancy unless clearly necessary.'),
  label({
    id: 'label-rinvoq',
    label: 'Rinvoq (upadacitinib) US label and medication guide',
    citation: 'Rinvoq (upadacitinib) extended-release tablets. US prescribing information and medication guide.',
    url: dailyMedSearch('upadacitinib'),
    urlNote: READ_IN_COPY,
    findings:
      'May cause embryo-fetal harm (skeletal and cardiovascular malformations in animals): check pregnancy status before starting; do not breastfeed during treatment and for 6 days after the last dose. Boxed warning: serious infections, mortality, malignancy, major adverse cardiovascular events and thrombosis. Not recommended with live vaccines or other potent immunosuppressants.',
  }),
  label({
    id: 'smpc-cibinqo',
    label: 'Cibinqo (abrocitinib) EU SmPC',
    citation: 'Cibinqo (abrocitinib) film-coated tablets. EU Summary of Product Characteristics.',
    url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/cibinqo',
    urlNote:
      'Read in a copy of its indications and precautions only; its pregnancy and breastfeeding wording was read only in a summary.',
    findings:
      'For adults and adolescents 12 years and older with atopic dermatitis; screen for tuberculosis and do not start with an active serious infection.',
  }),
  label({
    id: 'label-imuran',
    label: 'Imuran (azathioprine) US label (boxed warning)',
    citation:
      'Imuran (azathioprine) tablets. US prescribing information, boxed warning and pregnancy section. DailyMed set id 606101a0-6244-7eff-e053-2a91aa0acadd.',
    url: dailyMedSetId('606101a0-6244-7eff-e053-2a91aa0acadd'),
    findings:
      'Can cause fetal harm: avoid in pregnancy whenever possible; neonatal lymphopenia and immune deficiency reported. Boxed warning: malignancy, including post-transplant lymphoma and hepatosplenic T-cell lymphoma.',
  }),
  lactMed(
    'lactmed-azathioprine',
    'Azathioprine',
    'Most experts consider breastfeeding acceptable: metabolite levels are low or unmeasurable; consider infant blood counts and liver tests; waiting 4 to 6 hours after a dose lowers exposure.',
    'https://www.ncbi.nlm.nih.gov/books/NBK501050/',
  ),
  label({
    id: 'label-cellcept',
    label: 'CellCept (mycophenolate) US label (boxed warning)',
    citation:
      'CellCept (mycophenolate mofetil). US prescribing information, boxed warning. DailyMed set id ce06afcb-4e6c-4b78-8bad-9909c8fffa52.',
    url: dailyMedSetId('ce06afcb-4e6c-4b78-8bad-9909c8fffa52'),
    findings:
      'Boxed warning: embryo-fetal toxicity (first-trimester pregnancy loss and congenital malformations), malignancies and serious infections; avoid in pregnancy if safer options are available. Prescribed under the Mycophenolate REMS.',
  }),
  label({
    id: 'smpc-mycophenolate',
    label: 'Mycophenolate EU SmPC and safety communication',
    citation:
      'Mycophenolate mofetil. EU Summary of Product Characteristics, section 4.6, and the 2015 direct healthcare-professional communication on teratogenic risk.',
    url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/cellcept',
    urlNote: 'Read in a national regulator\u2019s copy of the communication and a verbatim copy of section 4.6.',
    year: 2015,
    findings:
      'Contraindicated in pregnancy unless there is no suitable alternative, in women who can become pregnant and do not use highly effective contraception, and while breastfeeding. Contraception before, during and for 6 weeks after stopping.',
  }),
  label({
    id: 'emc-mycophenolate-pil',
    label: 'Mycophenolate UK patient information leaflet',
    citation:
      'CellCept (mycophenolate mofetil). UK patient information leaflet. electronic medicines compendium (emc), product 1103.',
    url: 'https://medicines.org.uk/emc/product/1103/xpil/print',
    findings:
      'Men should not donate semen during treatment and for 90 days after stopping. Not for children under 2 years (no dose recommendation).',
  }),
  label({
    id: 'mycophenolate-rems',
    label: 'Mycophenolate REMS',
    citation:
      'Mycophenolate Risk Evaluation and Mitigation Strategy (REMS), the programme approved by the US Food and Drug Administration.',
    url: 'https://psmycophenolaterems.com/',
    design: 'FDA-approved risk-management programme.',
    findings:
      'Prescriber education, patient counselling and a pregnancy registry for every mycophenolate prescription.',
  }),
  label({
    id: 'label-prednisone',
    label: 'Prednisone US label and SmPC',
    citation:
      'Prednisone tablets. US prescribing information and a Summary of Product Characteristics, pregnancy, breastfeeding and vaccination sections.',
    url: dailyMedSearch('prednisone'),
    urlNote: READ_IN_COPY,
    findings:
      'In pregnancy weigh the benefit against the hazard and use the lowest effective dose; a possible small risk of oral cleft with first-trimester use is discussed; watch infants of mothers on substantial doses for adrenal insufficiency. Live vaccines are contraindicated at immunosuppressive doses. One SmPC advises stopping breastfeeding above 10 mg a day.',
  }),
  lactMed(
    'lactmed-prednisolone',
    'Prednisolone',
    'Milk levels are very low and no infant harm has been reported; waiting 4 hours after a dose is not needed; medium to large doses can briefly reduce milk supply.',
    'https://www.ncbi.nlm.nih.gov/books/n/lactmed/LM223/',
  ),
  // Rosacea
  label({
    id: 'label-metrogel',
    label: 'MetroGel (metronidazole gel) US labels',
    citation:
      'MetroGel (metronidazole) gel 0.75% (older text) and metronidazole gel 1% (current text). US prescribing information.',
    url: dailyMedSearch('metronidazole gel'),
    urlNote: READ_IN_COPY,
    findings:
      'No experience in pregnancy: use only if clearly needed (the oral form crosses the placenta). Current 1% gel label: breastfeeding is not recommended during treatment.',
  }),
  label({
    id: 'smpc-soolantra',
    label: 'Soolantra (ivermectin cream) SmPC',
    citation: 'Soolantra (ivermectin) 10 mg/g cream. Summary of Product Characteristics, section 4.6.',
    url: EMC,
    urlNote: READ_IN_COPY,
    findings:
      'Not recommended in pregnancy (oral ivermectin is teratogenic in animals; exposure after skin use is low). In breastfeeding a risk cannot be excluded.',
  }),
  swiss(
    'swiss-pi-ivermectin-cream',
    'Soolantra (ivermectin cream)',
    '65561',
    'Not in pregnancy unless absolutely necessary; do not use while breastfeeding (stop breastfeeding if treatment is needed).',
  ),
  label({
    id: 'smpc-mirvaso',
    label: 'Mirvaso (brimonidine gel) SmPC and US label',
    citation:
      'Mirvaso (brimonidine) 3 mg/g gel. Summary of Product Characteristics, section 4.6, and US prescribing information, warnings.',
    url: 'https://www.ema.europa.eu/en/medicines/human/EPAR/mirvaso',
    urlNote: READ_IN_COPY,
    findings:
      'Preferably avoid in pregnancy; should not be used while breastfeeding. Serious reactions (apnoea, slow heart rate, lethargy) in two young children after accidental ingestion: keep it out of reach of children.',
  }),
  label({
    id: 'label-rhofade',
    label: 'Rhofade (oxymetazoline cream) US label',
    citation:
      'Rhofade (oxymetazoline) cream 1%. US prescribing information. DailyMed set id f7dbf12e-a802-4261-bae2-c20977698933.',
    url: dailyMedSetId('f7dbf12e-a802-4261-bae2-c20977698933'),
    findings:
      'No data in pregnant women (a literature report links second-trimester nasal oxymetazoline with renal anomalies; no adverse developmental effects in animals). Unknown in human milk; found in rat milk. For adults; not known to be safe under 18.',
  }),
  // Seborrhoeic dermatitis
  label({
    id: 'smpc-ketoconazole-shampoo',
    label: 'Ketoconazole 2% shampoo SmPC',
    citation: 'Ketoconazole 2% shampoo. Summary of Product Characteristics, section 4.6.',
    url: EMC,
    urlNote: READ_IN_COPY,
    findings:
      'No known risks in pregnancy or breastfeeding; not detectable in plasma after scalp use (detected after whole-body use).',
  }),
  swiss(
    'swiss-pi-ketoconazole-cream',
    'Ketoconazole cream',
    '46100',
    'Risk in pregnancy negligible; keep it off the breast area while breastfeeding.',
  ),
  lactMed(
    'lactmed-ketoconazole',
    'Ketoconazole',
    'Topical or shampoo use poses little or no risk to the breastfed infant; avoid the breast and nipple.',
  ),
  label({
    id: 'label-loprox-shampoo',
    label: 'Loprox (ciclopirox) shampoo US label',
    citation: 'Loprox (ciclopirox) shampoo 1%. US prescribing information, pediatric use.',
    url: dailyMedSearch('ciclopirox shampoo'),
    urlNote: READ_IN_COPY,
    findings: 'Not studied in children under 16 years.',
  }),
  label({
    id: 'label-selenium-sulfide',
    label: 'Selenium sulfide US labels',
    citation: 'Selenium sulfide 2.3% shampoo and 2.5% lotion. US prescribing information (FDA, 2020).',
    url: dailyMedSearch('selenium sulfide'),
    urlNote: READ_IN_COPY,
    year: 2020,
    findings:
      'No animal studies; should not be used by pregnant women under ordinary circumstances; unknown in breast milk, use with caution; safety and effectiveness in children (for the lotion, infants) not established.',
  }),
  label({
    id: 'label-sporanox',
    label: 'Sporanox (itraconazole) US label',
    citation: 'Sporanox (itraconazole) capsules. US prescribing information, contraindications and boxed warning.',
    url: dailyMedSearch('itraconazole'),
    urlNote: READ_IN_COPY,
    findings:
      'Contraindicated for onychomycosis in pregnant women and women contemplating pregnancy. Boxed warning: congestive heart failure, cardiac effects and CYP3A4 drug interactions.',
  }),
  swiss(
    'swiss-pi-terbinafine',
    'Terbinafine tablets',
    '57174',
    'Do not use in pregnancy unless clearly necessary; patients taking the tablets should not breastfeed.',
  ),
  label({
    id: 'label-lamisil-tablets',
    label: 'Lamisil (terbinafine) tablets US label',
    citation: 'Lamisil (terbinafine) tablets. US prescribing information, pregnancy and lactation.',
    url: dailyMedSearch('terbinafine tablets'),
    urlNote: 'Read only in a summary of the label, not in the label itself.',
    findings:
      'Onychomycosis treatment can wait, so oral terbinafine should not be started in pregnancy; present in human milk.',
  }),
  lactMed(
    'lactmed-chlorhexidine',
    'Chlorhexidine',
    'No toxicity reported in breastfed infants; use on the breast before and after feeds caused no harm in one study.',
  ),
];
