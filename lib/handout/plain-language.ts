/**
 * Plain-language wording for patient handouts, keyed by knowledge-base id (adjunct, statement, condition), alert code,
 * caveat code, certainty and stance. Every sentence here restates something the knowledge base (lib/kb/data) says, in
 * words a patient can read (aim: school grade 6–7); nothing here adds a clinical fact.
 *
 * `fingerprint` records which version of the knowledge-base entry the wording was written from. When that entry
 * changes, lib/handout/plain-language.test.ts fails and names the entry: re-read it, update the wording, then the
 * fingerprint (the test prints the new one).
 */
import type { Certainty, Stance } from '@/lib/kb/schema';

export interface AdjunctPlain {
  fingerprint: string;
  /** Heading for the product. */
  name: string;
  /** What it is, in one or two sentences. */
  what: string;
  /** The studied amount in words; null when our sources did not check it (the handout then says so). */
  amount: string | null;
  /** How long it was taken in the study, as a sentence. */
  howLong: string;
  /** The product as studied: its brand and maker, or that the study did not name one. */
  product: string;
  /** What people in the study used alongside it, or that we could not find out. */
  background: string;
}

export const adjunctPlain: Record<string, AdjunctPlain> = {
  'jung-three-strain-lactobacillus-bifidobacterium': {
    fingerprint: 'c4421e40',
    name: 'Probiotic capsule with 3 kinds of bacteria',
    what: 'It is a probiotic: a capsule with 3 kinds of live bacteria.',
    amount:
      'In the study, each capsule had 5 billion CFU of Lactobacillus acidophilus, 5 billion CFU of Lactobacillus delbrueckii subsp. bulgaricus and 20 billion CFU of Bifidobacterium bifidum. People took 2 capsules a day.',
    howLong: 'People took it for 12 weeks.',
    product: 'The study did not name a brand or the company that made it.',
    background: 'In the study, some people also took an antibiotic called minocycline. We could not find out how much.',
  },
  'lactobacillus-rhamnosus-sp1': {
    fingerprint: '20324ffe',
    name: 'Liquid probiotic with Lactobacillus rhamnosus SP1',
    what: 'It is a probiotic: a liquid with 1 kind of live bacteria.',
    amount: 'In the study, people took 3 billion CFU a day.',
    howLong: 'People took it for 12 weeks.',
    product:
      'The study did not give a brand name. A company called Biodue gave some of the product and helped pay for the study.',
    background: 'We could not find out if people in the study used other acne treatment.',
  },
  'lactobacillus-rhamnosus-cect-30031-arthrospira': {
    fingerprint: '373f28e3',
    name: 'Probiotic with spirulina',
    what: 'It is a probiotic with 1 kind of live bacteria, mixed with spirulina (Arthrospira platensis). It comes as a capsule taken by mouth.',
    amount: null,
    howLong: 'People took it for 12 weeks.',
    product: 'The study did not give a brand name, so we cannot tell you which product on sale is the same, if any.',
    background: 'We could not find out if people in the study used other acne treatment.',
  },
  'navarro-lopez-psoriasis-three-strain': {
    fingerprint: '2db472bc',
    name: 'Probiotic capsule with 3 kinds of bacteria',
    what: 'It is a probiotic: a capsule with 3 kinds of live bacteria.',
    amount: 'In the study, each capsule had 1 billion CFU. People took 1 capsule a day.',
    howLong: 'People took it for 12 weeks.',
    product: 'The study did not give a brand name. A product would need to list all 3 strains shown above.',
    background:
      'Everyone in the study also used a steroid cream or ointment on the skin. Reports do not agree on which one.',
  },
  'bacillus-spores-with-fos-xos-gos': {
    fingerprint: '3d836e1e',
    name: 'Spore probiotic with prebiotic fibre',
    what: 'It is a synbiotic: 5 kinds of live Bacillus bacteria (as spores) with prebiotic fibre. The study did not say if it came as capsules, a powder or something else.',
    amount: null,
    howLong: 'People took the bacteria for 12 weeks and the fibre for 8 weeks.',
    product: 'The study did not give a brand name or the company that made it.',
    background: 'Everyone in the study also used a treatment for psoriasis on the skin.',
  },
  'navarro-lopez-ad-three-strain': {
    fingerprint: '5c55a263',
    name: 'Probiotic capsule with 3 kinds of bacteria',
    what: 'It is a probiotic: a capsule with 3 kinds of live bacteria.',
    amount: null,
    howLong: 'They took it for 12 weeks.',
    product: 'The study did not give a brand name. A product would need to list all 3 strains shown above.',
    background: 'Children in the study also used a steroid cream when their eczema flared up.',
  },
  'lgg-perinatal': {
    fingerprint: '4624851f',
    name: 'Lactobacillus rhamnosus GG for mother and baby',
    what: 'It is a probiotic with 1 kind of live bacteria. In the study, mothers took it as capsules.',
    amount: 'In the study, the amount was 10 billion CFU a day.',
    howLong:
      'Mothers took it for 2 to 4 weeks before the birth. It was then given for 6 months after the birth. We could not read whether the baby or the breastfeeding mother took it then.',
    product: 'The study used LGG made by a company called Valio.',
    background: 'It was not taken with a skin treatment. It was taken to lower the chance of eczema.',
  },
  'escherichia-coli-nissle-1917': {
    fingerprint: '9ed5c61f',
    name: 'Probiotic capsule with E. coli Nissle 1917',
    what: 'It is a probiotic: a capsule with 1 kind of live bacteria.',
    amount: null,
    howLong: 'In the study, people took 2 capsules a day for 1 month.',
    product: 'The study did not give a brand name.',
    background: 'Everyone in the study also ate a vegetarian diet and used a cream or ointment on the skin.',
  },
  'lactobacillus-paracasei-ncc-2461': {
    fingerprint: 'bf5f59b2',
    name: 'Probiotic sachet with Lactobacillus paracasei',
    what: 'It is a probiotic: a sachet with 1 kind of live bacteria.',
    amount: 'In the study, people took 1 billion CFU a day.',
    howLong: 'People took it for 56 days (8 weeks).',
    product: 'The study did not give a brand name.',
    background:
      'The men in the study were healthy and had dandruff. The study did not say that they used any other treatment.',
  },
  'lactobacillus-reuteri-atcc-55730': {
    fingerprint: '88bd1446',
    name: 'Probiotic with Lactobacillus reuteri ATCC 55730',
    what: 'It is a probiotic with 1 kind of live bacteria. We could not read if it was a capsule, drops or something else.',
    amount: 'In the study, the amount was 100 million CFU. We could not read how often people took it.',
    howLong: 'We could not read how long people took it.',
    product: 'We could not find a brand name or maker for the product in the study.',
    background: 'Everyone in the study also took an allergy medicine called ebastine.',
  },
};

/** Why the doctor mentioned it: what the study found, per evidence statement (condition × product). */
export const statementPlain: Record<string, { fingerprint: string; why: string }> = {
  'acne-jung-mix-with-minocycline': {
    fingerprint: '3eebfffb',
    why: 'In one small study, 45 women aged 18 to 35 with acne took an antibiotic called minocycline. Those who also took this probiotic had fewer spots than those who took minocycline alone. But everyone knew what they took, and each group was small.',
  },
  'acne-l-rhamnosus-sp1': {
    fingerprint: 'ea3adf1b',
    why: 'One pilot study of 20 adults with acne mostly looked at changes inside the skin. More people were rated as better than with a dummy liquid (placebo). But the study was too small to be sure.',
  },
  'acne-l-rhamnosus-cect-30031': {
    fingerprint: '63aac1f3',
    why: 'In one study of young people aged 12 to 30, acne got better in half of those who took it. It got better in about 3 in 10 of those who took a dummy product (placebo). The total number of spots was not clearly different.',
  },
  'psoriasis-navarro-lopez-mix': {
    fingerprint: '7f03dcf5',
    why: 'In one study of 88 adults with mild to moderate psoriasis, everyone used a steroid treatment on the skin. More of those who also took this probiotic got a lot better than those who took a dummy capsule (placebo). They also had fewer flares over the next 6 months.',
  },
  'psoriasis-buhas-synbiotic': {
    fingerprint: 'ae670e1a',
    why: 'In one study of 63 people with psoriasis, those who took it did better than those who did not. But people were not put into groups by chance, and the groups were not alike at the start. So the study cannot show that the product helped.',
  },
  'ad-navarro-lopez-mix-children': {
    fingerprint: '1ea1e81b',
    why: 'In one small study of 50 children aged 4 to 17, eczema got better and children used steroid cream on fewer days than with a dummy capsule (placebo). The researchers had links to the company that made the product, and the study needs to be done again to be sure. Larger reviews found that probiotics probably make little or no difference to eczema.',
  },
  'ad-prevention-lgg-perinatal': {
    fingerprint: 'd6a365b5',
    why: 'In one study of 159 families with a history of allergies, mothers took it before the birth and for 6 months after. By age 2, half as many of these children had eczema: 23 in 100, against 46 in 100 with a dummy product (placebo). Other studies did not all find this.',
  },
  'rosacea-e-coli-nissle': {
    fingerprint: '50886b45',
    why: 'One small study of 57 people with spots on the face found that more got better with it. But the study mixed rosacea with other skin problems and did not report rosacea alone. A small study of another probiotic in rosacea found that it did not help.',
  },
  'sd-l-paracasei-dandruff': {
    fingerprint: '090bfdd4',
    why: 'The only study was in 60 healthy men with dandruff, not in people with seborrheic dermatitis. Dandruff and red scalp got better than with a dummy product (placebo). Two companies, L’Oréal and Nestlé, paid for the study.',
  },
  'sd-e-coli-nissle': {
    fingerprint: '5f0db9ef',
    why: 'One small study of 57 people mixed seborrheic dermatitis with other skin problems on the face. It did not report seborrheic dermatitis alone, so it cannot show if this helps.',
  },
  'urticaria-l-reuteri-atcc-55730-with-ebastine': {
    fingerprint: 'a1d2d805',
    why: 'In one study of 60 people with hives that keep coming back, everyone took an allergy medicine called ebastine. More of those who also took this probiotic got better: about 8 in 10, against 5 in 10. But people were not put into groups by chance, so the study cannot show that the probiotic helped.',
  },
};

export interface ConditionPlain {
  fingerprint: string;
  /** The condition in plain words, as it reads in "… for your acne". */
  name: string;
  title: string;
  /** Where the research stands for this question, said once near the top; null when the product text says enough. */
  note: string | null;
  /** `note` said to a parent about their child, when `note` speaks of "you". */
  childNote?: string;
}

export const conditionPlain: Record<string, ConditionPlain> = {
  'acne-vulgaris': { fingerprint: '0d21749e', name: 'acne', title: 'Probiotics and your acne', note: null },
  psoriasis: { fingerprint: '7fd69937', name: 'psoriasis', title: 'Probiotics and your psoriasis', note: null },
  'atopic-dermatitis': {
    fingerprint: 'a653b480',
    name: 'eczema (atopic dermatitis)',
    title: 'Probiotics and your eczema',
    note: 'For eczema you already have, large reviews found that probiotics probably make little or no difference.',
    childNote:
      'For eczema your child already has, large reviews found that probiotics probably make little or no difference.',
  },
  'atopic-dermatitis-prevention': {
    fingerprint: '7307f2c0',
    name: 'eczema prevention in a baby at high risk',
    title: 'Probiotics and eczema in your baby',
    note: 'This is about lowering the chance that a baby gets eczema. It is not a treatment for eczema. Studies do not all agree.',
  },
  rosacea: {
    fingerprint: '99cb9817',
    name: 'rosacea',
    title: 'Probiotics and your rosacea',
    note: 'There is not enough research to know if probiotics help rosacea.',
  },
  'seborrheic-dermatitis': {
    fingerprint: '752bbaba',
    name: 'seborrheic dermatitis',
    title: 'Probiotics and your seborrheic dermatitis',
    note: 'There is not enough research to know if probiotics help seborrheic dermatitis.',
  },
  'hidradenitis-suppurativa': {
    fingerprint: 'a4501933',
    name: 'hidradenitis suppurativa',
    title: 'Probiotics and your skin',
    note: 'No good study has tested a probiotic or prebiotic for hidradenitis suppurativa, so there is no product to suggest.',
  },
  'chronic-urticaria': {
    fingerprint: '414f6181',
    name: 'hives that keep coming back (chronic urticaria)',
    title: 'Probiotics and your hives',
    note: 'Some small studies found that adding a probiotic to an allergy medicine may help hives. But each study used a different product, so we do not know which one to take.',
  },
};

/** What the grade of the evidence means for the patient. */
export const certaintyPlain: Record<Certainty, string> = {
  high: 'Strong research found that it helps.',
  moderate: 'Good research found that it probably helps.',
  low: 'A small study or two found it may help a little.',
  'very-low': 'We do not know if it helps.',
};

/** One line under each product's name. */
export const stancePlain: Record<Stance, string> = {
  consider: 'An option to talk about with your doctor. You do not have to take it.',
  'consider-with-caution': 'An option, but your doctor needs to check a few things first (see below).',
  'insufficient-evidence': 'There is not enough research to know if this helps.',
  avoid: 'Not for you right now.',
};

export interface AlertPlain {
  fingerprint: string;
  /**
   * Where it is printed: `product` as an item under "When to stop and call" of each product it applies to;
   * `patient` once near the top, whatever product is chosen.
   */
  scope: 'product' | 'patient';
  /** The item, in plain words. */
  text: string;
  /** When it rules a product out: the reason printed under "Not for you right now". */
  reason?: string;
  /** A question it raises for the doctor or pharmacist. */
  question?: string;
  /**
   * `text` said to a parent or carer about their child (the `child` reader). Needed whenever `text` speaks of "you";
   * a test reads every child's handout for "you have", "you take", "for me" and the like.
   */
  child?: string;
  /** `question` as a parent asks it about their child. */
  childQuestion?: string;
}

/** Keyed by safety-rule alert code (lib/kb/data/safety.ts), plus the alerts the engine adds itself. */
export const alertPlain: Record<string, AlertPlain> = {
  'live-microbes-immunocompromised': {
    fingerprint: '94cc26ff',
    scope: 'patient',
    text: 'Your body’s defences (immune system) are weak. Live bacteria can then get into the blood and cause a serious infection.',
    reason:
      'It has live bacteria. When the body’s defences are weak, live bacteria can get into the blood and cause a serious infection.',
    child:
      'Your child’s body defences (immune system) are weak. Live bacteria can then get into the blood and cause a serious infection.',
  },
  'live-microbes-central-line': {
    fingerprint: '4d70c4d6',
    scope: 'patient',
    text: 'You have a central line (a thin tube in a large vein). Probiotics have caused blood infections in people with a central line.',
    reason:
      'It has live bacteria. Probiotics have caused blood infections in people with a central line (a thin tube in a large vein).',
    child:
      'Your child has a central line (a thin tube in a large vein). Probiotics have caused blood infections in people with a central line.',
  },
  'live-microbes-critical-illness': {
    fingerprint: '5a28fe8e',
    scope: 'patient',
    text: 'You are very ill or fed through a tube. Probiotics have caused blood infections in people who are very ill.',
    reason:
      'It has live bacteria. Probiotics have caused blood infections in people who are very ill or fed through a tube.',
    child:
      'Your child is very ill or fed through a tube. Probiotics have caused blood infections in people who are very ill.',
  },
  'live-microbes-severe-pancreatitis': {
    fingerprint: 'c541b6eb',
    scope: 'patient',
    text: 'You have severe pancreatitis. In one study of people with severe pancreatitis, more died when they took a probiotic.',
    reason: 'In one study of people with severe pancreatitis, more died when they took a probiotic.',
    child:
      'Your child has severe pancreatitis. In one study of people with severe pancreatitis, more died when they took a probiotic.',
  },
  'live-microbes-short-bowel': {
    fingerprint: 'f6682c68',
    scope: 'patient',
    text: 'You have short bowel syndrome. In people with a short bowel, probiotics have caused acid to build up in the blood, which can affect the brain.',
    reason:
      'In people with a short bowel, probiotics have caused acid to build up in the blood, which can affect the brain.',
    child:
      'Your child has short bowel syndrome. In people with a short bowel, probiotics have caused acid to build up in the blood, which can affect the brain.',
  },
  'live-microbes-preterm-neonate': {
    fingerprint: '73fd48c0',
    scope: 'patient',
    text: 'Do not give probiotics to a baby born early or a newborn in hospital. A baby born early died of an infection from the bacteria in a probiotic.',
    reason:
      'Do not give probiotics to a baby born early or a newborn in hospital. A baby born early died of an infection from the bacteria in a probiotic.',
  },
  infant: {
    fingerprint: 'b9636a21',
    scope: 'patient',
    text: 'No probiotic is approved for babies by the FDA, the US medicines agency. These products are sold as supplements, which the FDA does not check first. Do not give one if your baby was born early or is in hospital care.',
    question: 'Is it safe for a baby this young?',
  },
  'systemic-immunosuppressant': {
    fingerprint: '63966514',
    scope: 'patient',
    text: 'You take a medicine that lowers your body’s defences. Live bacteria may then cause an infection. There is no research on whether probiotics help people on these medicines.',
    question: 'Is it safe for me with the medicine I take for my immune system?',
    child:
      'Your child takes a medicine that lowers the body’s defences. Live bacteria may then cause an infection. There is no research on whether probiotics help people on these medicines.',
    childQuestion: 'Is it safe for my child with the medicine for their immune system?',
  },
  biologic: {
    fingerprint: '85119d45',
    scope: 'patient',
    text: 'You take a biologic, a medicine that changes how your body’s defences work. Live bacteria may then cause an infection. There is no research on whether probiotics help people on biologics.',
    question: 'Is it safe for me with my biologic?',
    child:
      'Your child takes a biologic, a medicine that changes how the body’s defences work. Live bacteria may then cause an infection. There is no research on whether probiotics help people on biologics.',
    childQuestion: 'Is it safe for my child with their biologic?',
  },
  'jak-inhibitor': {
    fingerprint: 'c2a67844',
    scope: 'patient',
    text: 'You take a JAK or TYK2 tablet, which lowers your body’s defences. Live bacteria may then cause an infection. There is no research on whether probiotics help people on these tablets.',
    question: 'Is it safe for me with my JAK or TYK2 tablet?',
    child:
      'Your child takes a JAK or TYK2 tablet, which lowers the body’s defences. Live bacteria may then cause an infection. There is no research on whether probiotics help people on these tablets.',
    childQuestion: 'Is it safe for my child with their JAK or TYK2 tablet?',
  },
  'oral-antibiotic-spacing': {
    fingerprint: 'a2c60196',
    scope: 'patient',
    text: 'You take an antibiotic by mouth. If you take a probiotic, take it at least 2 hours before or after your antibiotic.',
    question: 'How should I time it with my antibiotic?',
    child:
      'Your child takes an antibiotic by mouth. If you give your child a probiotic, give it at least 2 hours before or after the antibiotic.',
    childQuestion: 'How should I time it with my child’s antibiotic?',
  },
  'antifungal-yeast-probiotic': {
    fingerprint: '663a58c4',
    scope: 'product',
    text: 'You use a medicine for a fungal infection. It may stop a yeast probiotic from working. Do not take the two together.',
    reason: 'It has a live yeast, and your medicine for a fungal infection may stop it from working.',
    child:
      'Your child uses a medicine for a fungal infection. It may stop a yeast probiotic from working. Do not give the two together.',
  },
  'live-microbes-combined-immunosuppression': {
    fingerprint: 'c996c6e7',
    scope: 'patient',
    text: 'You take two or more medicines that lower your body’s defences. Live bacteria can then get into the blood and cause a serious infection.',
    reason:
      'It has live bacteria. With two or more medicines that lower the body’s defences, live bacteria could cause a serious infection.',
    child:
      'Your child takes two or more medicines that lower the body’s defences. Live bacteria can then get into the blood and cause a serious infection.',
  },
  'structural-heart-disease': {
    fingerprint: '98149d3b',
    scope: 'patient',
    text: 'You have a heart valve problem or had a heart valve infection. In rare cases, Lactobacillus bacteria, found in many probiotics, have caused a heart valve infection.',
    question: 'Is it safe for me with my heart valve?',
    child:
      'Your child has a heart valve problem or had a heart valve infection. In rare cases, Lactobacillus bacteria, found in many probiotics, have caused a heart valve infection.',
    childQuestion: 'Is it safe for my child with their heart valve problem?',
  },
  'surgery-planned': {
    fingerprint: '3fbd73d7',
    scope: 'patient',
    text: 'You have an operation coming up. If you take a probiotic, ask your doctor if you should stop it before you go into hospital.',
    question: 'Should I stop it before my operation?',
    child:
      'Your child has an operation coming up. If your child takes a probiotic, ask your doctor if it should stop before the hospital stay.',
    childQuestion: 'Should my child stop it before the operation?',
  },
  'soy-allergen-unknown': {
    fingerprint: '6839d815',
    scope: 'patient',
    text: 'You have a soy allergy. No one has checked if products like this have soy in them. Ask the maker before you take one.',
    question: 'Does this product have soy in it?',
    child:
      'Your child has a soy allergy. No one has checked if products like this have soy in them. Ask the maker before you give one.',
  },
  'yeast-allergy-yeast-product': {
    fingerprint: '1148f590',
    scope: 'product',
    text: 'You have a yeast allergy. This product is a yeast.',
    reason: 'It is a yeast, and you have a yeast allergy.',
    child: 'Your child has a yeast allergy. This product is a yeast.',
  },
  'yeast-allergy-excipients-unknown': {
    fingerprint: '881945cb',
    scope: 'patient',
    text: 'You have a yeast allergy. We do not know if products like this have anything made from yeast in them. Check the full list of what is in a product.',
    child:
      'Your child has a yeast allergy. We do not know if products like this have anything made from yeast in them. Check the full list of what is in a product.',
  },
  lactose: {
    fingerprint: '35c5b267',
    scope: 'product',
    text: 'Some probiotic products have lactose (milk sugar) in them. Check the label.',
  },
  'pregnancy-prebiotics': {
    fingerprint: 'ecfa37d2',
    scope: 'product',
    text: 'You are pregnant. A review of studies judged prebiotic fibre safe in pregnancy.',
  },
  'breastfeeding-prebiotics': {
    fingerprint: '8542d3f5',
    scope: 'product',
    text: 'You are breastfeeding. A review of studies judged prebiotic fibre safe while breastfeeding.',
  },
  'prebiotics-children': {
    fingerprint: 'ea7d515f',
    scope: 'product',
    text: 'The fibre in it was only studied in adults.',
  },
  'spirulina-contamination': {
    fingerprint: '6e69be81',
    scope: 'product',
    text: 'It has spirulina, a kind of algae. Some algae products have had harmful toxins or metals in them. Only use a product that has been tested to be free of them.',
    question: 'Has this product been tested to be free of toxins and metals?',
  },
  'spirulina-allergy': {
    fingerprint: '9bd54f44',
    scope: 'product',
    text: 'Allergy to spirulina is rare, but it can be serious.',
  },
  'spirulina-pregnancy': {
    fingerprint: '0cd1a1f9',
    scope: 'product',
    text: 'You are pregnant. It has spirulina, and no one knows if spirulina is safe in pregnancy.',
    reason: 'It has spirulina, and no one knows if spirulina is safe in pregnancy.',
  },
  'spirulina-lactation': {
    fingerprint: 'bf0708f0',
    scope: 'product',
    text: 'You are breastfeeding. It has spirulina, and no one knows if spirulina is safe for a breastfed baby.',
  },
  'spirulina-children': {
    fingerprint: 'd33a2821',
    scope: 'product',
    text: 'It has spirulina. Toxins in some spirulina products are more harmful to children.',
  },
  'spirulina-autoimmune': {
    fingerprint: '3e627641',
    scope: 'product',
    text: 'You have an autoimmune disease. Spirulina has been linked to some autoimmune diseases starting or getting worse.',
    reason: 'It has spirulina, which has been linked to some autoimmune diseases starting or getting worse.',
    child:
      'Your child has an autoimmune disease. Spirulina has been linked to some autoimmune diseases starting or getting worse.',
  },
  'spirulina-phenylketonuria': {
    fingerprint: 'cfc9599f',
    scope: 'product',
    text: 'You have PKU. Spirulina has phenylalanine in it.',
    reason: 'It has spirulina, which has phenylalanine in it. That is not safe with PKU.',
    child: 'Your child has PKU. Spirulina has phenylalanine in it.',
  },
  'spirulina-immunosuppressants': {
    fingerprint: '4cc577fe',
    scope: 'product',
    text: 'Spirulina might make a medicine for your immune system work less well. No one has seen this happen yet.',
    question: 'Could the spirulina affect my other medicine?',
    child:
      'Spirulina might make a medicine for your child’s immune system work less well. No one has seen this happen yet.',
    childQuestion: 'Could the spirulina affect my child’s other medicine?',
  },
  'saccharomyces-boulardii-pregnancy': {
    fingerprint: '04b41bdb',
    scope: 'product',
    text: 'You are pregnant. This yeast probiotic is not advised in pregnancy, to be safe.',
    reason: 'It is a yeast probiotic, which is not advised in pregnancy, to be safe.',
  },
  'saccharomyces-boulardii-lactation': {
    fingerprint: '1940c1ff',
    scope: 'product',
    text: 'You are breastfeeding. This yeast does not pass into breast milk.',
  },
  'milk-allergen': {
    fingerprint: '22c7414a',
    scope: 'patient',
    text: 'You have a milk allergy. In one check, 10 of 11 probiotic products had milk protein in them, even one labelled milk-free. Ask your doctor before you take any probiotic.',
    question: 'Has this product been tested for milk?',
    child:
      'Your child has a milk allergy. In one check, 10 of 11 probiotic products had milk protein in them, even one labelled milk-free. Ask your doctor before you give your child any probiotic.',
  },
  'egg-allergen': {
    fingerprint: 'ea883f76',
    scope: 'patient',
    text: 'You have an egg allergy. In one check, 3 of 11 probiotic products had egg protein in them. You cannot rely on the label for this.',
    question: 'Has this product been tested for egg?',
    child:
      'Your child has an egg allergy. In one check, 3 of 11 probiotic products had egg protein in them. You cannot rely on the label for this.',
  },
  pregnancy: {
    fingerprint: 'ad2e7dbf',
    scope: 'product',
    text: 'You are pregnant. Reviews of studies in pregnancy found no safety problems with Lactobacillus or Bifidobacterium products. In one study, a mix of 2 kinds of Lactobacillus led to more discharge from the vagina and changes in stools.',
  },
  breastfeeding: {
    fingerprint: 'bbf7f659',
    scope: 'product',
    text: 'You are breastfeeding. A review of studies judged probiotics safe while breastfeeding.',
  },
  'prebiotic-gi-effects': {
    fingerprint: '5236ad80',
    scope: 'product',
    text: 'The fibre in it can cause wind and bloating. How much depends on the type of fibre and the amount.',
  },
  'eczema-treatment-to-prevention': {
    fingerprint: 'engine',
    scope: 'patient',
    text: 'Lowering the chance of eczema in a baby is a different question, with different research. Ask your doctor if you want to know about it.',
  },
};

/** Caveats every suggestion carries (lib/kb/data/safety.ts standardCaveats and topicalInteractionNote). */
export const caveatPlain: Record<string, { fingerprint: string; text: string }> = {
  'research-needed': { fingerprint: '582a90ba', text: 'Researchers are still studying products like this.' },
  'long-term-unknown': {
    fingerprint: '14dd4e29',
    text: 'No one knows yet how well products like this work, or how safe they are, over a long time. The studies lasted a few weeks or months.',
  },
  'strain-specific': {
    fingerprint: '331ec8b4',
    text: 'Other products are different, even if they have the same kind of bacteria.',
  },
  'supplement-regulation': {
    fingerprint: '0b6dbb0c',
    text: 'Supplements are not checked like medicines before they are sold, and labels are not always right.',
  },
  'alongside-not-instead': {
    fingerprint: '02843a03',
    text: 'Keep using the skin treatment your doctor gave you. This product is an extra, not a swap.',
  },
  'no-known-interaction-topicals': {
    fingerprint: 'a18241ad',
    text: 'We found no report of problems when it is taken while using skin creams or gels. That does not prove it is safe with them.',
  },
};

/** Plain words for an alert about one of the patient's own medicines, by topic and by what its label says. */
export function regimenAlertPlain(
  topic: 'pregnancy' | 'lactation' | 'children',
  severity: 'critical' | 'warning' | 'info',
  drugs: readonly string[],
  atAge = 'at your age',
): string {
  const list = (xs: readonly string[]) => (xs.length === 1 ? xs[0]! : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
  const names = list(drugs);
  // Mid-sentence a drug name is written in lower case ("that topical corticosteroid is"), an acronym as it is.
  const inSentence = list(drugs.map((d) => (/^[A-Z][a-z]/.test(d) ? d[0]!.toLowerCase() + d.slice(1) : d)));
  const when = topic === 'pregnancy' ? 'in pregnancy' : topic === 'lactation' ? 'while breastfeeding' : atAge;
  const who = topic === 'pregnancy' ? 'You are pregnant. ' : topic === 'lactation' ? 'You are breastfeeding. ' : '';
  if (severity === 'critical') return `${who}${names} must not be used ${when}. Talk to your doctor about it today.`;
  if (severity === 'warning')
    return `${who}The leaflet for ${inSentence} says not to use it ${when}. Talk to your doctor about it soon.`;
  return `${who}Your doctor needs to check that ${inSentence} ${drugs.length === 1 ? 'is' : 'are'} right for you ${when}.`;
}

export const doseUnverified =
  'We do not know the exact amount used in the study, so no one can tell you how much to take to match it.';

export const generalPlain = {
  heading: 'What are probiotics and prebiotics?',
  items: [
    'A probiotic has live micro-organisms, such as bacteria. They may help when taken in the right amount.',
    'A prebiotic is a kind of fibre that feeds helpful bacteria in the gut.',
    'A synbiotic has both.',
  ],
};

export const warningSigns = [
  'a fever or chills',
  'you feel very unwell',
  'signs of an allergy, such as a rash, swelling or trouble breathing',
];

export const footerText = 'This sheet is from your clinician. It does not replace their advice.';

/**
 * Who reads the sheet. `self`: the patient. `child` (under 18, or an age given in months): a parent or carer, about
 * their child. `mother` (pregnant or breastfeeding, or a sheet on preventing eczema in a baby): the mother, about
 * herself and her baby. Pregnancy and breastfeeding win over age: a pregnant 16-year-old is spoken to herself.
 */
export type ReaderId = 'self' | 'child' | 'mother';

export interface ReaderPlain {
  /** "Important for you": the box at the top of page 1. */
  importantHeading: string;
  notForYouHeading: string;
  whyNoneHeading: string;
  /** "your acne" → "your child’s acne" in the title. */
  owner: string;
  /** The first sentence, with or without products on the sheet. */
  introProducts: (one: boolean) => string;
  introNone: string;
  learnOnly: string;
  /** Under "When to stop and call", before each stop reason: "you", "your child". */
  stopLead: string;
  stopIntro: string;
  allergyStop: string;
  alsoImportant: string;
  stance: Record<Stance, string>;
  alongsideHeading: string;
  alongside: string;
  /** Said instead of "keep using your skin treatment" when an alert concerns the patient's own treatment. */
  reviewHeading: string;
  reviewText: (importantHeading: string) => string;
  rightForMe: string;
  whatAmount: string;
  doNotTake: string;
  notAsking: string;
  noneSuggested: string;
  notForYouBelow: string;
  /** Why nothing is offered, in parts. */
  outsideAges: (range: string) => string;
  outsidePopulation: string;
  /** One product the study left this reader out of: "For a probiotic you talked about, the study did not …". */
  outsidePopulationProduct: (kind: string) => string;
  /** One product studied in other ages: "A probiotic you talked about was tested only in …". */
  outsideAgesProduct: (kind: string, range: string) => string;
  /** "you", "your child": who a product might help. */
  object: string;
  noDoseOutside: string;
  hardStop: string;
  tooLittleResearch: string;
  /** When to call, on a sheet with no product to take. */
  contactHeading: string;
  contact: string;
  /** How a regimen alert about age limits ends: "at your age". */
  atAge: string;
}

const SELF_STANCE: Record<Stance, string> = stancePlain;

/** The patient reading about themselves; the other readers differ from it where their wording must. */
const SELF_READER: ReaderPlain = {
  importantHeading: 'Important for you',
  notForYouHeading: 'Not for you right now',
  whyNoneHeading: 'Why no probiotic is suggested for you',
  owner: 'your',
  introProducts: (one) => `Your doctor gave you this sheet about ${one ? 'a product' : 'products'} you talked about.`,
  introNone: 'Your doctor gave you this sheet. It says what the research shows about probiotics for your skin.',
  learnOnly: 'Please do not start, stop or change any treatment without your doctor.',
  stopLead: 'you',
  stopIntro: 'Stop taking it and call your doctor straight away if:',
  allergyStop: 'you get signs of an allergy, such as a rash, swelling or trouble breathing',
  alsoImportant: 'Also important for you:',
  stance: SELF_STANCE,
  alongsideHeading: 'It goes with your skin treatment, not instead of it',
  alongside: 'Keep using the skin treatment your doctor gave you. This product is an extra, not a swap.',
  reviewHeading: 'Your doctor needs to review your skin treatment',
  reviewText: (h) =>
    `Your doctor needs to look at your skin treatment again (see “${h}”). Do not start this product until you have talked. This product is never a swap for treatment.`,
  rightForMe: 'Is this product right for me, with my other medicines?',
  whatAmount: 'What amount should I take?',
  doNotTake: 'do not take it.',
  notAsking: 'Your doctor is not asking you to take it. Ask them first if you want to.',
  noneSuggested: 'Your doctor has not suggested a product for you.',
  notForYouBelow: 'The product your doctor talked about is not for you right now. See below.',
  outsideAges: (range) => `The product studied for this was tested in ${range}. No one knows if it would help you.`,
  outsidePopulation:
    'The studies did not include people in your situation, so no one knows if a product would help you.',
  outsidePopulationProduct: (kind) =>
    `For a ${kind} you talked about, the study did not include people in your situation, so no one knows if it would help you.`,
  outsideAgesProduct: (kind, range) =>
    `A ${kind} you talked about was tested only in ${range}. No one knows if it would help you.`,
  object: 'you',
  noDoseOutside: 'So this sheet does not say how to take it.',
  hardStop: 'The products that were studied are not safe for you right now. The box at the top says why.',
  tooLittleResearch: 'For the products that were studied, there is not enough research to know if they help you.',
  contactHeading: 'When to call your doctor',
  contact: 'Call your doctor if you have questions about this sheet. Talk to them before you start any probiotic.',
  atAge: 'at your age',
};

export const readerPlain: Record<ReaderId, ReaderPlain> = {
  self: SELF_READER,
  child: {
    importantHeading: 'Important for your child',
    notForYouHeading: 'Not for your child right now',
    whyNoneHeading: 'Why no probiotic is suggested for your child',
    owner: 'your child’s',
    introProducts: (one) =>
      `Your doctor gave you this sheet about your child and ${one ? 'a product' : 'products'} you talked about.`,
    introNone:
      'Your doctor gave you this sheet about your child. It says what the research shows about probiotics for your child’s skin.',
    learnOnly: 'Please do not start, stop or change your child’s treatment without your doctor.',
    stopLead: 'your child',
    stopIntro: 'Stop giving it and call your doctor straight away if:',
    allergyStop: 'your child gets signs of an allergy, such as a rash, swelling or trouble breathing',
    alsoImportant: 'Also important for your child:',
    stance: {
      consider: 'An option to talk about with your doctor. Your child does not have to take it.',
      'consider-with-caution': 'An option, but your doctor needs to check a few things first.',
      'insufficient-evidence': stancePlain['insufficient-evidence'],
      avoid: 'Not for your child right now.',
    },
    alongsideHeading: 'It goes with your child’s skin treatment, not instead of it',
    alongside: 'Keep using the skin treatment your doctor gave your child. This product is an extra, not a swap.',
    reviewHeading: 'Your doctor needs to review your child’s skin treatment',
    reviewText: (h) =>
      `Your doctor needs to look at your child’s skin treatment again (see “${h}”). Do not start this product until you have talked. This product is never a swap for treatment.`,
    rightForMe: 'Is this product right for my child, with their other medicines?',
    whatAmount: 'What amount should my child take?',
    doNotTake: 'do not give it to your child.',
    notAsking: 'Your doctor is not asking you to give it. Ask them first if you want to.',
    noneSuggested: 'Your doctor has not suggested a product for your child.',
    notForYouBelow: 'The product your doctor talked about is not for your child right now. See below.',
    outsideAges: (range) =>
      `The product studied for this was tested in ${range}. No one knows if it would help your child.`,
    outsidePopulation:
      'The studies did not include children like yours, so no one knows if a product would help your child.',
    outsidePopulationProduct: (kind) =>
      `For a ${kind} you talked about, the study did not include children like yours, so no one knows if it would help your child.`,
    outsideAgesProduct: (kind, range) =>
      `A ${kind} you talked about was tested only in ${range}. No one knows if it would help your child.`,
    object: 'your child',
    noDoseOutside: 'So this sheet does not say how to give it.',
    hardStop: 'The products that were studied are not safe for your child right now. The box at the top says why.',
    tooLittleResearch:
      'For the products that were studied, there is not enough research to know if they help your child.',
    contactHeading: 'When to call your doctor',
    contact:
      'Call your doctor if you have questions about this sheet. Talk to them before you give your child any probiotic.',
    atAge: 'at your child’s age',
  },
  // Mother and baby: the patient's own wording, about the two of them.
  mother: {
    ...SELF_READER,
    importantHeading: 'Important for you and your baby',
    introProducts: (one) =>
      `Your doctor gave you this sheet about ${one ? 'a product' : 'products'} you talked about. It is about you and your baby.`,
    introNone:
      'Your doctor gave you this sheet. It says what the research shows about probiotics for you and your baby.',
    alsoImportant: 'Also important for you and your baby:',
    rightForMe: 'Is this product right for me and my baby?',
    outsidePopulation:
      'The studies did not include women in your situation, so no one knows if a product would help you.',
    outsidePopulationProduct: (kind) =>
      `For a ${kind} you talked about, the study did not include women in your situation, so no one knows if it would help you.`,
  },
};

/** Stop reasons (lib/kb/data/safety.ts stopReasons) as a parent reads them about their child, keyed by id. */
export const stopReasonChild: Record<string, string> = {
  'fever-or-unwell': 'your child gets a fever or chills, or feels very unwell',
  'new-immunosuppressant': 'your child starts a medicine that lowers the body’s defences',
  'central-line-or-admission': 'your child needs a hospital stay, or a thin tube in a large vein (a central line)',
  surgery: 'your child is going to have an operation',
  pregnancy: 'your child becomes pregnant',
};

/** The studied ages in words, for "tested in …". */
export function studiedAgesPlain(min: number, max: number): string {
  return max >= 120
    ? `people aged ${min} and over`
    : min <= 0
      ? `people aged up to ${max}`
      : `people aged ${min} to ${max}`;
}
